#pragma once
// Time and randomness are injected everywhere so tests are exact (a fake clock
// and a seeded random source), as in Realm's FakeClock.

#include <cstdint>
#include <functional>

namespace rtw {

/// Milliseconds since the Unix epoch, UTC.
using MillisSinceEpoch = std::int64_t;

/// A source of wall-clock time. The default reads the system clock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual MillisSinceEpoch nowMs() const = 0;
};

/// The real clock.
class SystemClock final : public Clock {
public:
    MillisSinceEpoch nowMs() const override;
    /// A process-wide instance for production wiring.
    static const SystemClock& instance();
};

/// A clock tests move by hand.
class FakeClock final : public Clock {
public:
    explicit FakeClock(MillisSinceEpoch start = 1'767'225'600'000)  // 2026-01-01T00:00:00Z
        : now_(start) {}
    MillisSinceEpoch nowMs() const override { return now_; }
    void set(MillisSinceEpoch t) { now_ = t; }
    void advance(MillisSinceEpoch ms) { now_ += ms; }

private:
    MillisSinceEpoch now_;
};

}  // namespace rtw
