#pragma once
// DeviceProfile: who uses this device's store — the signed-in user's id,
// name and service — kept in the encrypted database's `meta` table. Written
// at first sign-in (or by the demo), read when the store is unlocked so
// notes are written in that person's name and new cases land in their
// practice. Nothing here is synced: the server knows its users already.

#include <optional>
#include <string>

#include "store/database.h"
#include "util/status.h"

namespace rtw::store {

struct DeviceProfile {
    std::string userId;  ///< UUID of the user (author of notes, holder of new cases)
    std::string displayName;
    std::string email;
    std::string role;  ///< a user.role name, e.g. "adviser"
    std::string serviceId;
    std::string practiceId;  ///< practice new referrals are opened in
    std::string serverUrl;   ///< where this user signs in; empty for a demo store
    /// The service's letterhead for documents made on the device (RTW plan,
    /// GP letter): its name, postal address (lines separated by '\n') and
    /// phone. Empty until the server (or the demo) provides them.
    std::string serviceName;
    std::string serviceAddress;
    std::string servicePhone;

    bool operator==(const DeviceProfile&) const = default;
};

/// The saved profile, or nullopt when none has been saved yet.
Result<std::optional<DeviceProfile>> loadDeviceProfile(Database& db);
/// Replaces the saved profile (one durable commit). The user id must be a UUID.
Status saveDeviceProfile(Database& db, const DeviceProfile& profile);

}  // namespace rtw::store
