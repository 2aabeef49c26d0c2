#include <gtest/gtest.h>

#include <cstdlib>

#include "platform/auto_lock.h"
#include "platform/paths.h"

namespace rtw::platform {
namespace {

TEST(AutoLock, LocksAfterIdleTime) {
    FakeClock clock;
    AutoLock lock(clock, 60'000);
    EXPECT_FALSE(lock.shouldLock());
    clock.advance(59'999);
    EXPECT_FALSE(lock.shouldLock());
    EXPECT_EQ(lock.msUntilLock(), 1);
    clock.advance(1);
    EXPECT_TRUE(lock.shouldLock());
}

TEST(AutoLock, ActivityPostponesTheLock) {
    FakeClock clock;
    AutoLock lock(clock, 60'000);
    clock.advance(50'000);
    lock.noteActivity();
    clock.advance(50'000);
    EXPECT_FALSE(lock.shouldLock());
}

TEST(AutoLock, BackgroundLocksAtOnceUntilUnlocked) {
    FakeClock clock;
    AutoLock lock(clock);
    lock.enteredBackground();
    EXPECT_TRUE(lock.shouldLock());
    lock.noteActivity();
    EXPECT_TRUE(lock.shouldLock()) << "activity does not undo backgrounding; only unlocking does";
    lock.unlocked();
    EXPECT_FALSE(lock.shouldLock());
}

TEST(AutoLock, IdleTimeIsClamped) {
    FakeClock clock;
    AutoLock lock(clock, 1);
    EXPECT_EQ(lock.idleMs(), AutoLock::kMinIdleMs);
    lock.setIdleMs(24LL * 3600 * 1000);
    EXPECT_EQ(lock.idleMs(), AutoLock::kMaxIdleMs);
}

TEST(Paths, DataDirectoryHonoursOverride) {
    const auto dir = std::filesystem::temp_directory_path() / "rtw-paths-test";
    std::filesystem::remove_all(dir);
    ::setenv("RTW_DATA_DIR", dir.c_str(), 1);
    auto got = dataDirectory();
    ::unsetenv("RTW_DATA_DIR");
    ASSERT_TRUE(got.isOk());
    EXPECT_EQ(*got, dir);
    EXPECT_TRUE(std::filesystem::is_directory(dir));
    const auto perms = std::filesystem::status(dir).permissions();
    EXPECT_EQ(perms & std::filesystem::perms::others_all, std::filesystem::perms::none);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rtw::platform
