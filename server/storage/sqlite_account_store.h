#pragma once
// AccountStore on one SQLite file (the embedded default). The schema is an
// ordered list of migrations, like the device store's: each runs in its own
// transaction with PRAGMA user_version bumped in it, so reopening applies
// only what is missing and a file from a newer server is refused unchanged.

#include <filesystem>
#include <memory>
#include <mutex>

#include "server/accounts/account_store.h"
#include "server/accounts/password.h"
#include "store/database.h"
#include "store/schema.h"

namespace rtw::server {

/// The server schema's migrations, oldest first.
const std::vector<store::Migration>& serverMigrations();

class SqliteAccountStore final : public AccountStore {
public:
    /// Opens (creating if needed) and migrates the file. The file is not keyed:
    /// the host protects it, like a PostgreSQL data directory.
    static Result<std::unique_ptr<SqliteAccountStore>> open(const std::filesystem::path& file,
                                                            const Clock& clock, PasswordCost cost);

    Result<Service> createService(const std::string& name) override;
    Result<Practice> createPractice(const std::string& serviceId, const std::string& name,
                                    const std::optional<std::string>& odsCode) override;
    Result<Account> createUser(const NewUser& user) override;
    Status resetPassword(const std::string& email, const std::string& newPassword) override;
    Result<Account> findUserByEmail(const std::string& email) override;
    Result<Device> registerDevice(const std::string& userId, const std::string& name) override;
    Result<std::vector<Device>> listDevices(const std::optional<std::string>& email) override;
    Result<Device> revokeDevice(const std::string& deviceId) override;

    /// The connection, for tests that inspect the file.
    store::Database& database() { return *db_; }

private:
    SqliteAccountStore(std::unique_ptr<store::Database> db, const Clock& clock, PasswordCost cost)
        : db_(std::move(db)), clock_(clock), cost_(cost) {}
    Result<Device> deviceById(const std::string& id);

    std::mutex mutex_;  // one connection, used by several server threads
    std::unique_ptr<store::Database> db_;
    const Clock& clock_;
    PasswordCost cost_;
};

}  // namespace rtw::server
