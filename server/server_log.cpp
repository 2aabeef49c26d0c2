#include "server/server_log.h"

#include <chrono>
#include <cstdio>
#include <mutex>

#include "model/dates.h"

namespace rtw::server {

void logEvent(const std::string& level, const std::string& event, nlohmann::json fields) {
    using namespace std::chrono;
    const auto now = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    nlohmann::json line = {{"ts", model::formatTimestamp(now)}, {"level", level}, {"event", event}};
    if (fields.is_object()) line.update(fields);
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::fprintf(stderr, "%s\n", line.dump().c_str());
}

}  // namespace rtw::server
