#pragma once
// When to sync: pure decisions over injected time and randomness, so every
// rule is tested with a fake clock and a seeded random source. SyncEngine
// feeds it events and sleeps until nextDueMs().
//
// Rules:
// - start (signed in): due now;
// - connectivity returns: due now, and failures are forgotten;
// - while online: every `periodicMs` after the last success;
// - a local change: due `localChangeDelayMs` later (a burst of typing makes
//   one push), unless a sooner attempt is already due or a backoff runs;
// - on demand (the sync button, rtw-cli): due now, whatever the backoff;
// - after a failure that retrying can fix: exponential backoff with jitter
//   (Backoff), or the server's Retry-After if longer;
// - after a failure that retrying cannot fix (sign in again, update the app,
//   revoked): nothing is due until demand() or resume();
// - while offline: nothing automatic is due.

#include <cstdint>
#include <functional>
#include <optional>

namespace rtw::sync {

/// Exponential backoff with "equal jitter": the n-th consecutive failure
/// waits between half and all of min(maxMs, baseMs * 2^(n-1)), so many
/// devices failing together do not come back together.
class Backoff {
public:
    struct Config {
        std::int64_t baseMs = 2'000;
        std::int64_t maxMs = 10 * 60'000;
    };
    /// `random` returns a uniform value in [0, 1).
    Backoff(Config config, std::function<double()> random);
    /// The wait after `failures` consecutive failures (>= 1).
    std::int64_t delayMs(int failures) const;
    const Config& config() const { return config_; }

private:
    Config config_;
    std::function<double()> random_;
};

struct SchedulerConfig {
    std::int64_t periodicMs = 5 * 60'000;
    std::int64_t localChangeDelayMs = 2'000;
    Backoff::Config backoff;
};

/// How a cycle ended, as far as scheduling cares.
enum class CycleEnd { Success, Retryable, Fatal };

class SyncScheduler {
public:
    SyncScheduler(SchedulerConfig config, std::function<double()> random);

    void start(std::int64_t nowMs);
    void connectivityChanged(bool online, std::int64_t nowMs);
    void demand(std::int64_t nowMs);
    void localChange(std::int64_t nowMs);
    /// Clears a fatal stop (after signing in again).
    void resume(std::int64_t nowMs);
    void cycleStarted();
    /// `retryAfterMs`: the server's Retry-After, 0 if none.
    void cycleFinished(CycleEnd end, std::int64_t nowMs, std::int64_t retryAfterMs = 0);

    /// When the next cycle should start; nullopt = nothing scheduled.
    std::optional<std::int64_t> nextDueMs() const;
    bool isDue(std::int64_t nowMs) const;
    bool online() const { return online_; }
    bool running() const { return running_; }
    bool stopped() const { return stopped_; }
    int consecutiveFailures() const { return failures_; }

private:
    void dueAt(std::int64_t t);

    SchedulerConfig config_;
    Backoff backoff_;
    bool online_ = true;
    bool running_ = false;
    bool stopped_ = false;
    bool demanded_ = false;  ///< a demand arrived while offline or during a cycle
    int failures_ = 0;
    std::optional<std::int64_t> due_;
    std::int64_t backoffUntil_ = 0;
};

}  // namespace rtw::sync
