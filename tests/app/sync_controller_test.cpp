// The always-visible sync status: what it says in each state, the real
// number of changes waiting, and sign-in's checks and answers.
#include "qml/sync/sync_controller.h"

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace rtw::app::testing {
namespace {

/// A backend the test drives by hand: the engine's snapshots, scripted.
class ScriptedBackend : public SyncBackend {
public:
    bool available() const override { return true; }
    void signIn(const SignInRequest& request,
                std::function<void(Result<store::DeviceProfile>)> done) override {
        lastRequest = request;
        if (request.password == "right") {
            store::DeviceProfile p;
            p.userId = "7b1e0d6c-8c1e-4c53-9a3e-3b0f8f0b7a11";
            p.email = request.email;
            done(p);
        } else {
            done(Status::error(ErrorCode::Unauthenticated, "the email or password is wrong"));
        }
    }
    void syncNow() override { ++syncs; }
    SyncSnapshot snapshot() const override { return current; }
    void setListener(std::function<void(const SyncSnapshot&)> l) override { listener = l; }
    void report(SyncSnapshot s) {
        current = s;
        if (listener) listener(s);
    }
    SyncSnapshot current;
    SignInRequest lastRequest;
    int syncs = 0;
    std::function<void(const SyncSnapshot&)> listener;
};

TEST(SyncStatus, SaysWhereThingsStandInWords) {
    OpenStore s(true);
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    sync.refreshPending();
    ASSERT_TRUE(waitFor([&] { return sync.pendingChanges() > 0; }));
    const int waiting = static_cast<int>(s.run<Result<std::int64_t>>([](store::Store& st) {
                                              return st.records().pendingCount();
                                          }).value());
    EXPECT_EQ(sync.pendingChanges(), waiting) << "the outbox, not a guess";
    EXPECT_EQ(sync.summary(), QStringLiteral("%1 waiting").arg(waiting));

    backend->report({SyncSnapshot::Phase::Offline});
    ASSERT_TRUE(waitFor([&] { return sync.phase() == SyncController::Offline; }));
    EXPECT_EQ(sync.summary(), QStringLiteral("Offline · %1 waiting").arg(waiting));
    EXPECT_TRUE(sync.detail().contains("saved on this device"));

    backend->report({SyncSnapshot::Phase::Syncing, 40, 120});
    ASSERT_TRUE(waitFor([&] { return sync.phase() == SyncController::Syncing; }));
    EXPECT_EQ(sync.summary(), "Syncing 40 of 120");

    SyncSnapshot error{SyncSnapshot::Phase::Error};
    error.error = "the server refused this device's sign-in";
    error.action = "Sign in again";
    backend->report(error);
    ASSERT_TRUE(waitFor([&] { return sync.phase() == SyncController::Error; }));
    EXPECT_EQ(sync.summary(), "Sync problem");
    EXPECT_EQ(sync.errorAction(), "Sign in again");
    EXPECT_TRUE(sync.detail().startsWith("The server refused"));
    sync.syncNow();
    EXPECT_EQ(backend->syncs, 1);
}

TEST(SyncStatus, SyncedAtATime) {
    OpenStore s;
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    SyncSnapshot idle{SyncSnapshot::Phase::Idle};
    idle.lastSyncedMs = s.clock.nowMs() - 60'000;  // 08:59 GMT
    backend->report(idle);
    ASSERT_TRUE(waitFor([&] { return sync.phase() == SyncController::Idle; }));
    EXPECT_EQ(sync.summary(), "Synced 08:59");
}

TEST(SignIn, ChecksTheFormThenReportsTheServersAnswer) {
    OpenStore s;
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    sync.signIn("rtw.example", "not an email", "");
    EXPECT_EQ(sync.signInFieldErrors().size(), 3);
    EXPECT_TRUE(backend->lastRequest.email.empty()) << "nothing sent while the form is wrong";

    sync.signIn("https://rtw.example.nhs.uk", "ann@example.nhs.uk", "wrong");
    ASSERT_TRUE(waitFor([&] { return !sync.signingIn(); }));
    EXPECT_EQ(sync.signInError(), "The email or password is wrong.");

    std::optional<store::DeviceProfile> profile;
    QObject::connect(&sync, &SyncController::signedIn,
                     [&](const store::DeviceProfile& p) { profile = p; });
    sync.signIn("https://rtw.example.nhs.uk", " ann@example.nhs.uk ", "right");
    ASSERT_TRUE(waitFor([&] { return profile.has_value(); }));
    EXPECT_EQ(profile->email, "ann@example.nhs.uk");
    EXPECT_TRUE(sync.signInError().isEmpty());
}

TEST(SignIn, WithoutTheEngineItSaysSoPlainly) {
    OpenStore s;
    SyncController sync(s.store.get(), std::make_unique<UnavailableSyncBackend>());
    EXPECT_FALSE(sync.available());
    sync.signIn("https://rtw.example.nhs.uk", "ann@example.nhs.uk", "secret");
    ASSERT_TRUE(waitFor([&] { return !sync.signingIn(); }));
    EXPECT_TRUE(sync.signInError().contains("cannot connect to a server yet"));
}

}  // namespace
}  // namespace rtw::app::testing
