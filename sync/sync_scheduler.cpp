#include "sync/sync_scheduler.h"

#include <algorithm>

namespace rtw::sync {

Backoff::Backoff(Config config, std::function<double()> random)
    : config_(config), random_(std::move(random)) {}

std::int64_t Backoff::delayMs(int failures) const {
    std::int64_t ceiling = config_.baseMs;
    for (int i = 1; i < failures && ceiling < config_.maxMs; ++i) ceiling *= 2;
    ceiling = std::min(ceiling, config_.maxMs);
    const double r = std::clamp(random_ ? random_() : 0.5, 0.0, 1.0);
    const auto half = ceiling / 2;
    return half + static_cast<std::int64_t>(r * static_cast<double>(ceiling - half));
}

SyncScheduler::SyncScheduler(SchedulerConfig config, std::function<double()> random)
    : config_(config), backoff_(config.backoff, std::move(random)) {}

void SyncScheduler::dueAt(std::int64_t t) {
    if (!due_ || t < *due_) due_ = t;
}

void SyncScheduler::start(std::int64_t nowMs) {
    stopped_ = false;
    due_.reset();
    dueAt(nowMs);
}

void SyncScheduler::connectivityChanged(bool online, std::int64_t nowMs) {
    const bool cameBack = online && !online_;
    online_ = online;
    if (cameBack && !stopped_) {
        failures_ = 0;
        backoffUntil_ = 0;
        due_.reset();
        dueAt(nowMs);
    }
}

void SyncScheduler::demand(std::int64_t nowMs) {
    demanded_ = true;
    due_.reset();
    dueAt(nowMs);
}

void SyncScheduler::localChange(std::int64_t nowMs) {
    if (stopped_) return;
    dueAt(std::max(nowMs + config_.localChangeDelayMs, backoffUntil_));
}

void SyncScheduler::resume(std::int64_t nowMs) {
    stopped_ = false;
    failures_ = 0;
    backoffUntil_ = 0;
    due_.reset();
    dueAt(nowMs);
}

void SyncScheduler::cycleStarted() {
    running_ = true;
    demanded_ = false;
    due_.reset();
}

void SyncScheduler::cycleFinished(CycleEnd end, std::int64_t nowMs, std::int64_t retryAfterMs) {
    running_ = false;
    const std::optional<std::int64_t> arrivedDuring = due_;  // a change or demand during the cycle
    due_.reset();
    switch (end) {
        case CycleEnd::Success:
            failures_ = 0;
            backoffUntil_ = 0;
            dueAt(nowMs + config_.periodicMs);
            if (arrivedDuring) dueAt(std::max(*arrivedDuring, nowMs));
            break;
        case CycleEnd::Retryable:
            ++failures_;
            backoffUntil_ = nowMs + std::max(backoff_.delayMs(failures_), retryAfterMs);
            dueAt(backoffUntil_);
            break;
        case CycleEnd::Fatal:
            stopped_ = true;
            break;
    }
}

std::optional<std::int64_t> SyncScheduler::nextDueMs() const {
    if (running_) return std::nullopt;
    if (demanded_) return due_;
    if (stopped_ || !online_) return std::nullopt;
    return due_;
}

bool SyncScheduler::isDue(std::int64_t nowMs) const {
    const auto next = nextDueMs();
    return next && *next <= nowMs;
}

}  // namespace rtw::sync
