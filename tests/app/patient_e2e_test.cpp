// A patient, as a new user would, against the real rtw-server on loopback:
// a wrong invite code leaves nothing on the device; the right one makes the
// encrypted store with the patient's role, and the first sync brings their
// case. A check-in made offline waits in the outbox, goes up when the
// connection returns, and the adviser's device sees it after its own sync,
// with a goal the patient suggested.
#include <gtest/gtest.h>

#include <string>

#include "app_test_support.h"
#include "e2e_device.h"
#include "qml/components/patient_context.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goals_controller.h"
#include "qml/patient/patient_goals_controller.h"
#include "qml/patient/today_controller.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"
#include "test_server.h"

namespace rtw::app::testing {
namespace {

using Device = E2eDevice;

template <typename C>
bool opened(C& c, Device& d, const QString& caseId) {
    c.setStore(d.store.get());
    c.setCaseId(caseId);
    return waitFor([&] { return c.loaded(); }, 30000);
}

TEST(PatientEndToEnd, EnrolsByInviteChecksInOfflineAndTheAdviserSeesItAfterSync) {
    testsupport::TestServer server;
    const auto ann = server.signIn(server.adviser(), "Ann's laptop");
    const std::string caseId = server.createCase(ann);
    QTemporaryDir dir;
    Device phone(toStd(dir.path()) + "/phone");
    const QString url = QString::fromStdString(server.baseUrl());

    // A wrong code: a clear message beside the code, and no store.
    phone.session->enrol(url, "ZZZZZ-ZZZZZ", "pat@example.com", "Pat Patient",
                         "a long patient password", kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !phone.session->busy(); }, 30000));
    EXPECT_EQ(phone.session->state(), SessionController::SignIn);
    EXPECT_TRUE(phone.session->fieldErrors().value("code").toString().contains("Ask your adviser"))
        << phone.session->fieldErrors().keys().join(",").toStdString() << " "
        << phone.session->error().toStdString();
    EXPECT_FALSE(phone.store->exists()) << "a refused enrolment leaves nothing on the device";

    auto invite = server.client(ann.accessToken).post("/v1/invites", {{"caseId", caseId}});
    ASSERT_EQ(invite.status, 201) << invite.body;
    const QString code = QString::fromStdString(invite.json()["code"].get<std::string>());
    phone.session->enrol(url, code.toLower(), "pat@example.com", "Pat Patient",
                         "a long patient password", kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !phone.session->busy(); }, 30000));
    ASSERT_EQ(phone.session->state(), SessionController::Unlocked)
        << phone.session->error().toStdString() << " "
        << phone.session->fieldErrors().keys().join(",").toStdString();
    EXPECT_EQ(phone.store->userRole(), "patient");

    PatientContext context;
    context.setStore(phone.store.get());
    ASSERT_TRUE(waitFor([&] { return context.caseId() == QString::fromStdString(caseId); }, 30000))
        << "the first sync brings the patient's case";
    ASSERT_TRUE(waitFor([&] { return phone.sync->phase() == SyncController::Idle; }, 30000));

    // Offline: the check-in and a suggested goal wait on the device.
    phone.sync->setOnline(false);
    TodayController today;
    ASSERT_TRUE(opened(today, phone, context.caseId()));
    today.saveCheckIn({{"pain", 7},
                       {"interference", 5},
                       {"mood", 2},
                       {"sleepQuality", 3},
                       {"pacingDone", "some"},
                       {"hoursWorked", ""},
                       {"note", "Bad night"}});
    ASSERT_TRUE(waitFor([&] { return today.checkedIn(); }));
    PatientGoalsController goals;
    ASSERT_TRUE(opened(goals, phone, context.caseId()));
    QVariantMap suggestion = goals.suggestionForm();
    suggestion["what"] = "Answer emails";
    suggestion["amount"] = "20";
    goals.suggest(suggestion);
    ASSERT_TRUE(waitFor([&] { return goals.goals()->count() == 1; }));
    phone.sync->refreshPending();
    ASSERT_TRUE(waitFor([&] { return phone.sync->pendingChanges() == 2; }))
        << phone.sync->pendingChanges();
    EXPECT_EQ(server.client(ann.accessToken).pull("0", 1000).body.find("Bad night"),
              std::string::npos)
        << "nothing left the device while offline";

    // Back online: it goes up, and nothing was refused.
    phone.sync->setOnline(true);
    phone.sync->syncNow();
    ASSERT_TRUE(waitFor([&] { return phone.sync->pendingChanges() == 0; }, 30000));
    ASSERT_TRUE(waitFor([&] { return phone.sync->phase() == SyncController::Idle; }, 30000));

    // The adviser's device, signed in fresh, syncs and sees both.
    Device laptop(toStd(dir.path()) + "/laptop");
    laptop.session->signIn(url, QString::fromStdString(server.adviser().email),
                           QString::fromStdString(server.adviser().password), kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !laptop.session->busy(); }, 30000));
    ASSERT_EQ(laptop.session->state(), SessionController::Unlocked)
        << laptop.session->error().toStdString();
    GoalsController adviser;
    adviser.setStore(laptop.store.get());
    adviser.setCaseId(QString::fromStdString(caseId));
    ASSERT_TRUE(waitFor(
        [&] {
            return adviser.checkIns().value("summary").toString().contains("pain averaged 7.0");
        },
        30000))
        << adviser.checkIns().value("summary").toString().toStdString();
    ASSERT_TRUE(waitFor([&] { return adviser.goals()->count() == 1; }, 30000));
    EXPECT_EQ(adviser.goals()->get(0).value("status").toString(), "proposed");
    EXPECT_EQ(adviser.goals()->get(0).value("what").toString(), "Answer emails");
}

}  // namespace
}  // namespace rtw::app::testing
