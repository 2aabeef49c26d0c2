#include "server/auth/auth_service.h"

#include <algorithm>
#include <utility>

#include "server/auth/tokens.h"
#include "util/random_id.h"

namespace rtw::server {

using db::SqlTx;
using db::TxMode;

namespace {

Status wrongCredentials() {
    return Status::error(ErrorCode::Unauthenticated, "the email or password is not right");
}

Status signInAgain() {
    return Status::error(ErrorCode::Unauthenticated, "your session has ended; sign in again");
}

std::string accountSubject(const std::string& email) {
    return "account:" + sha256Hex(normaliseEmail(email));  // no email in the table
}
std::string addressSubject(const std::string& address) {
    return "address:" + address;
}

constexpr std::int64_t kLastSeenResolutionMs = 5 * 60 * 1000;

}  // namespace

AuthService::AuthService(db::SqlDatabase& db, SqlAccountStore& accounts, const Clock& clock,
                         PasswordCost cost, AuthLimits limits)
    : db_(db), accounts_(accounts), clock_(clock), cost_(cost), limits_(limits) {
    if (auto h = hashPassword("not anyone's password at all", cost_)) dummyHash_ = *h;
}

Status AuthService::checkRateLimit(SqlTx& tx, const std::string& account,
                                   const std::string& address) {
    const std::int64_t since = clock_.nowMs() - limits_.failureWindowMs;
    auto counts = tx.queryOne(
        "SELECT "
        "(SELECT count(*) FROM sign_in_failures WHERE subject = $1 AND at_ms > $3), "
        "(SELECT count(*) FROM sign_in_failures WHERE subject = $2 AND at_ms > $3)",
        {account, address, since});
    if (!counts) return counts.status();
    if ((*counts)->integer(0) >= limits_.maxFailuresPerAccount ||
        (*counts)->integer(1) >= limits_.maxFailuresPerAddress)
        return Status::error(ErrorCode::RateLimited,
                             "too many failed attempts; wait 15 minutes and try again");
    return Status::ok();
}

Result<std::int64_t> AuthService::waitFor(SqlTx& tx, const std::string& subject, int max) {
    const std::int64_t now = clock_.nowMs();
    const std::int64_t since = now - limits_.failureWindowMs;
    auto count =
        tx.queryOne("SELECT count(*) FROM sign_in_failures WHERE subject = $1 AND at_ms > $2",
                    {subject, since});
    if (!count) return count.status();
    const std::int64_t n = (*count)->integer(0);
    if (n < max) return std::int64_t{0};
    // Attempts pass again once enough of the counted failures have aged out.
    auto row = tx.queryOne(
        "SELECT at_ms FROM sign_in_failures WHERE subject = $1 AND at_ms > $2 "
        "ORDER BY at_ms LIMIT 1 OFFSET $3",
        {subject, since, n - max});
    if (!row) return row.status();
    if (!*row) return std::int64_t{0};
    return std::max<std::int64_t>(0, (*row)->integer(0) + limits_.failureWindowMs - now);
}

std::int64_t AuthService::retryAfterSeconds(const std::string& email, const std::string& address) {
    std::int64_t waitMs = 0;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        waitMs = 0;
        const std::pair<std::string, int> subjects[] = {
            {accountSubject(email), limits_.maxFailuresPerAccount},
            {"invite:" + address, limits_.maxFailuresPerAccount},
            {addressSubject(address), limits_.maxFailuresPerAddress}};
        for (const auto& [subject, max] : subjects) {
            auto w = waitFor(tx, subject, max);
            if (!w) return w.status();
            waitMs = std::max(waitMs, *w);
        }
        return Status::ok();
    });
    if (!s) return limits_.failureWindowMs / 1000;  // the longest it can be
    return std::max<std::int64_t>(1, (waitMs + 999) / 1000);
}

Status AuthService::recordFailure(const std::string& account, const std::string& address) {
    const std::int64_t now = clock_.nowMs();
    return db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        // Old failures no longer count; drop them as we go.
        if (Status s = tx.exec("DELETE FROM sign_in_failures WHERE at_ms <= $1",
                               {now - limits_.failureWindowMs});
            !s)
            return s;
        if (Status s = tx.exec("INSERT INTO sign_in_failures (subject, at_ms) VALUES ($1, $2)",
                               {account, now});
            !s)
            return s;
        return tx.exec("INSERT INTO sign_in_failures (subject, at_ms) VALUES ($1, $2)",
                       {address, now});
    });
}

Result<Tokens> AuthService::issue(SqlTx& tx, const Account& account, const std::string& deviceId,
                                  const std::string& issuedFor) {
    const std::int64_t now = clock_.nowMs();
    Tokens t;
    t.accessToken = newToken();
    t.refreshToken = newToken();
    t.accessExpiresMs = now + limits_.accessTtlMs;
    t.refreshExpiresMs = now + limits_.refreshTtlMs;
    t.deviceId = deviceId;
    t.account = account;
    const char* insert =
        "INSERT INTO tokens (token_hash, kind, device_id, user_id, created_ms, expires_ms, "
        "issued_for) VALUES ($1, $2, $3, $4, $5, $6, $7)";
    const db::SqlParam parent = issuedFor.empty() ? db::SqlParam(nullptr) : db::SqlParam(issuedFor);
    if (Status s = tx.exec(insert, {sha256Hex(t.accessToken), std::string("access"), deviceId,
                                    account.id, now, t.accessExpiresMs, parent});
        !s)
        return s;
    if (Status s = tx.exec(insert, {sha256Hex(t.refreshToken), std::string("refresh"), deviceId,
                                    account.id, now, t.refreshExpiresMs, parent});
        !s)
        return s;
    return t;
}

Result<Tokens> AuthService::signIn(const std::string& email, const std::string& password,
                                   const std::string& deviceName, const std::string& address) {
    if (Status s = checkDeviceName(deviceName); !s) return s;
    const std::string account = accountSubject(email), from = addressSubject(address);
    if (Status s = db_.transact(TxMode::Read,
                                [&](SqlTx& tx) { return checkRateLimit(tx, account, from); });
        !s)
        return s;
    auto user = accounts_.findUserByEmail(email);
    if (!user && user.status().code() != ErrorCode::NotFound) return user.status();
    const bool good = user && user->passwordHash
                          ? verifyPassword(*user->passwordHash, password)
                          : (static_cast<void>(verifyPassword(dummyHash_, password)), false);
    if (!good) {
        if (Status s = recordFailure(account, from); !s) return s;
        return wrongCredentials();
    }
    if (user->disabled)
        return Status::error(ErrorCode::NotAllowed,
                             "this account is disabled; contact your service");
    auto device = accounts_.registerDevice(user->id, deviceName);
    if (!device) return device.status();
    std::optional<Tokens> tokens;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        // A successful sign-in forgives the account's earlier failures.
        if (Status d = tx.exec("DELETE FROM sign_in_failures WHERE subject = $1", {account}); !d)
            return d;
        auto t = issue(tx, *user, device->id);
        if (!t) return t.status();
        tokens = std::move(*t);
        return Status::ok();
    });
    if (!s) return s;
    return *tokens;
}

Result<Tokens> AuthService::refresh(const std::string& refreshToken) {
    const std::int64_t now = clock_.nowMs();
    const std::string hash = sha256Hex(refreshToken);
    std::optional<Tokens> tokens;
    Status reuse;  // set when a used token came back: answered after the commit
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        reuse = Status::ok();
        auto row =
            tx.queryOne(std::string("SELECT t.device_id, t.expires_ms, t.used_ms, d.revoked_ms, ") +
                            "u.id, u.service_id, u.practice_id, u.email, u.display_name, u.role, "
                            "u.password_hash, u.created_ms, u.disabled FROM tokens t "
                            "JOIN devices d ON d.id = t.device_id JOIN users u ON u.id = t.user_id "
                            "WHERE t.token_hash = $1 AND t.kind = 'refresh'",
                        {hash});
        if (!row) return row.status();
        if (!*row) return signInAgain();
        const auto& r = **row;
        const std::string deviceId = r.text(0);
        if (!r.isNull(3))
            return Status::error(ErrorCode::Revoked,
                                 "this device was signed out by your service; its data must "
                                 "be removed");
        if (!r.isNull(2)) {
            const std::int64_t usedMs = r.integer(2);
            auto successorUsed = tx.queryOne(
                "SELECT COUNT(*) FROM tokens WHERE issued_for = $1 AND kind = 'refresh' "
                "AND used_ms IS NULL",
                {hash});
            if (!successorUsed) return successorUsed.status();
            const bool successorUnused = *successorUsed && (**successorUsed).integer(0) > 0;
            if (now - usedMs > limits_.refreshRetryGraceMs || !successorUnused) {
                // A refresh token is used once. Seeing it again, late or after
                // its successor was used, means someone has a copy: end every
                // session of the device.
                reuse = signInAgain();
                return tx.exec("DELETE FROM tokens WHERE device_id = $1", {deviceId});
            }
            // A retry after a lost answer: the pair that never arrived is
            // dropped, so only the pair issued now works.
            if (Status d = tx.exec("DELETE FROM tokens WHERE issued_for = $1", {hash}); !d)
                return d;
        }
        if (r.integer(1) <= now) return signInAgain();
        db::SqlRow accountRow;
        accountRow.columns.assign(r.columns.begin() + 4, r.columns.end());
        const Account account = accountFrom(accountRow);
        if (account.disabled) return signInAgain();
        if (Status u = tx.exec("UPDATE tokens SET used_ms = $1 WHERE token_hash = $2", {now, hash});
            !u)
            return u;
        // Expired tokens of this device are no use to anyone.
        if (Status d = tx.exec("DELETE FROM tokens WHERE device_id = $1 AND expires_ms <= $2",
                               {deviceId, now});
            !d)
            return d;
        auto t = issue(tx, account, deviceId, hash);
        if (!t) return t.status();
        tokens = std::move(*t);
        return Status::ok();
    });
    if (!s) return s;
    if (!reuse) return reuse;
    return *tokens;
}

Result<Caller> AuthService::authenticate(const std::string& accessToken) {
    if (accessToken.empty()) return Status::error(ErrorCode::Unauthenticated, "sign in first");
    const std::int64_t now = clock_.nowMs();
    std::optional<Caller> caller;
    std::int64_t lastSeen = 0;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto row = tx.queryOne(
            std::string("SELECT t.device_id, t.expires_ms, d.revoked_ms, d.last_seen_ms, ") +
                "u.id, u.service_id, u.practice_id, u.email, u.display_name, u.role, "
                "u.password_hash, u.created_ms, u.disabled FROM tokens t "
                "JOIN devices d ON d.id = t.device_id JOIN users u ON u.id = t.user_id "
                "WHERE t.token_hash = $1 AND t.kind = 'access'",
            {sha256Hex(accessToken)});
        if (!row) return row.status();
        if (!*row) return signInAgain();
        const auto& r = **row;
        if (!r.isNull(2))
            return Status::error(ErrorCode::Revoked,
                                 "this device was signed out by your service; its data must "
                                 "be removed");
        if (r.integer(1) <= now)
            return Status::error(ErrorCode::Unauthenticated,
                                 "the access token has expired; refresh it");
        db::SqlRow accountRow;
        accountRow.columns.assign(r.columns.begin() + 4, r.columns.end());
        Caller c;
        c.account = accountFrom(accountRow);
        if (c.account.disabled) return signInAgain();
        c.deviceId = r.text(0);
        caller = std::move(c);
        lastSeen = r.integer(3);
        return Status::ok();
    });
    if (!s) return s;
    // Active-device counts need only coarse times: write at most every few minutes.
    if (now - lastSeen >= kLastSeenResolutionMs) {
        Status seen = db_.transact(TxMode::Write, [&](SqlTx& tx) {
            return tx.exec("UPDATE devices SET last_seen_ms = $1 WHERE id = $2",
                           {now, caller->deviceId});
        });
        if (!seen) return seen;
    }
    auto principal = principalOf(caller->account);
    if (!principal) return principal.status();
    caller->principal = std::move(*principal);
    return *caller;
}

Result<std::int64_t> AuthService::activeDevices(std::int64_t windowMs) {
    std::int64_t n = 0;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto row = tx.queryOne(
            "SELECT count(*) FROM devices WHERE revoked_ms IS NULL AND last_seen_ms > $1",
            {clock_.nowMs() - windowMs});
        if (!row) return row.status();
        n = (*row)->integer(0);
        return Status::ok();
    });
    if (!s) return s;
    return n;
}

Status AuthService::signOut(const Caller& caller) {
    return db_.transact(TxMode::Write, [&](SqlTx& tx) {
        return tx.exec("DELETE FROM tokens WHERE device_id = $1", {caller.deviceId});
    });
}

Result<policy::Principal> AuthService::principalOf(const Account& account) {
    policy::Principal p{account.id, account.role, account.serviceId, {}};
    if (account.role == model::UserRole::ServiceLead) {
        if (account.practiceId) {
            p.practiceIds = {*account.practiceId};
        } else {  // a lead of the whole service leads every practice of it
            auto all = accounts_.practiceIdsOf(account.serviceId);
            if (!all) return all.status();
            p.practiceIds = std::move(*all);
        }
    }
    return p;
}

Result<Invite> AuthService::createInvite(const Caller& caller, const std::string& caseId) {
    Invite invite{newInviteCode(), caseId, clock_.nowMs() + limits_.inviteTtlMs};
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) {
        return tx.exec(
            "INSERT INTO invites (code_hash, case_id, service_id, created_by, created_ms, "
            "expires_ms) VALUES ($1, $2, $3, $4, $5, $6)",
            {sha256Hex(normaliseInviteCode(invite.code)), caseId, caller.account.serviceId,
             caller.account.id, clock_.nowMs(), invite.expiresMs});
    });
    if (!s) return s;
    return invite;
}

Result<Tokens> AuthService::enrol(
    const Enrolment& e, const std::string& address,
    const std::function<Status(SqlTx&, const std::string&, const Account&)>& linkPatient) {
    const std::string code = normaliseInviteCode(e.code);
    return enrolWith(
        e, address, [&](SqlTx& tx, std::int64_t now) -> Result<std::optional<Admission>> {
            auto row = tx.queryOne(
                "SELECT i.case_id, i.service_id, i.expires_ms, i.used_ms FROM invites i "
                "WHERE i.code_hash = $1",
                {sha256Hex(code)});
            if (!row) return row.status();
            if (code.empty() || !*row || !(*row)->isNull(3) || (*row)->integer(2) <= now)
                return Status::invalid(
                    {{"code",
                      "this invite code is not valid: it may have expired or been used "
                      "already. Ask your adviser for a new one"}});
            Admission a;
            a.role = model::UserRole::Patient;
            a.serviceId = (*row)->text(1);
            const std::string caseId = (*row)->text(0);
            a.complete = [&, caseId, now](SqlTx& t, const Account& patient) -> Status {
                if (Status u =
                        t.exec("UPDATE invites SET used_ms = $1, used_by = $2 WHERE code_hash = $3",
                               {now, patient.id, sha256Hex(code)});
                    !u)
                    return u;
                return linkPatient(t, caseId, patient);
            };
            return std::optional<Admission>(std::move(a));
        });
}

Result<Tokens> AuthService::enrolEmployer(const Enrolment& e, const std::string& address,
                                          const OpenEmployerLink& openLink) {
    return enrolWith(e, address, [&](SqlTx& tx, std::int64_t) -> Result<std::optional<Admission>> {
        const Status badLink = Status::invalid(
            {{"code",
              "this link does not open a shared plan: it may have expired or been stopped. "
              "Ask the adviser or your employee for a new one"}});
        auto contact = openLink(tx);
        if (!contact) return contact.status();
        if (!*contact) return badLink;
        auto known = tx.queryOne("SELECT 1 FROM users WHERE id = $1", {(*contact)->contactId});
        if (!known) return known.status();
        // The contact already has an account (made from an earlier link):
        // they sign in with it, and a link cannot be used to take it over.
        // Said beside the code, where the person looks; counted like a wrong
        // code, so a link cannot be used to probe for accounts at speed.
        if (*known)
            return Status::invalid(
                {{"code",
                  "you already have an account for plans shared with you: sign in with it "
                  "instead"}});
        Admission a;
        a.role = model::UserRole::EmployerContact;
        a.serviceId = (*contact)->serviceId;
        a.accountId = (*contact)->contactId;
        return std::optional<Admission>(std::move(a));
    });
}

Result<Tokens> AuthService::enrolWith(const Enrolment& e, const std::string& address,
                                      const Admit& admit) {
    const std::string from = addressSubject(address);
    const std::string subject = "invite:" + address;  // guesses are limited per address
    if (Status s = db_.transact(TxMode::Read,
                                [&](SqlTx& tx) { return checkRateLimit(tx, subject, from); });
        !s)
        return s;
    const std::int64_t now = clock_.nowMs();
    // Validate the new account before using up anything.
    if (Status s = checkEnrolment(e.email, e.displayName, e.password); !s) return s;
    if (Status s = checkDeviceName(e.deviceName); !s) return s;
    auto hash = hashPassword(e.password, cost_);
    if (!hash) return hash.status();

    std::optional<Tokens> tokens;
    bool badCode = false;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        badCode = false;
        auto admitted = admit(tx, now);
        if (!admitted) {
            badCode = admitted.status().code() == ErrorCode::InvalidArgument;
            return admitted.status();
        }
        const Admission& a = **admitted;
        Account account;
        account.id = a.accountId.empty() ? newUuid() : a.accountId;
        account.serviceId = a.serviceId;
        account.email = normaliseEmail(e.email);
        account.displayName = e.displayName;
        account.role = a.role;
        account.passwordHash = *hash;
        account.createdMs = now;
        auto taken = tx.queryOne("SELECT 1 FROM users WHERE email = $1", {account.email});
        if (!taken) return taken.status();
        if (*taken)
            return Status::error(ErrorCode::AlreadyExists,
                                 "an account with this email already exists");
        if (Status i = tx.exec(
                "INSERT INTO users (id, service_id, practice_id, email, display_name, role, "
                "password_hash, created_ms, disabled) VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, 0)",
                {account.id, account.serviceId, account.email, account.displayName,
                 std::string(model::enumName(account.role)), *hash, now});
            !i)
            return i;
        if (a.complete)
            if (Status c = a.complete(tx, account); !c) return c;
        const std::string deviceId = newUuid();
        if (Status d = tx.exec("INSERT INTO devices (id, user_id, name, created_ms, last_seen_ms) "
                               "VALUES ($1, $2, $3, $4, $5)",
                               {deviceId, account.id, e.deviceName, now, now});
            !d)
            return d;
        auto t = issue(tx, account, deviceId);
        if (!t) return t.status();
        tokens = std::move(*t);
        return Status::ok();
    });
    if (!s) {
        if (badCode) {
            if (Status f = recordFailure(subject, from); !f) return f;
        }
        return s;
    }
    return *tokens;
}

}  // namespace rtw::server
