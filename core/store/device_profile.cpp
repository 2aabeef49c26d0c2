#include "store/device_profile.h"

#include <mutex>

#include <nlohmann/json.hpp>

#include "model/uuid.h"

namespace rtw::store {
namespace {

constexpr const char* kKey = "profile";

}  // namespace

Result<std::optional<DeviceProfile>> loadDeviceProfile(Database& db) {
    std::lock_guard lock(db.mutex());
    auto st = db.cached("SELECT value FROM meta WHERE key = ?1");
    if (!st) return st.status();
    Statement& q = **st;
    q.bind(1, kKey);
    auto row = q.step();
    if (!row) return row.status();
    if (!*row) {
        q.reset();
        return std::optional<DeviceProfile>{};
    }
    auto j = nlohmann::json::parse(q.text(0), nullptr, false);
    q.reset();
    if (!j.is_object())
        return Status::error(ErrorCode::Corrupt, "the saved profile cannot be read");
    DeviceProfile p;
    p.userId = j.value("userId", "");
    p.displayName = j.value("displayName", "");
    p.email = j.value("email", "");
    p.role = j.value("role", "");
    p.serviceId = j.value("serviceId", "");
    p.practiceId = j.value("practiceId", "");
    p.serverUrl = j.value("serverUrl", "");
    p.serviceName = j.value("serviceName", "");
    p.serviceAddress = j.value("serviceAddress", "");
    p.servicePhone = j.value("servicePhone", "");
    return std::optional<DeviceProfile>{std::move(p)};
}

Status saveDeviceProfile(Database& db, const DeviceProfile& p) {
    if (!model::isUuid(p.userId)) return Status::invalid({{"userId", "must be a user id (UUID)"}});
    const nlohmann::json j = {{"userId", p.userId},
                              {"displayName", p.displayName},
                              {"email", p.email},
                              {"role", p.role},
                              {"serviceId", p.serviceId},
                              {"practiceId", p.practiceId},
                              {"serverUrl", p.serverUrl},
                              {"serviceName", p.serviceName},
                              {"serviceAddress", p.serviceAddress},
                              {"servicePhone", p.servicePhone}};
    auto st = db.cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) return st.status();
    return (*st)->bind(1, kKey).bind(2, j.dump()).run();
}

}  // namespace rtw::store
