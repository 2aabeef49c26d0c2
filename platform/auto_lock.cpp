#include "platform/auto_lock.h"

#include <algorithm>

namespace rtw::platform {

AutoLock::AutoLock(const Clock& clock, std::int64_t idleMs)
    : clock_(clock),
      idleMs_(std::clamp(idleMs, kMinIdleMs, kMaxIdleMs)),
      lastActivity_(clock.nowMs()) {}

void AutoLock::setIdleMs(std::int64_t idleMs) {
    idleMs_ = std::clamp(idleMs, kMinIdleMs, kMaxIdleMs);
}

void AutoLock::noteActivity() {
    lastActivity_ = clock_.nowMs();
}

void AutoLock::enteredBackground() {
    backgrounded_ = true;
}

void AutoLock::unlocked() {
    backgrounded_ = false;
    lastActivity_ = clock_.nowMs();
}

bool AutoLock::shouldLock() const {
    return backgrounded_ || msUntilLock() == 0;
}

std::int64_t AutoLock::msUntilLock() const {
    return std::max<std::int64_t>(0, lastActivity_ + idleMs_ - clock_.nowMs());
}

}  // namespace rtw::platform
