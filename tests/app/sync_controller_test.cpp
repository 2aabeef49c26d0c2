// The always-visible sync status: what it says in each state, the real
// number of changes waiting, and sign-in's checks and answers.
#include "qml/sync/sync_controller.h"

#include <gtest/gtest.h>

#include "app_test_support.h"
#include "qml/sync/engine_sync_backend.h"

namespace rtw::app::testing {
namespace {

/// A backend the test drives by hand: the engine's snapshots, scripted.
class ScriptedBackend : public SyncBackend {
public:
    bool available() const override { return true; }
    Result<store::DeviceProfile> signIn(store::Store&, const SignInRequest&) override {
        return Status::error(ErrorCode::Unsupported, "not used here");
    }
    Result<store::DeviceProfile> enrol(store::Store&, const EnrolRequest&) override {
        return Status::error(ErrorCode::Unsupported, "not used here");
    }
    void attach(std::shared_ptr<store::Store> s) override { attached = std::move(s); }
    void detach() override { attached.reset(); }
    void signOut(std::function<void()> done) override { done(); }
    void signInAgain(const SignInRequest& r, std::function<void(Status)> done) override {
        signInAgainRequests.push_back(r);
        done(r.password == "right" ? Status::ok()
                                   : Status::error(ErrorCode::Unauthenticated, "refused"));
    }
    void syncNow() override { ++syncs; }
    void localChangeMade() override { ++localChanges; }
    void setOnline(bool) override {}
    SyncSnapshot snapshot() const override { return current; }
    void setListener(std::function<void(const SyncSnapshot&)> l) override { listener = l; }
    void report(SyncSnapshot s) {
        current = s;
        if (listener) listener(s);
    }
    SyncSnapshot current;
    int syncs = 0;
    int localChanges = 0;
    std::shared_ptr<store::Store> attached;
    std::function<void(const SyncSnapshot&)> listener;
    std::vector<SignInRequest> signInAgainRequests;
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

TEST(SyncStatus, TheEngineHoldsTheStoreOnlyWhileItIsOpenAndHearsOfLocalWrites) {
    OpenStore s;
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    s.reopen();  // close (detach) and open (attach) again
    ASSERT_TRUE(backend->attached != nullptr);
    std::optional<Status> done;
    s.store->write<Status>(
        &s.context, QString(),
        [](store::Store& st) {
            return st.records()
                .create("case", "",
                        {{"practiceId", "P81001"},
                         {"adviserId", "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11"},
                         {"status", "active"},
                         {"openedOn", "2026-11-24"}})
                .status();
        },
        [&](Status st) { done = st; });
    ASSERT_TRUE(waitFor([&] { return done.has_value(); }));
    EXPECT_EQ(backend->localChanges, 1) << "a local save asks the engine to push soon";
    s.store->close();
    EXPECT_EQ(backend->attached, nullptr) << "a locked store is not synced";
}

TEST(SyncStatus, EveryFinishedSyncRefreshesTheScreensEvenOneTooQuickToBeSeen) {
    OpenStore s;
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    int refreshes = 0;
    QObject::connect(s.store.get(), &DeviceStore::dataChanged, &s.context, [&](const QString& id) {
        if (id.isEmpty()) ++refreshes;  // "every list, read again"
    });
    SyncSnapshot snap;
    snap.phase = SyncSnapshot::Phase::Syncing;
    backend->report(snap);
    snap.phase = SyncSnapshot::Phase::Idle;
    snap.lastSyncedMs = s.clock.nowMs();
    backend->report(snap);
    ASSERT_TRUE(waitFor([&] { return refreshes == 1; })) << "a cycle seen to end";
    // The next cycle started and ended between two reports: only the time
    // of the last sync tells (it may have purged a case the screens show).
    snap.lastSyncedMs += 60'000;
    backend->report(snap);
    ASSERT_TRUE(waitFor([&] { return refreshes == 2; })) << "a cycle too quick to be seen";
}

TEST(SyncStatus, ARevokedDeviceIsErasedAndSaysWhy) {
    OpenStore s;
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    QString why;
    QObject::connect(&sync, &SyncController::deviceErased, [&](const QString& m) { why = m; });
    SyncSnapshot wiped;
    wiped.wiped = true;
    wiped.error = "this device was revoked by your service";
    backend->report(wiped);
    ASSERT_TRUE(waitFor([&] { return !why.isEmpty(); }));
    EXPECT_EQ(why, "This device was revoked by your service.");
}

TEST(SyncStatus, AnEndedSessionIsMendedBySigningInAgainWithThePassword) {
    OpenStore s(true);
    auto owned = std::make_unique<ScriptedBackend>();
    ScriptedBackend* backend = owned.get();
    SyncController sync(s.store.get(), std::move(owned));
    EXPECT_FALSE(sync.signInNeeded());
    SyncSnapshot ended;
    ended.phase = SyncSnapshot::Phase::Error;
    ended.action = "Sign in again";
    ended.signInNeeded = true;
    backend->report(ended);
    ASSERT_TRUE(waitFor([&] { return sync.signInNeeded(); }));
    EXPECT_EQ(sync.errorAction(), "Sign in again");

    int mended = 0;
    QObject::connect(&sync, &SyncController::signedInAgain, [&] { ++mended; });
    sync.signInAgain("");
    EXPECT_EQ(sync.signInError(), "Enter your password.");
    EXPECT_TRUE(backend->signInAgainRequests.empty()) << "nothing sent without a password";

    sync.signInAgain("wrong");
    ASSERT_TRUE(waitFor([&] { return !sync.signInBusy(); }));
    EXPECT_TRUE(sync.signInError().contains("not right")) << sync.signInError().toStdString();
    EXPECT_EQ(mended, 0);

    sync.signInAgain("right");
    ASSERT_TRUE(waitFor([&] { return mended == 1; }));
    EXPECT_TRUE(sync.signInError().isEmpty());
    ASSERT_EQ(backend->signInAgainRequests.size(), 2u);
    EXPECT_EQ(backend->signInAgainRequests.back().email, s.store->profile().email)
        << "the same account, never another";
    EXPECT_EQ(backend->signInAgainRequests.back().serverUrl, s.store->profile().serverUrl);
    EXPECT_TRUE(s.store->isOpen()) << "the store stays as it is";
}

TEST(SyncStatus, TheEnginesStateReadsInTheAppsTerms) {
    sync::SyncStatus syncing;
    syncing.phase = sync::SyncPhase::Syncing;
    syncing.done = 40;
    syncing.total = 120;
    syncing.initialSync = true;
    SyncSnapshot s = EngineSyncBackend::toSnapshot(syncing);
    EXPECT_EQ(s.phase, SyncSnapshot::Phase::Syncing);
    EXPECT_EQ(s.done, 40);
    EXPECT_EQ(s.total, 120);
    EXPECT_TRUE(s.initialSync);

    sync::SyncStatus failing;
    failing.phase = sync::SyncPhase::Error;
    failing.action = sync::SyncAction::SignInAgain;
    failing.message = "your session has ended";
    failing.lastSyncedMs = 1764000000000;
    s = EngineSyncBackend::toSnapshot(failing);
    EXPECT_EQ(s.phase, SyncSnapshot::Phase::Error);
    EXPECT_EQ(s.action, "Sign in again");
    EXPECT_EQ(s.error, "your session has ended");
    EXPECT_EQ(s.lastSyncedMs, 1764000000000);

    sync::SyncStatus synced;
    synced.phase = sync::SyncPhase::Synced;
    synced.rejected = 2;
    EXPECT_EQ(EngineSyncBackend::toSnapshot(synced).phase, SyncSnapshot::Phase::Idle);
    EXPECT_EQ(EngineSyncBackend::toSnapshot(synced).rejected, 2);
    EXPECT_EQ(EngineSyncBackend::toSnapshot({}).phase, SyncSnapshot::Phase::NotSignedIn);

    sync::ApiError refused;
    refused.kind = sync::ApiFailure::Unauthenticated;
    EXPECT_EQ(EngineSyncBackend::toStatus(refused).code(), ErrorCode::Unauthenticated);
    sync::ApiError unreachable;
    unreachable.kind = sync::ApiFailure::Network;
    EXPECT_EQ(EngineSyncBackend::toStatus(unreachable).code(), ErrorCode::Io);
    EXPECT_TRUE(EngineSyncBackend::toStatus(unreachable).message().find("could not be reached") !=
                std::string::npos);
}

TEST(SignIn, TheFormIsCheckedBeforeAnythingIsSent) {
    OpenStore s;
    SyncController sync(s.store.get(), std::make_unique<ScriptedBackend>());
    const auto problems = sync.signInProblems("rtw.example", "not an email", "");
    EXPECT_EQ(problems.size(), 3);
    EXPECT_TRUE(
        sync.signInProblems("https://rtw.example.nhs.uk", "ann@example.nhs.uk", "x").isEmpty());
    QVariantMap fields;
    QString message;
    SyncController::explainSignInFailure(Status::error(ErrorCode::Unauthenticated, "x"), &fields,
                                         &message);
    EXPECT_TRUE(fields.value("password").toString().contains("not right"));
    fields.clear();
    SyncController::explainSignInFailure(Status::error(ErrorCode::Io, "connection refused"),
                                         &fields, &message);
    EXPECT_TRUE(fields.value("serverUrl").toString().contains("could not be reached"));
}

}  // namespace
}  // namespace rtw::app::testing
