#include "store/device_profile.h"

#include "model/uuid.h"
#include "store/meta_json.h"

namespace rtw::store {
namespace {

constexpr const char* kKey = "profile";

}  // namespace

Result<std::optional<DeviceProfile>> loadDeviceProfile(Database& db) {
    auto loaded = loadMetaJson(db, kKey, "the saved profile");
    if (!loaded) return loaded.status();
    if (!*loaded) return std::optional<DeviceProfile>{};
    const nlohmann::json& j = **loaded;
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
    return saveMetaJson(db, kKey, j);
}

}  // namespace rtw::store
