#include "server/server_log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>

#include "model/dates.h"

namespace rtw::server {
namespace {

int rank(const std::string& level) {
    if (level == "debug") return 0;
    if (level == "info") return 1;
    if (level == "warning") return 2;
    return 3;  // error, and anything unknown is shown
}

std::atomic<int> threshold{1};

}  // namespace

void setLogLevel(const std::string& level) {
    threshold = rank(level);
}

void logEvent(const std::string& level, const std::string& event, nlohmann::json fields) {
    if (rank(level) < threshold) return;
    using namespace std::chrono;
    const auto now = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    nlohmann::json line = {{"ts", model::formatTimestamp(now)}, {"level", level}, {"event", event}};
    if (fields.is_object()) line.update(fields);
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    std::fprintf(stderr, "%s\n", line.dump().c_str());
}

}  // namespace rtw::server
