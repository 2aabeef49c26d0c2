#pragma once
// A clock tests move by hand while the server reads it from its own threads
// (rtw::FakeClock is not safe to share across threads).

#include <atomic>

#include "util/clock.h"

namespace rtw::testsupport {

class TestClock final : public Clock {
public:
    /// Starts at `start`, or at the real time when 0.
    explicit TestClock(MillisSinceEpoch start = 0)
        : now_(start ? start : SystemClock::instance().nowMs()) {}
    MillisSinceEpoch nowMs() const override { return now_.load(); }
    void set(MillisSinceEpoch t) { now_.store(t); }
    void advance(MillisSinceEpoch ms) { now_.fetch_add(ms); }

private:
    std::atomic<MillisSinceEpoch> now_;
};

}  // namespace rtw::testsupport
