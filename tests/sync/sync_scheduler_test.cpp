// When sync runs: start, connectivity, periodic, local changes, demand, and
// backoff with jitter after failures, all on a fake clock with seeded randomness.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "sync/sync_scheduler.h"
#include "util/clock.h"

namespace rtw::sync {
namespace {

std::function<double()> fixed(double v) {
    return [v] { return v; };
}

TEST(Backoff, DoublesUpToTheCapWithJitterInTheUpperHalf) {
    Backoff low({2'000, 60'000}, fixed(0.0));
    Backoff high({2'000, 60'000}, fixed(0.999999));
    EXPECT_EQ(low.delayMs(1), 1'000);
    EXPECT_EQ(low.delayMs(2), 2'000);
    EXPECT_EQ(low.delayMs(3), 4'000);
    EXPECT_NEAR(static_cast<double>(high.delayMs(3)), 8'000, 1);
    EXPECT_EQ(low.delayMs(30), 30'000) << "capped at maxMs, jitter floor at half";
    EXPECT_NEAR(static_cast<double>(high.delayMs(30)), 60'000, 1);
}

TEST(Backoff, SeededJitterSpreadsDevicesApart) {
    std::mt19937_64 gen(42);
    Backoff b({2'000, 600'000}, [&] { return std::uniform_real_distribution<double>(0, 1)(gen); });
    std::set<std::int64_t> seen;
    for (int i = 0; i < 20; ++i) {
        const auto d = b.delayMs(5);
        EXPECT_GE(d, 16'000);
        EXPECT_LE(d, 32'000);
        seen.insert(d);
    }
    EXPECT_GT(seen.size(), 15u);
}

class SchedulerTest : public ::testing::Test {
protected:
    SchedulerConfig config() {
        SchedulerConfig c;
        c.periodicMs = 300'000;
        c.localChangeDelayMs = 2'000;
        c.backoff = {2'000, 600'000};
        return c;
    }
    FakeClock clock;
    SyncScheduler s{config(), fixed(0.0)};
    std::int64_t now() { return clock.nowMs(); }
};

TEST_F(SchedulerTest, SyncsAtStartThenPeriodically) {
    EXPECT_FALSE(s.nextDueMs()) << "nothing before start";
    s.start(now());
    EXPECT_TRUE(s.isDue(now()));
    s.cycleStarted();
    EXPECT_FALSE(s.nextDueMs()) << "never two cycles at once";
    clock.advance(500);
    s.cycleFinished(CycleEnd::Success, now());
    EXPECT_EQ(*s.nextDueMs(), now() + 300'000);
    clock.advance(299'999);
    EXPECT_FALSE(s.isDue(now()));
    clock.advance(1);
    EXPECT_TRUE(s.isDue(now()));
}

TEST_F(SchedulerTest, BacksOffExponentiallyAndResetsOnSuccess) {
    s.start(now());
    std::vector<std::int64_t> waits;
    for (int i = 0; i < 5; ++i) {
        s.cycleStarted();
        s.cycleFinished(CycleEnd::Retryable, now());
        waits.push_back(*s.nextDueMs() - now());
        clock.set(*s.nextDueMs());
    }
    EXPECT_EQ(waits, (std::vector<std::int64_t>{1'000, 2'000, 4'000, 8'000, 16'000}));
    EXPECT_EQ(s.consecutiveFailures(), 5);
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Success, now());
    EXPECT_EQ(s.consecutiveFailures(), 0);
    EXPECT_EQ(*s.nextDueMs() - now(), 300'000);
}

TEST_F(SchedulerTest, RetryAfterFromTheServerWinsWhenLonger) {
    s.start(now());
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Retryable, now(), 45'000);
    EXPECT_EQ(*s.nextDueMs() - now(), 45'000);
}

TEST_F(SchedulerTest, OfflineWaitsAndReconnectingSyncsAtOnce) {
    s.start(now());
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Retryable, now());
    s.connectivityChanged(false, now());
    EXPECT_FALSE(s.nextDueMs()) << "nothing automatic while offline";
    s.localChange(now());
    EXPECT_FALSE(s.nextDueMs());
    clock.advance(3'600'000);
    EXPECT_FALSE(s.isDue(now()));
    s.connectivityChanged(true, now());
    EXPECT_TRUE(s.isDue(now())) << "connection back: sync now, backoff forgotten";
    EXPECT_EQ(s.consecutiveFailures(), 0);
}

TEST_F(SchedulerTest, LocalChangesAreBatchedButNeverOutrunABackoff) {
    s.start(now());
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Success, now());
    s.localChange(now());
    EXPECT_EQ(*s.nextDueMs(), now() + 2'000);
    clock.advance(1'000);
    s.localChange(now());
    EXPECT_EQ(*s.nextDueMs(), now() + 1'000) << "the first change's push carries both";
    clock.advance(1'000);
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Retryable, now());
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Retryable, now());  // backoff 2 s
    const auto until = *s.nextDueMs();
    s.localChange(now());
    EXPECT_EQ(*s.nextDueMs(), until) << "typing does not hammer a failing server";
}

TEST_F(SchedulerTest, DemandRunsNowEvenOfflineOrBackingOff) {
    s.start(now());
    for (int i = 0; i < 6; ++i) {
        s.cycleStarted();
        s.cycleFinished(CycleEnd::Retryable, now());
    }
    s.connectivityChanged(false, now());
    s.demand(now());
    EXPECT_TRUE(s.isDue(now()));
}

TEST_F(SchedulerTest, AChangeDuringACycleIsPickedUpAfterIt) {
    s.start(now());
    s.cycleStarted();
    s.localChange(now());
    clock.advance(5'000);
    s.cycleFinished(CycleEnd::Success, now());
    EXPECT_TRUE(s.isDue(now())) << "the change made mid-cycle is pushed next";
}

TEST_F(SchedulerTest, FatalStopsUntilResumed) {
    s.start(now());
    s.cycleStarted();
    s.cycleFinished(CycleEnd::Fatal, now());
    EXPECT_TRUE(s.stopped());
    EXPECT_FALSE(s.nextDueMs());
    s.localChange(now());
    s.connectivityChanged(false, now());
    s.connectivityChanged(true, now());
    EXPECT_FALSE(s.nextDueMs()) << "sign in again first";
    s.resume(now());
    EXPECT_TRUE(s.isDue(now()));
}

}  // namespace
}  // namespace rtw::sync
