// The session: create a passcode, unlock, wrong passcodes and their delay,
// auto-lock on idle and in the background, change passcode, sign out.
#include "qml/session/session_controller.h"

#include <gtest/gtest.h>

#include "app_test_support.h"
#include "qml/components/qt_convert.h"

namespace rtw::app::testing {
namespace {

class Session : public ::testing::Test {
protected:
    void SetUp() override {
        store =
            std::make_unique<DeviceStore>(toStd(dir.path()) + "/store", clock, testStoreOptions());
        session = std::make_unique<SessionController>(store.get(), clock);
    }
    void TearDown() override { store->waitForIdle(); }
    void createAndUnlock() {
        session->setDemoSeed([](store::Store&) { return Status::ok(); });
        ASSERT_EQ(session->state(), SessionController::CreatePasscode);
        session->createPasscode(kPasscode, kPasscode);
        ASSERT_TRUE(waitFor([&] { return session->state() == SessionController::Unlocked; }));
    }
    void lockAndWait() {
        session->lock();
        store->waitForIdle();
    }
    void unlockWith(const QString& passcode) {
        session->unlock(passcode);
        ASSERT_TRUE(waitFor([&] { return !session->busy(); }));
    }

    QTemporaryDir dir;
    FakeClock clock{1'795'510'800'000};
    std::unique_ptr<DeviceStore> store;
    std::unique_ptr<SessionController> session;
};

TEST_F(Session, WithNoStoreItAsksToSignIn) {
    EXPECT_EQ(session->state(), SessionController::SignIn);
    EXPECT_FALSE(session->demo());
}

TEST_F(Session, CreatingAPasscodeChecksItAndOpensTheNewStore) {
    session->setDemoSeed([](store::Store&) { return Status::ok(); });
    session->createPasscode("abc", "abc");
    EXPECT_TRUE(session->fieldErrors().value("passcode").toString().contains("at least 6"));
    session->createPasscode("long enough", "long enougj");
    EXPECT_EQ(session->fieldErrors().value("confirm").toString(),
              "The two passcodes are different.");
    EXPECT_FALSE(store->exists()) << "nothing is written while the form is wrong";
    session->createPasscode(kPasscode, kPasscode);
    EXPECT_TRUE(session->busy()) << "key derivation runs off the UI thread, with a busy state";
    ASSERT_TRUE(waitFor([&] { return session->state() == SessionController::Unlocked; }));
    EXPECT_TRUE(store->isOpen());
}

TEST_F(Session, WrongPasscodesSayWhatIsLeftThenMakeYouWait) {
    createAndUnlock();
    lockAndWait();
    ASSERT_EQ(session->state(), SessionController::Locked);
    EXPECT_FALSE(store->isOpen());
    for (int i = 0; i < 3; ++i) unlockWith("wrong passcode");
    EXPECT_TRUE(session->error().startsWith("Wrong passcode; 7 attempts left"))
        << session->error().toStdString();
    EXPECT_EQ(session->retrySeconds(), 0) << "three are free";
    unlockWith("wrong passcode");
    EXPECT_EQ(session->retrySeconds(), 30);
    session->unlock(kPasscode);  // refused during the delay, without trying
    EXPECT_TRUE(session->error().contains("Wait 30 seconds")) << session->error().toStdString();
    EXPECT_EQ(session->state(), SessionController::Locked);
    clock.advance(30'000);
    session->checkIdle();
    EXPECT_EQ(session->retrySeconds(), 0);
    unlockWith(kPasscode);
    EXPECT_EQ(session->state(), SessionController::Unlocked);
    EXPECT_TRUE(session->error().isEmpty());
}

TEST_F(Session, LocksAfterTheIdleTimeAndInTheBackground) {
    createAndUnlock();
    session->setAutoLockMinutes(2);
    clock.advance(119'000);
    session->checkIdle();
    EXPECT_EQ(session->state(), SessionController::Unlocked);
    session->noteActivity();
    clock.advance(119'000);
    session->checkIdle();
    EXPECT_EQ(session->state(), SessionController::Unlocked) << "activity restarts the wait";
    clock.advance(1'000);
    session->checkIdle();
    EXPECT_EQ(session->state(), SessionController::Locked);
    store->waitForIdle();
    EXPECT_FALSE(store->isOpen());

    unlockWith(kPasscode);
    session->applicationStateChanged(Qt::ApplicationInactive);
    EXPECT_EQ(session->state(), SessionController::Unlocked) << "a dialog is not the background";
    session->applicationStateChanged(Qt::ApplicationSuspended);
    EXPECT_EQ(session->state(), SessionController::Locked);
}

TEST_F(Session, ChangingThePasscodeNeedsTheOldOne) {
    createAndUnlock();
    session->changePasscode("", "new passcode 1", "new passcode 1");
    EXPECT_TRUE(session->fieldErrors().contains("oldPasscode"));
    session->changePasscode("not it", "new passcode 1", "new passcode 1");
    ASSERT_TRUE(waitFor([&] { return !session->busy(); }));
    EXPECT_TRUE(session->fieldErrors().value("oldPasscode").toString().contains("Wrong passcode"));
    bool changed = false;
    QObject::connect(session.get(), &SessionController::passcodeChanged, [&] { changed = true; });
    session->changePasscode(kPasscode, "new passcode 1", "new passcode 1");
    ASSERT_TRUE(waitFor([&] { return changed; }));
    lockAndWait();
    unlockWith(kPasscode);
    EXPECT_EQ(session->state(), SessionController::Locked) << "the old passcode no longer works";
    unlockWith("new passcode 1");
    EXPECT_EQ(session->state(), SessionController::Unlocked);
}

TEST_F(Session, SignOutErasesTheStore) {
    createAndUnlock();
    session->signOutAndErase();
    ASSERT_TRUE(waitFor([&] { return !session->busy(); }));
    EXPECT_FALSE(store->exists());
    EXPECT_EQ(session->state(), SessionController::CreatePasscode) << "demo: make a new one";
}

}  // namespace
}  // namespace rtw::app::testing
