#pragma once
// AccountStore in portable SQL: the same code on SQLite and PostgreSQL.

#include "server/accounts/account_store.h"
#include "server/accounts/password.h"
#include "server/db/sql_database.h"

namespace rtw::server {

class SqlAccountStore final : public AccountStore {
public:
    /// `db` must already be migrated (serverMigrations()) and outlive the store.
    SqlAccountStore(db::SqlDatabase& db, const Clock& clock, PasswordCost cost)
        : db_(db), clock_(clock), cost_(cost) {}

    Result<Service> createService(const std::string& name) override;
    Result<Practice> createPractice(const std::string& serviceId, const std::string& name,
                                    const std::optional<std::string>& odsCode) override;
    Result<Account> createUser(const NewUser& user) override;
    Status resetPassword(const std::string& email, const std::string& newPassword) override;
    Result<Account> findUserByEmail(const std::string& email) override;
    Result<Device> registerDevice(const std::string& userId, const std::string& name) override;
    Result<std::vector<Device>> listDevices(const std::optional<std::string>& email) override;
    Result<Device> revokeDevice(const std::string& deviceId) override;

    /// An employer contact's account (made when a plan is shared with them;
    /// administrators cannot create this role). Same checks as enrolment.
    Result<Account> createEmployerContact(const std::string& serviceId, const std::string& email,
                                          const std::string& displayName,
                                          const std::string& password);

    /// By id; NotFound when there is none.
    Result<Account> findUserById(const std::string& id);
    /// Practices of one service, for service leads of the whole service.
    Result<std::vector<std::string>> practiceIdsOf(const std::string& serviceId);

private:
    db::SqlDatabase& db_;
    const Clock& clock_;
    PasswordCost cost_;
};

/// Account columns in the order accountFrom reads them, for other stores.
extern const char* const kAccountColumns;
Account accountFrom(const db::SqlRow& row);

}  // namespace rtw::server
