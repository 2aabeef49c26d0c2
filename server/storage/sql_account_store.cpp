#include "server/storage/sql_account_store.h"

#include "util/random_id.h"

namespace rtw::server {

using db::SqlParams;
using db::SqlRow;
using db::SqlTx;
using db::TxMode;

const char* const kAccountColumns =
    "id, service_id, practice_id, email, display_name, role, password_hash, created_ms, disabled";

Account accountFrom(const SqlRow& row) {
    Account a;
    a.id = row.text(0);
    a.serviceId = row.text(1);
    a.practiceId = row.optionalText(2);
    a.email = row.text(3);
    a.displayName = row.text(4);
    a.role = model::enumFromName<model::UserRole>(row.text(5)).value_or(model::UserRole::Adviser);
    a.passwordHash = row.optionalText(6);
    a.createdMs = row.integer(7);
    a.disabled = row.integer(8) != 0;
    return a;
}

namespace {

Status noSuch(const std::string& what) {
    return Status::error(ErrorCode::NotFound, "no " + what);
}

Device deviceFrom(const SqlRow& row) {
    Device d;
    d.id = row.text(0);
    d.userId = row.text(1);
    d.userEmail = row.text(2);
    d.name = row.text(3);
    d.createdMs = row.integer(4);
    d.lastSeenMs = row.integer(5);
    if (!row.isNull(6)) d.revokedMs = row.integer(6);
    return d;
}

constexpr const char* kDeviceColumns =
    "SELECT d.id, d.user_id, u.email, d.name, d.created_ms, d.last_seen_ms, d.revoked_ms "
    "FROM devices d JOIN users u ON u.id = d.user_id ";

db::SqlParam orNull(const std::optional<std::string>& v) {
    if (v) return *v;
    return nullptr;
}

Result<bool> exists(SqlTx& tx, const char* sql, const SqlParams& params) {
    auto row = tx.queryOne(sql, params);
    if (!row) return row.status();
    return row->has_value();
}

}  // namespace

Result<Service> SqlAccountStore::createService(const std::string& name) {
    if (Status s = checkServiceName(name); !s) return s;
    Service service{newUuid(), name, clock_.nowMs()};
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) {
        return tx.exec("INSERT INTO services (id, name, created_ms) VALUES ($1, $2, $3)",
                       {service.id, name, service.createdMs});
    });
    if (!s) return s;
    return service;
}

Result<Practice> SqlAccountStore::createPractice(const std::string& serviceId,
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
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto service = exists(tx, "SELECT 1 FROM services WHERE id = $1", {serviceId});
        if (!service) return service.status();
        if (!*service) return Status::invalid({{"service", "no such service"}});
        if (practice.odsCode) {
            auto taken =
                exists(tx, "SELECT 1 FROM practices WHERE ods_code = $1", {*practice.odsCode});
            if (!taken) return taken.status();
            if (*taken)
                return Status::error(ErrorCode::AlreadyExists,
                                     "a practice with this ODS code already exists");
        }
        return tx.exec(
            "INSERT INTO practices (id, service_id, name, ods_code) VALUES ($1, $2, $3, $4)",
            {practice.id, serviceId, name, orNull(practice.odsCode)});
    });
    if (!s) return s;
    return practice;
}

Result<Account> SqlAccountStore::createUser(const NewUser& user) {
    if (Status s = checkNewUser(user); !s) return s;
    Account account;
    account.id = newUuid();
    account.serviceId = user.serviceId;
    account.practiceId = user.practiceId;
    account.email = normaliseEmail(user.email);
    account.displayName = user.displayName;
    account.role = *model::enumFromName<model::UserRole>(user.role);
    account.createdMs = clock_.nowMs();
    if (user.password) {  // slow on purpose; done outside the transaction
        auto hash = hashPassword(*user.password, cost_);
        if (!hash) return hash.status();
        account.passwordHash = std::move(*hash);
    }
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto service = exists(tx, "SELECT 1 FROM services WHERE id = $1", {user.serviceId});
        if (!service) return service.status();
        if (!*service) return Status::invalid({{"service", "no such service"}});
        if (user.practiceId) {
            auto practice =
                tx.queryOne("SELECT service_id FROM practices WHERE id = $1", {*user.practiceId});
            if (!practice) return practice.status();
            if (!*practice || (*practice)->text(0) != user.serviceId)
                return Status::invalid({{"practice", "must be a practice of this service"}});
        }
        auto taken = exists(tx, "SELECT 1 FROM users WHERE email = $1", {account.email});
        if (!taken) return taken.status();
        if (*taken)
            return Status::error(ErrorCode::AlreadyExists,
                                 "an account with this email already exists");
        return tx.exec(
            "INSERT INTO users (id, service_id, practice_id, email, display_name, role, "
            "password_hash, created_ms, disabled) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)",
            {account.id, account.serviceId, orNull(account.practiceId), account.email,
             account.displayName, user.role, orNull(account.passwordHash), account.createdMs});
    });
    if (!s) return s;
    return account;
}

Result<Account> SqlAccountStore::createEmployerContact(const std::string& serviceId,
                                                       const std::string& email,
                                                       const std::string& displayName,
                                                       const std::string& password) {
    if (Status s = checkEnrolment(email, displayName, password); !s) return s;
    auto hash = hashPassword(password, cost_);
    if (!hash) return hash.status();
    Account account;
    account.id = newUuid();
    account.serviceId = serviceId;
    account.email = normaliseEmail(email);
    account.displayName = displayName;
    account.role = model::UserRole::EmployerContact;
    account.passwordHash = std::move(*hash);
    account.createdMs = clock_.nowMs();
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto service = exists(tx, "SELECT 1 FROM services WHERE id = $1", {serviceId});
        if (!service) return service.status();
        if (!*service) return Status::invalid({{"service", "no such service"}});
        auto taken = exists(tx, "SELECT 1 FROM users WHERE email = $1", {account.email});
        if (!taken) return taken.status();
        if (*taken)
            return Status::error(ErrorCode::AlreadyExists,
                                 "an account with this email already exists");
        return tx.exec(
            "INSERT INTO users (id, service_id, practice_id, email, display_name, role, "
            "password_hash, created_ms, disabled) VALUES ($1, $2, NULL, $3, $4, "
            "'employer_contact', $5, $6, 0)",
            {account.id, serviceId, account.email, displayName, *account.passwordHash,
             account.createdMs});
    });
    if (!s) return s;
    return account;
}

Status SqlAccountStore::resetPassword(const std::string& email, const std::string& newPassword) {
    auto hash = hashPassword(newPassword, cost_);
    if (!hash) return hash.status();
    return db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto updated = tx.query("UPDATE users SET password_hash = $1 WHERE email = $2 RETURNING id",
                                {*hash, normaliseEmail(email)});
        if (!updated) return updated.status();
        if (updated->empty()) return noSuch("account with this email");
        return Status::ok();
    });
}

Result<Account> SqlAccountStore::findUserByEmail(const std::string& email) {
    std::optional<Account> found;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto row =
            tx.queryOne(std::string("SELECT ") + kAccountColumns + " FROM users WHERE email = $1",
                        {normaliseEmail(email)});
        if (!row) return row.status();
        if (!*row) return noSuch("account with this email");
        found = accountFrom(**row);
        return Status::ok();
    });
    if (!s) return s;
    return *found;
}

Result<Account> SqlAccountStore::findUserById(const std::string& id) {
    std::optional<Account> found;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto row = tx.queryOne(
            std::string("SELECT ") + kAccountColumns + " FROM users WHERE id = $1", {id});
        if (!row) return row.status();
        if (!*row) return noSuch("such account");
        found = accountFrom(**row);
        return Status::ok();
    });
    if (!s) return s;
    return *found;
}

Result<std::vector<std::string>> SqlAccountStore::practiceIdsOf(const std::string& serviceId) {
    std::vector<std::string> ids;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        ids.clear();
        auto rows =
            tx.query("SELECT id FROM practices WHERE service_id = $1 ORDER BY id", {serviceId});
        if (!rows) return rows.status();
        for (const auto& r : *rows) ids.push_back(r.text(0));
        return Status::ok();
    });
    if (!s) return s;
    return ids;
}

Result<Device> SqlAccountStore::registerDevice(const std::string& userId, const std::string& name) {
    if (Status s = checkDeviceName(name); !s) return s;
    const MillisSinceEpoch now = clock_.nowMs();
    Device device{newUuid(), userId, {}, name, now, now, std::nullopt};
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto user = tx.queryOne("SELECT email FROM users WHERE id = $1", {userId});
        if (!user) return user.status();
        if (!*user) return noSuch("such account");
        device.userEmail = (*user)->text(0);
        return tx.exec(
            "INSERT INTO devices (id, user_id, name, created_ms, last_seen_ms) "
            "VALUES ($1, $2, $3, $4, $5)",
            {device.id, userId, name, now, now});
    });
    if (!s) return s;
    return device;
}

Result<std::vector<Device>> SqlAccountStore::listDevices(const std::optional<std::string>& email) {
    std::vector<Device> out;
    // One read transaction, so the account check and the list agree.
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        out.clear();
        SqlParams params;
        if (email) {
            params.push_back(normaliseEmail(*email));
            auto found = exists(tx, "SELECT 1 FROM users WHERE email = $1", params);
            if (!found) return found.status();
            if (!*found) return noSuch("account with this email");
        }
        auto rows = tx.query(std::string(kDeviceColumns) + (email ? "WHERE u.email = $1 " : "") +
                                 "ORDER BY d.created_ms, d.id",
                             params);
        if (!rows) return rows.status();
        for (const auto& r : *rows) out.push_back(deviceFrom(r));
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Result<Device> SqlAccountStore::revokeDevice(const std::string& deviceId) {
    std::optional<Device> device;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        if (Status u =
                tx.exec("UPDATE devices SET revoked_ms = coalesce(revoked_ms, $1) WHERE id = $2",
                        {clock_.nowMs(), deviceId});
            !u)
            return u;
        // Its tokens are kept: at its next call the device is told it was
        // revoked (and must wipe), rather than merely signed out.
        auto row = tx.queryOne(std::string(kDeviceColumns) + "WHERE d.id = $1", {deviceId});
        if (!row) return row.status();
        if (!*row) return noSuch("such device");
        device = deviceFrom(**row);
        return Status::ok();
    });
    if (!s) return s;
    return *device;
}

}  // namespace rtw::server
