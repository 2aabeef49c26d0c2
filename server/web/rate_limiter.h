#pragma once
// Requests per client address in fixed windows, in memory (per server
// process; behind a load balancer each process counts its own share). For
// the web pages, where there is no account to count against.

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "util/clock.h"

namespace rtw::server::web {

class RateLimiter {
public:
    /// At most `limit` requests per key in each window of `windowMs`.
    RateLimiter(const Clock& clock, int limit, std::int64_t windowMs);

    /// Counts one request; false when the key is over its limit (or when
    /// more than kMaxKeys keys are counted in this window: a flood of
    /// addresses is refused rather than allowed to grow memory).
    bool allow(const std::string& key);
    /// Milliseconds until the current window ends (for Retry-After).
    std::int64_t msUntilReset() const;

    static constexpr std::size_t kMaxKeys = 100000;

private:
    void roll(std::int64_t now);

    const Clock& clock_;
    const int limit_;
    const std::int64_t windowMs_;
    mutable std::mutex mutex_;
    std::int64_t windowStart_ = 0;
    std::unordered_map<std::string, int> counts_;
};

}  // namespace rtw::server::web
