// Hybrid logical clock: monotonic, ordered after what it has seen, text form sorts.
#include <gtest/gtest.h>

#include "hlc/hlc.h"

namespace rtw {
namespace {

TEST(Hlc, TextFormRoundTripsAndSortsLikeTheClock) {
    Hlc a{1'767'225'600'000, 3, "device-a"};
    Hlc b{1'767'225'600'000, 4, "device-a"};
    Hlc c{1'767'225'600'001, 0, "device-a"};
    Hlc d{1'767'225'600'001, 0, "device-b"};
    EXPECT_EQ(Hlc::parse(a.toString()), a);
    EXPECT_LT(a.toString(), b.toString());
    EXPECT_LT(b.toString(), c.toString());
    EXPECT_LT(c.toString(), d.toString());
    EXPECT_LT(a, b);
    EXPECT_LT(c, d);
    EXPECT_FALSE(Hlc::parse("garbage").has_value());
    EXPECT_FALSE(Hlc::parse("00000000000z-0000-x").has_value());
    EXPECT_FALSE(Hlc::parse("000000000000-0000-").has_value());
}

TEST(Hlc, NeverGoesBackwardsWhenTheWallClockDoes) {
    FakeClock clock(10'000);
    HlcClock hlc("dev", clock);
    Hlc first = hlc.now();
    clock.set(5'000);  // the user changed the device's time
    Hlc second = hlc.now();
    EXPECT_LT(first, second);
    EXPECT_EQ(second.wallMs, 10'000);
    EXPECT_EQ(second.counter, 1u);
}

TEST(Hlc, OrdersAfterObservedRemoteTime) {
    FakeClock clock(10'000);
    HlcClock hlc("dev", clock);
    Hlc remote{20'000, 7, "other"};
    ASSERT_TRUE(hlc.observe(remote).isOk());
    Hlc next = hlc.now();
    EXPECT_GT(next, remote);
    EXPECT_EQ(next.wallMs, 20'000);
}

TEST(Hlc, RefusesRemoteClocksFarInTheFuture) {
    FakeClock clock(10'000);
    HlcClock hlc("dev", clock);
    Hlc remote{10'000 + HlcClock::kMaxDriftMs + 1, 0, "other"};
    EXPECT_EQ(hlc.observe(remote).code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(hlc.now().wallMs, 10'000);
}

TEST(Hlc, CounterOverflowBorrowsTheNextMillisecond) {
    FakeClock clock(10'000);
    HlcClock hlc("dev", clock);
    Hlc last;
    for (int i = 0; i < 70'000; ++i) {
        Hlc h = hlc.now();
        ASSERT_LT(last, h);
        last = h;
    }
    EXPECT_EQ(last.wallMs, 10'001);
}

TEST(Hlc, RestoreResumesAfterPersistedClock) {
    FakeClock clock(10'000);
    HlcClock hlc("dev", clock);
    hlc.restore(Hlc{50'000, 9, "dev"});
    EXPECT_GT(hlc.now(), (Hlc{50'000, 9, "dev"}));
}

}  // namespace
}  // namespace rtw
