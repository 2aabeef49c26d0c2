// First sign-in and sync against the real rtw-server on loopback: a wrong
// password leaves nothing on the device; the right one makes the encrypted
// store, keeps who signed in, downloads the caseload, and a note written in
// the app reaches the server.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app_test_support.h"
#include "e2e_device.h"
#include "qml/caseload/caseload_model.h"
#include "qml/components/qt_convert.h"
#include "qml/notes/note_editor_controller.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"
#include "test_server.h"

namespace rtw::app::testing {
namespace {

class FirstSignIn : public ::testing::Test {
protected:
    void SetUp() override {
        ann = server.signIn(server.adviser(), "Ann's other device");
        caseId = server.createCase(ann);
        device = std::make_unique<E2eDevice>(toStd(dir.path()) + "/store");
        store = device->store.get();
        sync = device->sync.get();
        session = device->session.get();
    }
    void TearDown() override { device.reset(); }
    void signInWith(const std::string& password) {
        session->signIn(QString::fromStdString(server.baseUrl()),
                        QString::fromStdString(server.adviser().email),
                        QString::fromStdString(password), kPasscode, kPasscode);
        ASSERT_TRUE(waitFor([&] { return !session->busy(); }, 30000));
    }

    testsupport::TestServer server;
    testsupport::TestSession ann;
    std::string caseId;
    QTemporaryDir dir;
    std::unique_ptr<E2eDevice> device;
    DeviceStore* store = nullptr;
    SyncController* sync = nullptr;
    SessionController* session = nullptr;
};

TEST_F(FirstSignIn, AWrongPasswordLeavesNothingOnTheDevice) {
    ASSERT_EQ(session->state(), SessionController::SignIn);
    signInWith("not the password at all");
    EXPECT_EQ(session->state(), SessionController::SignIn);
    EXPECT_TRUE(session->fieldErrors().value("password").toString().contains("not right"))
        << session->fieldErrors().keys().join(",").toStdString() << " "
        << session->error().toStdString();
    EXPECT_FALSE(store->exists()) << "no store for someone the server did not let in";
}

TEST_F(FirstSignIn, MakesTheStoreSyncsTheCaseloadAndPushesANote) {
    signInWith(server.adviser().password);
    ASSERT_EQ(session->state(), SessionController::Unlocked) << session->error().toStdString();
    EXPECT_EQ(store->profile().userId, server.adviser().id);
    EXPECT_EQ(store->profile().practiceId, server.practiceId());

    CaseloadModel caseload;
    caseload.setStore(store);
    ASSERT_TRUE(waitFor([&] { return caseload.count() == 1; }, 30000)) << "the initial sync";
    EXPECT_EQ(caseload.caseIdAt(0).toStdString(), caseId);
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000));
    EXPECT_TRUE(sync->summary().startsWith("Synced")) << sync->summary().toStdString();

    NoteEditorController note;
    note.setStore(store);
    note.setCaseId(caseload.caseIdAt(0));
    bool saved = false;
    QObject::connect(&note, &NoteEditorController::saved, [&] { saved = true; });
    note.save({{"text", "Phoned the client: agreed to meet at the library."}});
    ASSERT_TRUE(waitFor([&] { return saved; }));
    // The engine hears of the save and pushes it without being asked.
    auto client = server.client(ann.accessToken);
    ASSERT_TRUE(waitFor(
        [&] {
            return client.pull("0", 1000).body.find("agreed to meet at the library") !=
                   std::string::npos;
        },
        30000))
        << "the note reaches the server";
    ASSERT_TRUE(waitFor([&] { return sync->pendingChanges() == 0; }, 30000));

    // Locking stops the engine with the store; unlocking starts it again.
    session->lock();
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::NotSignedIn; }));
    session->unlock(kPasscode);
    ASSERT_TRUE(waitFor([&] { return session->state() == SessionController::Unlocked; }, 30000));
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000));
}

TEST_F(FirstSignIn, AnEndedSessionIsMendedWithThePasswordAndNothingWaitingIsLost) {
    signInWith(server.adviser().password);
    ASSERT_EQ(session->state(), SessionController::Unlocked) << session->error().toStdString();
    CaseloadModel caseload;
    caseload.setStore(store);
    ASSERT_TRUE(waitFor([&] { return caseload.count() == 1; }, 30000));
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000));

    // A month without a connection: on the server both tokens have expired.
    server.clock().advance(31LL * 24 * 3600 * 1000);
    sync->syncNow();
    ASSERT_TRUE(waitFor([&] { return sync->signInNeeded(); }, 30000))
        << sync->detail().toStdString();
    EXPECT_EQ(sync->errorAction(), "Sign in again");

    // Work goes on meanwhile and waits on the device.
    NoteEditorController note;
    note.setStore(store);
    note.setCaseId(caseload.caseIdAt(0));
    bool saved = false;
    QObject::connect(&note, &NoteEditorController::saved, [&] { saved = true; });
    note.save({{"text", "Written while the session had ended."}});
    ASSERT_TRUE(waitFor([&] { return saved; }));
    ASSERT_TRUE(waitFor([&] { return sync->pendingChanges() > 0; }));

    sync->signInAgain("not the password");
    ASSERT_TRUE(waitFor([&] { return !sync->signInBusy(); }, 30000));
    EXPECT_TRUE(sync->signInError().contains("not right")) << sync->signInError().toStdString();
    EXPECT_TRUE(sync->signInNeeded());

    bool mended = false;
    QObject::connect(sync, &SyncController::signedInAgain, [&] { mended = true; });
    sync->signInAgain(QString::fromStdString(server.adviser().password));
    ASSERT_TRUE(waitFor([&] { return mended; }, 30000)) << sync->signInError().toStdString();
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000))
        << sync->detail().toStdString();
    // The count re-reads the outbox after the sync ends.
    ASSERT_TRUE(waitFor([&] { return sync->pendingChanges() == 0; }, 30000));
    EXPECT_EQ(caseload.count(), 1) << "the store was kept, not made again";
    const auto fresh = server.signIn(server.adviser(), "a check");
    EXPECT_NE(
        server.client(fresh.accessToken).pull("0", 1000).body.find("Written while the session"),
        std::string::npos)
        << "the change that waited reached the server";
}

TEST_F(FirstSignIn, SigningOutEndsTheSessionOnTheServerAndErasesTheDevice) {
    signInWith(server.adviser().password);
    ASSERT_EQ(session->state(), SessionController::Unlocked) << session->error().toStdString();
    // The device's own access token, as the engine keeps it in the store.
    QObject context;
    std::optional<std::string> token;
    store->run<Result<std::string>>(
        &context,
        [](store::Store& s) -> Result<std::string> {
            auto v = s.sync().value("session");
            if (!v) return v.status();
            if (!v->has_value()) return std::string();
            return nlohmann::json::parse(**v).value("accessToken", std::string());
        },
        [&](Result<std::string> t) { token = t ? *t : std::string(); });
    ASSERT_TRUE(waitFor([&] { return token.has_value(); }));
    ASSERT_FALSE(token->empty());
    ASSERT_EQ(server.client(*token).pull("0", 1).status, 200);

    session->signOutAndErase();
    ASSERT_TRUE(waitFor(
        [&] { return !session->busy() && session->state() == SessionController::SignIn; }, 30000))
        << session->error().toStdString();
    EXPECT_FALSE(store->exists()) << "nothing left on the device";
    EXPECT_EQ(sync->phase(), SyncController::NotSignedIn);
    EXPECT_EQ(server.client(*token).pull("0", 1).status, 401) << "the session ended on the server";
}

}  // namespace
}  // namespace rtw::app::testing
