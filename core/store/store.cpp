#include "store/store.h"

#include <sys/stat.h>

#include <fstream>

#include "store/schema.h"
#include "util/random_id.h"

namespace rtw::store {
namespace fs = std::filesystem;

namespace {

const char* kDamaged =
    "the data file on this device cannot be read with its key: it is damaged or is not this "
    "app's data file. It has been left untouched";

bool startsWithPlainSqliteHeader(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::string(header, 16) == std::string("SQLite format 3\0", 16);
}

// Turns what a failed first read means into words for the person holding the device.
Status explainUnreadable(const fs::path& file, const Status& cause) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (!ec && size == 0)
        return Status::error(ErrorCode::Corrupt,
                             "the data file is empty. It has been left untouched");
    if (startsWithPlainSqliteHeader(file))
        return Status::error(ErrorCode::NotOurFile,
                             "the data file is an unencrypted database, not this app's data file. "
                             "It has been left untouched");
    (void)cause;
    return Status::error(ErrorCode::Corrupt, kDamaged);
}

// SQLite makes the -wal and -shm side files when it opens a WAL database. If
// the open then fails verification, remove them again when they were ours
// (absent before, WAL still empty), so a damaged store's folder is left
// exactly as it was found.
class SideFileGuard {
public:
    explicit SideFileGuard(const fs::path& db)
        : wal_(db.string() + "-wal"),
          shm_(db.string() + "-shm"),
          hadWal_(fs::exists(wal_)),
          hadShm_(fs::exists(shm_)) {}
    void keep() { keep_ = true; }
    // Call after the connection is closed.
    void cleanUp() {
        if (keep_) return;
        std::error_code ec;
        if (!hadWal_ && fs::exists(wal_, ec) && fs::file_size(wal_, ec) == 0) fs::remove(wal_, ec);
        if (!hadShm_ && !fs::exists(wal_, ec)) fs::remove(shm_, ec);
    }

private:
    fs::path wal_, shm_;
    bool hadWal_, hadShm_;
    bool keep_ = false;
};

Status applyConnectionSettings(Database& db) {
    // WAL + FULL: each commit is durable on return (the outbox promise), and
    // readers never block the writer.
    if (Status s = db.exec("PRAGMA journal_mode = WAL"); !s) return s;
    if (Status s = db.exec("PRAGMA synchronous = FULL"); !s) return s;
    // Every page read from disk costs an AES decrypt and HMAC check, so a
    // larger page cache than SQLite's 2 MB default pays for itself: with
    // 16 MB, bulk inserts run at 1.1x plain SQLite instead of 1.8x and a full
    // caseload walk is 8x faster (docs/benchmarks.md).
    if (Status s = db.exec("PRAGMA cache_size = -16384"); !s) return s;
    return db.exec("PRAGMA foreign_keys = ON");
}

Result<Hlc> lastHlc(Database& db) {
    auto st = db.prepare("SELECT max(updated_hlc) FROM records");
    if (!st) return st.status();
    auto row = st->step();
    if (!row) return row.status();
    if (!*row || st->isNull(0)) return Hlc{};
    auto h = Hlc::parse(st->text(0));
    return h ? *h : Hlc{};
}

}  // namespace

Store::Store(std::unique_ptr<Database> db, const Clock& clock, std::string deviceId)
    : db_(std::move(db)),
      deviceId_(std::move(deviceId)),
      hlc_(deviceId_, clock),
      records_(std::make_unique<RecordStore>(*db_, hlc_, clock)),
      sync_(std::make_unique<SyncStore>(*db_, hlc_, clock)) {}

Store::~Store() = default;

void Store::close() {
    std::lock_guard lock(db_->mutex());
    db_->close();
}

bool Store::exists(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kKeyFile, ec) || fs::exists(dir / kDatabaseFile, ec);
}

Status Store::wipe(const fs::path& dir) {
    std::error_code ec;
    for (const char* name : {kKeyFile, kDatabaseFile}) {
        fs::remove(dir / name, ec);
        if (ec)
            return Status::error(ErrorCode::Io,
                                 "cannot erase " + std::string(name) + ": " + ec.message());
    }
    fs::remove(dir / (std::string(kDatabaseFile) + "-wal"), ec);
    fs::remove(dir / (std::string(kDatabaseFile) + "-shm"), ec);
    return Status::ok();
}

Result<std::unique_ptr<Store>> Store::create(const fs::path& dir, const std::string& passcode,
                                             const Clock& clock, StoreOptions options) {
    if (Status s = crypto::checkNewPasscode(passcode); !s) return s;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::error(ErrorCode::Io, "cannot create the data folder: " + ec.message());
    ::chmod(dir.c_str(), 0700);
    if (exists(dir))
        return Status::error(ErrorCode::AlreadyExists, "there is already data on this device");

    crypto::KeyVault vault(dir / kKeyFile, clock, options.kdf, options.lockout);
    auto key = vault.create(passcode);
    if (!key) return key.status();
    auto fail = [&](Status s) -> Status {
        (void)wipe(dir);  // only our own half-made files: nothing of the user's yet
        return s;
    };
    auto db = Database::open(dir / kDatabaseFile, &*key, /*create=*/true);
    if (!db) return fail(db.status());
    if (Status s = applyConnectionSettings(**db); !s) return fail(s);
    if (Status s = migrate(**db); !s) return fail(s);
    const std::string deviceId = newUuid();
    auto st = (*db)->prepare("INSERT INTO meta (key, value) VALUES ('device_id', ?1)");
    if (!st) return fail(st.status());
    st->bind(1, deviceId);
    if (Status s = st->run(); !s) return fail(s);
    return std::unique_ptr<Store>(new Store(std::move(*db), clock, deviceId));
}

Result<std::unique_ptr<Store>> Store::open(const fs::path& dir, const std::string& passcode,
                                           const Clock& clock, StoreOptions options) {
    SideFileGuard sideFiles(dir / kDatabaseFile);
    auto store = openVerified(dir, passcode, clock, options);
    if (store) {
        sideFiles.keep();
    } else {
        sideFiles.cleanUp();  // the failed connection is already closed
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openVerified(const fs::path& dir, const std::string& passcode,
                                                   const Clock& clock,
                                                   const StoreOptions& options) {
    const fs::path file = dir / kDatabaseFile;
    std::error_code ec;
    const bool haveDb = fs::exists(file, ec);
    crypto::KeyVault vault(dir / kKeyFile, clock, options.kdf, options.lockout,
                           [dir] { (void)wipe(dir); });
    if (!vault.exists()) {
        if (haveDb)
            return Status::error(ErrorCode::NotOurFile,
                                 "the data file's key is missing, so it cannot be opened. "
                                 "It has been left untouched");
        return Status::error(ErrorCode::NotFound, "there is no data on this device yet");
    }
    auto key = vault.unlock(passcode);
    if (!key) return key.status();
    if (!haveDb)
        return Status::error(ErrorCode::NotFound,
                             "the data file is missing; sign in again to download your data");

    auto db = Database::open(file, &*key, /*create=*/false);
    if (!db) return db.status();
    // Until the file has passed these checks nothing may be written to it.
    (*db)->leaveUntouchedOnClose();
    auto tables = (*db)->queryInt("SELECT count(*) FROM sqlite_master");
    if (!tables) return explainUnreadable(file, tables.status());
    if (options.verifyOnOpen) {
        auto macs = (*db)->checkPragma("PRAGMA cipher_integrity_check");
        if (!macs || !macs->empty()) return Status::error(ErrorCode::Corrupt, kDamaged);
        auto structure = (*db)->checkPragma("PRAGMA quick_check");
        if (!structure || !structure->empty()) return Status::error(ErrorCode::Corrupt, kDamaged);
    }
    auto version = (*db)->queryInt("PRAGMA user_version");
    if (!version) return explainUnreadable(file, version.status());
    if (*version > currentSchemaVersion() || *version < 1)
        return Status::error(*version < 1 ? ErrorCode::NotOurFile : ErrorCode::Unsupported,
                             *version < 1 ? std::string(kDamaged)
                                          : "this data was written by a newer version of the app; "
                                            "update the app to open it");
    Database& verified = **db;
    verified.leaveUntouchedOnClose(false);
    if (Status s = applyConnectionSettings(verified); !s) return s;
    if (Status s = migrate(verified); !s) return s;
    auto st = verified.prepare("SELECT value FROM meta WHERE key = 'device_id'");
    if (!st) return st.status();
    auto row = st->step();
    if (!row) return row.status();
    if (!*row) return Status::error(ErrorCode::Corrupt, kDamaged);
    const std::string deviceId = st->text(0);
    st->reset();
    auto last = lastHlc(verified);
    if (!last) return last.status();
    std::unique_ptr<Store> store(new Store(std::move(*db), clock, deviceId));
    store->hlc_.restore(*last);
    return store;
}

Status Store::changePasscode(const fs::path& dir, const std::string& oldPasscode,
                             const std::string& newPasscode, const Clock& clock,
                             StoreOptions options) {
    crypto::KeyVault vault(dir / kKeyFile, clock, options.kdf, options.lockout,
                           [dir] { (void)wipe(dir); });
    return vault.changePasscode(oldPasscode, newPasscode);
}

Status Store::verify() {
    auto macs = db_->checkPragma("PRAGMA cipher_integrity_check");
    if (!macs) return macs.status();
    if (!macs->empty()) return Status::error(ErrorCode::Corrupt, "damaged pages: " + *macs);
    auto structure = db_->checkPragma("PRAGMA integrity_check");
    if (!structure) return structure.status();
    if (!structure->empty())
        return Status::error(ErrorCode::Corrupt, "damaged structure: " + *structure);
    return Status::ok();
}

int Store::schemaVersion() {
    auto v = db_->queryInt("PRAGMA user_version");
    return v ? static_cast<int>(*v) : 0;
}

}  // namespace rtw::store
