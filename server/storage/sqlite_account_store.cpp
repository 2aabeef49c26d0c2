#include "server/storage/sqlite_account_store.h"

#include "util/random_id.h"

namespace rtw::server {
namespace {

// v1: services with their practices, user accounts and registered devices.
const char* kV1 = R"sql(
CREATE TABLE services (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE TABLE practices (
  id         TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services (id),
  name       TEXT NOT NULL,
  ods_code   TEXT UNIQUE          -- NHS ODS code, upper-case; NULL when not known
);
CREATE INDEX practices_service ON practices (service_id);
CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  service_id    TEXT NOT NULL REFERENCES services (id),
  practice_id   TEXT REFERENCES practices (id),
  email         TEXT NOT NULL UNIQUE,   -- stored lower-case
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,          -- model::UserRole name
  password_hash TEXT,                   -- Argon2id string; NULL: no password yet
  created_ms    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE devices (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id),
  name         TEXT NOT NULL,
  created_ms   INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  revoked_ms   INTEGER                -- NULL while the device may sync
);
CREATE INDEX devices_user ON devices (user_id);
)sql";

Status migrateServer(store::Database& db) {
    const auto& list = serverMigrations();
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) return version.status();
    if (*version > list.back().version)
        return Status::error(ErrorCode::Unsupported,
                             "this database was written by a newer rtw-server (schema " +
                                 std::to_string(*version) + "); run that version or newer");
    for (const auto& m : list) {
        if (m.version <= *version) continue;
        store::Transaction tx(db);
        if (!tx.begun()) return tx.begun();
        if (Status s = db.exec(m.sql); !s)
            return s.withContext("upgrading the server database to version " +
                                 std::to_string(m.version));
        if (Status s = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !s) return s;
        if (Status s = tx.commit(); !s) return s;
    }
    return Status::ok();
}

Status noSuch(const std::string& what) {
    return Status::error(ErrorCode::NotFound, "no " + what);
}

Account accountFrom(const store::Statement& st) {
    Account a;
    a.id = st.text(0);
    a.serviceId = st.text(1);
    if (!st.isNull(2)) a.practiceId = st.text(2);
    a.email = st.text(3);
    a.displayName = st.text(4);
    a.role = model::enumFromName<model::UserRole>(st.text(5)).value_or(model::UserRole::Adviser);
    if (!st.isNull(6)) a.passwordHash = st.text(6);
    a.createdMs = st.integer(7);
    a.disabled = st.integer(8) != 0;
    return a;
}

Device deviceFrom(const store::Statement& st) {
    Device d;
    d.id = st.text(0);
    d.userId = st.text(1);
    d.userEmail = st.text(2);
    d.name = st.text(3);
    d.createdMs = st.integer(4);
    d.lastSeenMs = st.integer(5);
    if (!st.isNull(6)) d.revokedMs = st.integer(6);
    return d;
}

constexpr const char* kDeviceColumns =
    "SELECT d.id, d.user_id, u.email, d.name, d.created_ms, d.last_seen_ms, d.revoked_ms "
    "FROM devices d JOIN users u ON u.id = d.user_id ";

}  // namespace

const std::vector<store::Migration>& serverMigrations() {
    static const std::vector<store::Migration> list = {
        {1, "services, practices, users and devices", kV1},
    };
    return list;
}

Result<std::unique_ptr<SqliteAccountStore>> SqliteAccountStore::open(
    const std::filesystem::path& file, const Clock& clock, PasswordCost cost) {
    auto db = store::Database::open(file, nullptr, /*create=*/true);
    if (!db) return db.status().withContext("opening the server database");
    if (Status s = (*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                               "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000");
        !s)
        return s.withContext("opening the server database");
    if (Status s = migrateServer(**db); !s) return s;
    return std::unique_ptr<SqliteAccountStore>(new SqliteAccountStore(std::move(*db), clock, cost));
}

Result<Service> SqliteAccountStore::createService(const std::string& name) {
    if (Status s = checkServiceName(name); !s) return s;
    Service service{newUuid(), name, clock_.nowMs()};
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto st = db_->prepare("INSERT INTO services (id, name, created_ms) VALUES (?, ?, ?)");
    if (!st) return st.status();
    if (Status s = st->bind(1, service.id).bind(2, name).bind(3, service.createdMs).run(); !s)
        return s;
    if (Status s = tx.commit(); !s) return s;
    return service;
}

Result<Practice> SqliteAccountStore::createPractice(const std::string& serviceId,
                                                    const std::string& name,
                                                    const std::optional<std::string>& odsCode) {
    if (Status s = checkPractice(name, odsCode); !s) return s;
    Practice practice{newUuid(), serviceId, name, std::nullopt};
    if (odsCode) {
        std::string upper = *odsCode;
        for (char& c : upper)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        practice.odsCode = upper;
    }
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto found = db_->prepare("SELECT 1 FROM services WHERE id = ?");
    if (!found) return found.status();
    auto has = found->bind(1, serviceId).step();
    if (!has) return has.status();
    if (!*has) return Status::invalid({{"service", "no such service"}});
    if (practice.odsCode) {
        auto dup = db_->prepare("SELECT 1 FROM practices WHERE ods_code = ?");
        if (!dup) return dup.status();
        auto taken = dup->bind(1, *practice.odsCode).step();
        if (!taken) return taken.status();
        if (*taken)
            return Status::error(ErrorCode::AlreadyExists,
                                 "a practice with this ODS code already exists");
    }
    auto st =
        db_->prepare("INSERT INTO practices (id, service_id, name, ods_code) VALUES (?, ?, ?, ?)");
    if (!st) return st.status();
    st->bind(1, practice.id).bind(2, serviceId).bind(3, name);
    if (practice.odsCode)
        st->bind(4, *practice.odsCode);
    else
        st->bindNull(4);
    if (Status s = st->run(); !s) return s;
    if (Status s = tx.commit(); !s) return s;
    return practice;
}

Result<Account> SqliteAccountStore::createUser(const NewUser& user) {
    if (Status s = checkNewUser(user); !s) return s;
    Account account;
    account.id = newUuid();
    account.serviceId = user.serviceId;
    account.practiceId = user.practiceId;
    account.email = normaliseEmail(user.email);
    account.displayName = user.displayName;
    account.role = *model::enumFromName<model::UserRole>(user.role);
    account.createdMs = clock_.nowMs();
    if (user.password) {  // slow on purpose; done before taking the lock
        auto hash = hashPassword(*user.password, cost_);
        if (!hash) return hash.status();
        account.passwordHash = std::move(*hash);
    }
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto service = db_->prepare("SELECT 1 FROM services WHERE id = ?");
    if (!service) return service.status();
    auto hasService = service->bind(1, user.serviceId).step();
    if (!hasService) return hasService.status();
    if (!*hasService) return Status::invalid({{"service", "no such service"}});
    if (user.practiceId) {
        auto practice = db_->prepare("SELECT service_id FROM practices WHERE id = ?");
        if (!practice) return practice.status();
        auto hasPractice = practice->bind(1, *user.practiceId).step();
        if (!hasPractice) return hasPractice.status();
        if (!*hasPractice || practice->text(0) != user.serviceId)
            return Status::invalid({{"practice", "must be a practice of this service"}});
    }
    auto dup = db_->prepare("SELECT 1 FROM users WHERE email = ?");
    if (!dup) return dup.status();
    auto taken = dup->bind(1, account.email).step();
    if (!taken) return taken.status();
    if (*taken)
        return Status::error(ErrorCode::AlreadyExists, "an account with this email already exists");
    auto st = db_->prepare(
        "INSERT INTO users (id, service_id, practice_id, email, display_name, role, "
        "password_hash, created_ms, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
    if (!st) return st.status();
    st->bind(1, account.id).bind(2, account.serviceId);
    if (account.practiceId)
        st->bind(3, *account.practiceId);
    else
        st->bindNull(3);
    st->bind(4, account.email).bind(5, account.displayName).bind(6, user.role);
    if (account.passwordHash)
        st->bind(7, *account.passwordHash);
    else
        st->bindNull(7);
    st->bind(8, account.createdMs);
    if (Status s = st->run(); !s) return s;
    if (Status s = tx.commit(); !s) return s;
    return account;
}

Status SqliteAccountStore::resetPassword(const std::string& email, const std::string& newPassword) {
    auto hash = hashPassword(newPassword, cost_);
    if (!hash) return hash.status();
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto st = db_->prepare("UPDATE users SET password_hash = ? WHERE email = ? RETURNING id");
    if (!st) return st.status();
    auto updated = st->bind(1, *hash).bind(2, normaliseEmail(email)).step();
    if (!updated) return updated.status();
    if (!*updated) return noSuch("account with this email");
    st->reset();
    return tx.commit();
}

Result<Account> SqliteAccountStore::findUserByEmail(const std::string& email) {
    std::lock_guard lock(mutex_);
    auto st = db_->prepare(
        "SELECT id, service_id, practice_id, email, display_name, role, password_hash, "
        "created_ms, disabled FROM users WHERE email = ?");
    if (!st) return st.status();
    auto row = st->bind(1, normaliseEmail(email)).step();
    if (!row) return row.status();
    if (!*row) return noSuch("account with this email");
    return accountFrom(*st);
}

Result<Device> SqliteAccountStore::registerDevice(const std::string& userId,
                                                  const std::string& name) {
    if (Status s = checkDeviceName(name); !s) return s;
    const std::string id = newUuid();
    const MillisSinceEpoch now = clock_.nowMs();
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto user = db_->prepare("SELECT email FROM users WHERE id = ?");
    if (!user) return user.status();
    auto found = user->bind(1, userId).step();
    if (!found) return found.status();
    if (!*found) return noSuch("such account");
    Device device{id, userId, user->text(0), name, now, now, std::nullopt};
    auto st = db_->prepare(
        "INSERT INTO devices (id, user_id, name, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)");
    if (!st) return st.status();
    if (Status s = st->bind(1, id).bind(2, userId).bind(3, name).bind(4, now).bind(5, now).run();
        !s)
        return s;
    if (Status s = tx.commit(); !s) return s;
    return device;
}

Result<std::vector<Device>> SqliteAccountStore::listDevices(
    const std::optional<std::string>& email) {
    std::lock_guard lock(mutex_);
    // One read transaction, so the account check and the list agree.
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    if (email) {
        auto user = db_->prepare("SELECT 1 FROM users WHERE email = ?");
        if (!user) return user.status();
        auto found = user->bind(1, normaliseEmail(*email)).step();
        if (!found) return found.status();
        if (!*found) return noSuch("account with this email");
    }
    auto st = db_->prepare(std::string(kDeviceColumns) + (email ? "WHERE u.email = ? " : "") +
                           "ORDER BY d.created_ms, d.id");
    if (!st) return st.status();
    if (email) st->bind(1, normaliseEmail(*email));
    std::vector<Device> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.status();
        if (!*row) break;
        out.push_back(deviceFrom(*st));
    }
    return out;
}

Result<Device> SqliteAccountStore::deviceById(const std::string& id) {
    auto st = db_->prepare(std::string(kDeviceColumns) + "WHERE d.id = ?");
    if (!st) return st.status();
    auto row = st->bind(1, id).step();
    if (!row) return row.status();
    if (!*row) return noSuch("such device");
    return deviceFrom(*st);
}

Result<Device> SqliteAccountStore::revokeDevice(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    store::Transaction tx(*db_);
    if (!tx.begun()) return tx.begun();
    auto st = db_->prepare("UPDATE devices SET revoked_ms = coalesce(revoked_ms, ?) WHERE id = ?");
    if (!st) return st.status();
    if (Status s = st->bind(1, clock_.nowMs()).bind(2, deviceId).run(); !s) return s;
    auto device = deviceById(deviceId);
    if (!device) return device.status();
    if (Status s = tx.commit(); !s) return s;
    return device;
}

}  // namespace rtw::server
