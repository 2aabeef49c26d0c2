#pragma once
// Services (organisations), their practices, user accounts and their devices.
// An interface so the embedded SQLite store and, later, a PostgreSQL one are
// interchangeable; both must keep the same rules:
//  - every write is one transaction, and bad input changes nothing;
//  - validation failures are InvalidArgument naming each field ("service",
//    "practice", "role", "email", "displayName", "password", "name", "odsCode");
//  - emails are stored lower-case and are unique regardless of case;
//  - ids are random UUIDs, times come from the injected clock.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/user.h"
#include "util/clock.h"
#include "util/status.h"

namespace rtw::server {

struct Service {
    std::string id;
    std::string name;
    MillisSinceEpoch createdMs = 0;
};

struct Practice {
    std::string id;
    std::string serviceId;
    std::string name;
    std::optional<std::string> odsCode;  ///< NHS ODS code, upper-case, unique when present
};

struct Account {
    std::string id;
    std::string serviceId;
    std::optional<std::string> practiceId;
    std::string email;  ///< lower-case
    std::string displayName;
    model::UserRole role{};
    std::optional<std::string> passwordHash;  ///< Argon2id; absent: cannot sign in yet
    MillisSinceEpoch createdMs = 0;
    bool disabled = false;
};

struct Device {
    std::string id;
    std::string userId;
    std::string userEmail;
    std::string name;
    MillisSinceEpoch createdMs = 0;
    MillisSinceEpoch lastSeenMs = 0;
    std::optional<MillisSinceEpoch> revokedMs;
};

/// An account an administrator creates. `role` is the role's name; only
/// adviser, service_lead, admin and referrer are created this way (patients
/// join by invite and employer contacts when a plan is shared with them).
struct NewUser {
    std::string serviceId;
    std::optional<std::string> practiceId;  ///< required for advisers
    std::string role;
    std::string email;
    std::string displayName;
    std::optional<std::string> password;  ///< absent: no password set yet
};

class AccountStore {
public:
    virtual ~AccountStore() = default;

    virtual Result<Service> createService(const std::string& name) = 0;
    virtual Result<Practice> createPractice(const std::string& serviceId, const std::string& name,
                                            const std::optional<std::string>& odsCode) = 0;
    /// AlreadyExists "an account with this email already exists" for a taken email.
    virtual Result<Account> createUser(const NewUser& user) = 0;
    /// NotFound when no account has this email.
    virtual Status resetPassword(const std::string& email, const std::string& newPassword) = 0;
    /// Case-insensitive; NotFound when there is none.
    virtual Result<Account> findUserByEmail(const std::string& email) = 0;
    /// NotFound for an unknown user.
    virtual Result<Device> registerDevice(const std::string& userId, const std::string& name) = 0;
    /// Every device, or one account's (NotFound for an unknown email); oldest first.
    virtual Result<std::vector<Device>> listDevices(const std::optional<std::string>& email) = 0;
    /// NotFound for an unknown device; revoking again keeps the first revocation time.
    virtual Result<Device> revokeDevice(const std::string& deviceId) = 0;
};

/// Roles an administrator may give: adviser, service_lead, admin, referrer.
bool isAdminCreatableRole(model::UserRole role);

/// ASCII lower-case, the stored form of an email.
std::string normaliseEmail(const std::string& email);

// The checks that need no database, shared by every implementation. Each
// returns OK or InvalidArgument listing every bad field.
Status checkServiceName(const std::string& name);
Status checkPractice(const std::string& name, const std::optional<std::string>& odsCode);
Status checkDeviceName(const std::string& name);
/// Email shape, role, display name, password rules, and a practice for advisers.
Status checkNewUser(const NewUser& user);
/// What a patient enrolling with an invite chooses: email, name, password.
Status checkEnrolment(const std::string& email, const std::string& displayName,
                      const std::string& password);

}  // namespace rtw::server
