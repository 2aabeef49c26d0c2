// The patient's "My sharing" page against the real rtw-server on loopback:
// the employer opens their link, the patient syncs and sees that view in
// "when my employer looked"; then the patient stops sharing in one step —
// the page shows it at once — and once the phone has synced the employer's
// link answers 410 Gone.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app_test_support.h"
#include "case_section_support.h"
#include "e2e_device.h"
#include "qml/components/qt_convert.h"
#include "qml/mysharing/sharing_controller.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"
#include "shared_plan.h"
#include "test_server.h"
#include "util/random_id.h"

namespace rtw::app::testing {
namespace {

using nlohmann::json;

class PatientSharing : public ::testing::Test {
protected:
    void SetUp() override {
        ann = server.signIn(server.adviser(), "Ann's tablet");
        caseId = server.createCase(ann);
        eve = server.createEmployerContact("Eve Employer");
        patient = server.enrolPatient(ann, caseId).first;
        const auto shared = testsupport::shareFullPlan(server, ann, caseId, eve.id, "Eve Employer");
        grantId = shared.grantId;
        employerPath = shared.path;
        ASSERT_FALSE(employerPath.empty());

        device = std::make_unique<E2eDevice>(toStd(dir.path()) + "/store");
        store = device->store.get();
        sync = device->sync.get();
        session = device->session.get();
    }
    void TearDown() override { device.reset(); }
    int employerGet() { return server.client().http().request("GET", employerPath).status; }
    testsupport::TestServer server;
    testsupport::TestSession ann;
    testsupport::TestAccount eve, patient;
    std::string caseId, grantId, employerPath;
    QTemporaryDir dir;
    std::unique_ptr<E2eDevice> device;
    DeviceStore* store = nullptr;
    SyncController* sync = nullptr;
    SessionController* session = nullptr;
};

TEST_F(PatientSharing, ViewsReachThePatientAndWithdrawingClosesTheEmployersLink) {
    session->signIn(QString::fromStdString(server.baseUrl()), QString::fromStdString(patient.email),
                    QString::fromStdString(patient.password), kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !session->busy(); }, 30000));
    ASSERT_EQ(session->state(), SessionController::Unlocked) << session->error().toStdString();
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000));

    SharingController sharing;
    sharing.setStore(store);
    sharing.setCaseId(QString::fromStdString(caseId));
    ASSERT_TRUE(waitFor([&] { return sharing.people()->count() == 1; }, 30000));
    EXPECT_TRUE(sharing.people()->get(0).value("granted").toBool());
    EXPECT_EQ(sharing.people()->get(0).value("name").toString(), "Eve Employer");
    EXPECT_EQ(sharing.views()->count(), 0);

    // The employer opens the link; the patient's next sync brings the view.
    ASSERT_EQ(employerGet(), 200);
    sync->syncNow();
    // A quick cycle may end before the UI sees it start (no refresh then):
    // read the device's store again now and then until the view is there.
    int polls = 0;
    ASSERT_TRUE(waitFor(
        [&] {
            if (++polls % 50 == 0) sharing.reload();
            return sharing.views()->count() == 1;
        },
        30000));
    EXPECT_EQ(sharing.views()->get(0).value("whoText").toString(), "Eve Employer");

    // Offline, one step: the page shows it at once, from the device's own
    // store; the server still serves the employer until the phone syncs.
    sync->setOnline(false);
    Failures failures(sharing);
    sharing.withdraw(0);
    ASSERT_TRUE(waitFor([&] { return !sharing.busy(); }));
    ASSERT_EQ(failures.count(), 0) << failures.messages.join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return !sharing.people()->get(0).value("granted").toBool(); }));
    EXPECT_TRUE(
        sharing.people()->get(0).value("detail").toString().startsWith("You stopped sharing on"));

    EXPECT_EQ(employerGet(), 200) << "nothing reached the server while offline";
    sync->setOnline(true);
    sync->syncNow();
    EXPECT_TRUE(waitFor([&] { return employerGet() == 410; }, 30000))
        << "once synced, the server no longer serves the plan to the employer";
    EXPECT_EQ(sharing.people()->count(), 1);
    EXPECT_FALSE(sharing.people()->get(0).value("granted").toBool()) << "the server agreed";
}

}  // namespace
}  // namespace rtw::app::testing
