#pragma once
// Sign-in, tokens, patient invites and rate limits.
//
// - Sign-in checks an Argon2id password and registers a device; it returns a
//   short-lived access token and a refresh token, both bound to that device.
// - Refresh rotates: the old refresh token stops working. Presenting a used
//   refresh token again means it was copied, so every token of the device is
//   dropped and the device must sign in again -- except within a short grace
//   window while the pair it was exchanged for is still unused: that is a
//   device retrying after the answer was lost on a flaky connection, and it
//   gets a fresh pair (the lost pair is dropped) instead of losing its session.
// - A revoked device is answered Revoked ("device_revoked") at its next call,
//   which tells it to wipe its data.
// - Failed sign-ins are counted per account and per address in the database,
//   so the limit holds across every server process.
// Tokens and invite codes are stored only as hashes (server/auth/tokens.h).

#include <functional>
#include <optional>
#include <string>

#include "policy/access_policy.h"
#include "server/accounts/password.h"
#include "server/db/sql_database.h"
#include "server/storage/sql_account_store.h"
#include "util/clock.h"

namespace rtw::server {

struct AuthLimits {
    std::int64_t accessTtlMs = 15LL * 60 * 1000;          ///< access tokens: 15 minutes
    std::int64_t refreshTtlMs = 30LL * 24 * 3600 * 1000;  ///< refresh tokens: 30 days
    std::int64_t inviteTtlMs = 7LL * 24 * 3600 * 1000;    ///< invite codes: 7 days
    std::int64_t failureWindowMs = 15LL * 60 * 1000;      ///< failures counted over 15 minutes
    std::int64_t refreshRetryGraceMs = 60LL * 1000;       ///< a lost refresh answer may be retried
    int maxFailuresPerAccount = 5;
    int maxFailuresPerAddress = 30;
};

struct Tokens {
    std::string accessToken;
    std::string refreshToken;
    MillisSinceEpoch accessExpiresMs = 0;
    MillisSinceEpoch refreshExpiresMs = 0;
    std::string deviceId;
    Account account;
};

/// The signed-in caller of a request.
struct Caller {
    Account account;
    std::string deviceId;
    policy::Principal principal;
};

struct Invite {
    std::string code;  ///< shown once to the adviser; only its hash is kept
    std::string caseId;
    MillisSinceEpoch expiresMs = 0;
};

struct Enrolment {
    std::string code;
    std::string email;
    std::string displayName;
    std::string password;
    std::string deviceName;
};

class AuthService {
public:
    AuthService(db::SqlDatabase& db, SqlAccountStore& accounts, const Clock& clock,
                PasswordCost cost, AuthLimits limits = {});

    /// Unauthenticated "the email or password is not right" for either being
    /// wrong (never which), RateLimited after too many failures, NotAllowed for
    /// a disabled account.
    Result<Tokens> signIn(const std::string& email, const std::string& password,
                          const std::string& deviceName, const std::string& address);
    Result<Tokens> refresh(const std::string& refreshToken);
    /// The caller behind an access token: Unauthenticated when missing, unknown
    /// or expired; Revoked when its device was revoked. Notes the device as
    /// seen (at most every five minutes, to keep reads cheap).
    Result<Caller> authenticate(const std::string& accessToken);
    /// Ends this device's session (its tokens stop working).
    Status signOut(const Caller& caller);

    /// A one-time code for the patient of `caseId` (the caller must already be
    /// allowed to change the case; the route checks that with the policy).
    Result<Invite> createInvite(const Caller& caller, const std::string& caseId);
    /// Creates the patient's account from an invite and signs them in.
    /// `linkPatient` runs in the same transaction, to record the patient on
    /// their case; if it fails nothing is kept and the code stays unused.
    Result<Tokens> enrol(const Enrolment& e, const std::string& address,
                         const std::function<Status(db::SqlTx&, const std::string& caseId,
                                                    const Account& patient)>& linkPatient);

    /// Creates an employer contact's account from the link to their page of
    /// a shared plan, and signs them in. `openLink` answers, in the enrolment's
    /// transaction, whom the link is for while it opens (nullopt when it does
    /// not). The account takes the contact's id, the one consent and the
    /// share name them by, so the access policy applies to it unchanged; a
    /// contact who already has an account is told to sign in (AlreadyExists).
    struct EmployerLinkContact {
        std::string contactId;
        std::string serviceId;
    };
    using OpenEmployerLink = std::function<Result<std::optional<EmployerLinkContact>>(db::SqlTx&)>;
    Result<Tokens> enrolEmployer(const Enrolment& e, const std::string& address,
                                 const OpenEmployerLink& openLink);

    /// After signIn or enrol answered RateLimited: seconds until the limit
    /// that stopped it lets an attempt through again (at least 1).
    std::int64_t retryAfterSeconds(const std::string& email, const std::string& address);

    /// Devices not revoked that called in the last `windowMs`.
    Result<std::int64_t> activeDevices(std::int64_t windowMs);

    /// The policy's view of an account (service leads get their practices).
    Result<policy::Principal> principalOf(const Account& account);

private:
    /// What a code or link admits: a new account of `role` (with `accountId`
    /// when it is already known), and what else the same transaction does.
    struct Admission {
        model::UserRole role{};
        std::string serviceId;
        std::string accountId;
        std::function<Status(db::SqlTx&, const Account&)> complete;
    };
    /// InvalidArgument (field `code`) when the code or link admits nobody:
    /// counted as a failed guess for the rate limit.
    using Admit = std::function<Result<std::optional<Admission>>(db::SqlTx&, std::int64_t now)>;
    /// The enrolment steps shared by invites and employer links: rate limit,
    /// the new account's rules, then (in one transaction) admit, the account,
    /// a device and tokens. Nothing is kept when any step fails.
    Result<Tokens> enrolWith(const Enrolment& e, const std::string& address, const Admit& admit);
    Status checkRateLimit(db::SqlTx& tx, const std::string& accountSubject,
                          const std::string& addressSubject);
    /// Milliseconds until `subject` is under `max` failures again; 0 if it is.
    Result<std::int64_t> waitFor(db::SqlTx& tx, const std::string& subject, int max);
    Status recordFailure(const std::string& accountSubject, const std::string& addressSubject);
    /// A new token pair; `issuedFor` is the hash of the refresh token
    /// exchanged for it (empty at sign-in and enrolment).
    Result<Tokens> issue(db::SqlTx& tx, const Account& account, const std::string& deviceId,
                         const std::string& issuedFor = {});

    db::SqlDatabase& db_;
    SqlAccountStore& accounts_;
    const Clock& clock_;
    PasswordCost cost_;
    AuthLimits limits_;
    std::string dummyHash_;  // verified against for unknown emails, so timing does not tell
};

}  // namespace rtw::server
