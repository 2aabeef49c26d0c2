#include "server/web/rate_limiter.h"

namespace rtw::server::web {

RateLimiter::RateLimiter(const Clock& clock, int limit, std::int64_t windowMs)
    : clock_(clock), limit_(limit), windowMs_(windowMs) {}

void RateLimiter::roll(std::int64_t now) {
    if (now - windowStart_ < windowMs_ && now >= windowStart_) return;
    windowStart_ = now - now % windowMs_;
    counts_.clear();
}

bool RateLimiter::allow(const std::string& key) {
    std::lock_guard lock(mutex_);
    roll(clock_.nowMs());
    auto it = counts_.find(key);
    if (it == counts_.end()) {
        if (counts_.size() >= kMaxKeys) return false;
        it = counts_.emplace(key, 0).first;
    }
    if (it->second >= limit_) return false;
    ++it->second;
    return true;
}

std::int64_t RateLimiter::msUntilReset() const {
    std::lock_guard lock(mutex_);
    const std::int64_t left = windowStart_ + windowMs_ - clock_.nowMs();
    return left > 0 ? left : 0;
}

}  // namespace rtw::server::web
