#pragma once
// When the app must lock: after a configurable idle time, and as soon as it
// goes to the background. The UI reports activity and lifecycle changes and
// polls shouldLock(); the clock is injected so tests are exact.

#include <cstdint>

#include "util/clock.h"

namespace rtw::platform {

class AutoLock {
public:
    static constexpr std::int64_t kDefaultIdleMs = 5 * 60 * 1000;
    static constexpr std::int64_t kMinIdleMs = 30 * 1000;
    static constexpr std::int64_t kMaxIdleMs = 60 * 60 * 1000;

    explicit AutoLock(const Clock& clock, std::int64_t idleMs = kDefaultIdleMs);

    /// Sets the idle time, clamped to 30 s .. 60 min (a health record is never left open all day).
    void setIdleMs(std::int64_t idleMs);
    std::int64_t idleMs() const { return idleMs_; }

    void noteActivity();
    void enteredBackground();
    void unlocked();

    /// True once the idle time has passed since the last activity, or after backgrounding.
    bool shouldLock() const;
    /// Milliseconds until an idle lock (0 if it is due).
    std::int64_t msUntilLock() const;

private:
    const Clock& clock_;
    std::int64_t idleMs_;
    MillisSinceEpoch lastActivity_;
    bool backgrounded_ = false;
};

}  // namespace rtw::platform
