#pragma once
// Store: the encrypted on-device store as a whole — a folder holding the
// SQLCipher database and the wrapped data key — and how it is created,
// unlocked, verified, re-keyed and wiped.
//
// Opening never writes to a file until it has been verified: a truncated,
// tampered or foreign file is reported and left exactly as it was found.

#include <filesystem>
#include <memory>
#include <string>

#include "crypto/key_vault.h"
#include "hlc/hlc.h"
#include "store/database.h"
#include "store/record_store.h"
#include "store/sync_store.h"

namespace rtw::store {

struct StoreOptions {
    crypto::KdfParams kdf = crypto::KdfParams::interactive();
    crypto::LockoutPolicy lockout;
    /// Check every page's MAC and the b-tree structure before first use.
    bool verifyOnOpen = true;
};

class Store {
public:
    static constexpr const char* kDatabaseFile = "rtw.db";
    static constexpr const char* kKeyFile = "rtw.key";

    /// Makes a new empty store in `dir` (created if missing) protected by `passcode`.
    static Result<std::unique_ptr<Store>> create(const std::filesystem::path& dir,
                                                 const std::string& passcode, const Clock& clock,
                                                 StoreOptions options = {});
    /// Unlocks and opens an existing store, upgrading its schema if needed.
    static Result<std::unique_ptr<Store>> open(const std::filesystem::path& dir,
                                               const std::string& passcode, const Clock& clock,
                                               StoreOptions options = {});
    /// Re-wraps the data key under a new passcode; the database is not rewritten.
    static Status changePasscode(const std::filesystem::path& dir, const std::string& oldPasscode,
                                 const std::string& newPasscode, const Clock& clock,
                                 StoreOptions options = {});
    static bool exists(const std::filesystem::path& dir);
    /// Removes the key and every database file (sign-out, remote wipe).
    static Status wipe(const std::filesystem::path& dir);

    ~Store();

    /// Full check of every page's MAC and of the database structure.
    Status verify();
    RecordStore& records() { return *records_; }
    /// The sync engine's view of the same data (session, cursor, pull apply).
    SyncStore& sync() { return *sync_; }
    /// Closes the database now; later calls on records() / sync() fail. Used
    /// before a wipe, while other threads may still hold a reference.
    void close();
    Database& database() { return *db_; }
    const std::string& deviceId() const { return deviceId_; }
    int schemaVersion();

private:
    static Result<std::unique_ptr<Store>> openVerified(const std::filesystem::path& dir,
                                                       const std::string& passcode,
                                                       const Clock& clock,
                                                       const StoreOptions& options);
    Store(std::unique_ptr<Database> db, const Clock& clock, std::string deviceId);
    std::unique_ptr<Database> db_;
    std::string deviceId_;
    HlcClock hlc_;
    std::unique_ptr<RecordStore> records_;
    std::unique_ptr<SyncStore> sync_;
};

}  // namespace rtw::store
