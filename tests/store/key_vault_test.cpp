// The passcode-wrapped data key: lockout schedule, wipe, re-wrap.
#include <gtest/gtest.h>

#include "crypto/key_vault.h"
#include "store_test_support.h"

#include <cstring>
#include <fstream>

namespace rtw::testing {
namespace {

using crypto::KdfParams;
using crypto::KeyVault;

TEST(KeyVault, UnlockReturnsTheSameKeyItCreated) {
    TempDir dir;
    FakeClock clock;
    KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests());
    auto made = vault.create(kPasscode);
    ASSERT_TRUE(made.isOk()) << made.status().message();
    auto opened = vault.unlock(kPasscode);
    ASSERT_TRUE(opened.isOk());
    EXPECT_EQ(0, std::memcmp(made->data(), opened->data(), crypto::kKeyBytes));
}

TEST(KeyVault, RandomKeysDiffer) {
    TempDir a, b;
    FakeClock clock;
    auto k1 = KeyVault(a.path() / "k", clock, KdfParams::minimumForTests()).create(kPasscode);
    auto k2 = KeyVault(b.path() / "k", clock, KdfParams::minimumForTests()).create(kPasscode);
    ASSERT_TRUE(k1.isOk() && k2.isOk());
    EXPECT_NE(0, std::memcmp(k1->data(), k2->data(), crypto::kKeyBytes));
}

TEST(KeyVault, EscalatingDelayAfterFreeAttempts) {
    TempDir dir;
    FakeClock clock;
    KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests());
    ASSERT_TRUE(vault.create(kPasscode).isOk());
    for (int i = 1; i <= 3; ++i) {
        auto r = vault.unlock("wrong-passcode");
        EXPECT_EQ(r.status().code(), ErrorCode::WrongPasscode);
        EXPECT_EQ(vault.failedAttempts(), i);
    }
    // The third failure is still free: the right passcode works at once.
    // A fourth failure starts a 30 s delay, during which even the right one is refused.
    EXPECT_EQ(vault.unlock("wrong-passcode").status().code(), ErrorCode::WrongPasscode);
    auto locked = vault.unlock(kPasscode);
    EXPECT_EQ(locked.status().code(), ErrorCode::LockedOut);
    EXPECT_NE(locked.status().message().find("30 seconds"), std::string::npos)
        << locked.status().message();
    EXPECT_EQ(vault.failedAttempts(), 4) << "attempts during a delay are not counted";
    EXPECT_EQ(vault.lockedUntilMs(), clock.nowMs() + 30'000) << "the UI counts down to this";
    clock.advance(30'000);
    EXPECT_EQ(vault.unlock("wrong-passcode").status().code(), ErrorCode::WrongPasscode);
    auto longer = vault.unlock(kPasscode);
    EXPECT_NE(longer.status().message().find("60 seconds"), std::string::npos)
        << longer.status().message();
    clock.advance(60'000);
    ASSERT_TRUE(vault.unlock(kPasscode).isOk());
    EXPECT_EQ(vault.failedAttempts(), 0) << "success resets the count";
    EXPECT_EQ(vault.lockedUntilMs(), 0);
}

TEST(KeyVault, CountSurvivesRestart) {
    TempDir dir;
    FakeClock clock;
    {
        KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests());
        ASSERT_TRUE(vault.create(kPasscode).isOk());
        for (int i = 0; i < 4; ++i) (void)vault.unlock("wrong-passcode");
    }
    KeyVault again(dir.path() / "k", clock, KdfParams::minimumForTests());
    EXPECT_EQ(again.failedAttempts(), 4);
    EXPECT_EQ(again.unlock(kPasscode).status().code(), ErrorCode::LockedOut);
}

TEST(KeyVault, TooManyFailuresDestroyTheKey) {
    TempDir dir;
    FakeClock clock;
    bool wiped = false;
    crypto::LockoutPolicy policy;
    policy.wipeAfter = 6;
    KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests(), policy,
                   [&] { wiped = true; });
    ASSERT_TRUE(vault.create(kPasscode).isOk());
    Status last;
    for (int i = 0; i < 6; ++i) {
        clock.advance(3'600'000);
        last = vault.unlock("wrong-passcode").status();
        if (i < 5) {
            EXPECT_EQ(last.code(), ErrorCode::WrongPasscode);
        }
    }
    EXPECT_EQ(last.code(), ErrorCode::LockedOut);
    EXPECT_NE(last.message().find("erased"), std::string::npos);
    EXPECT_TRUE(wiped);
    EXPECT_FALSE(vault.exists());
    EXPECT_EQ(vault.unlock(kPasscode).status().code(), ErrorCode::NotFound);
}

TEST(KeyVault, WrongPasscodeMessageSaysAttemptsLeft) {
    TempDir dir;
    FakeClock clock;
    KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests());
    ASSERT_TRUE(vault.create(kPasscode).isOk());
    auto r = vault.unlock("wrong-passcode");
    EXPECT_NE(r.status().message().find("9 attempts left"), std::string::npos)
        << r.status().message();
}

TEST(KeyVault, ChangedKdfParametersAreDetected) {
    TempDir dir;
    FakeClock clock;
    KeyVault vault(dir.path() / "k", clock, KdfParams::minimumForTests());
    ASSERT_TRUE(vault.create(kPasscode).isOk());
    // Tamper with the (authenticated) opslimit: the key must not unwrap.
    std::string text = fileBytes(dir.path() / "k");
    const auto pos = text.find("\"opslimit\": 1");
    ASSERT_NE(pos, std::string::npos) << text;
    text.replace(pos, 13, "\"opslimit\": 2");
    std::ofstream(dir.path() / "k", std::ios::trunc) << text;
    EXPECT_EQ(vault.unlock(kPasscode).status().code(), ErrorCode::WrongPasscode);
}

TEST(KeyVault, PasscodeRules) {
    EXPECT_FALSE(crypto::checkNewPasscode("12345").isOk());
    EXPECT_EQ(crypto::checkNewPasscode("12345").fieldErrors().at(0).field, "passcode");
    EXPECT_TRUE(crypto::checkNewPasscode("123456").isOk());
    EXPECT_FALSE(crypto::checkNewPasscode(std::string(129, 'a')).isOk());
}

}  // namespace
}  // namespace rtw::testing
