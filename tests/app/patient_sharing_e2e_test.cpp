// The patient's "My sharing" page against the real rtw-server on loopback:
// the employer opens their link, the patient syncs and sees that view in
// "when my employer looked"; then the patient stops sharing in one step —
// the page shows it at once — and once the phone has synced the employer's
// link answers 410 Gone.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app_test_support.h"
#include "e2e_device.h"
#include "case_section_support.h"
#include "plan_examples.h"
#include "qml/components/qt_convert.h"
#include "qml/mysharing/sharing_controller.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"
#include "test_server.h"
#include "util/random_id.h"

namespace rtw::app::testing {
namespace {

using nlohmann::json;

json createOp(const std::string& type, const std::string& id, const std::string& caseId,
              const json& fields, const std::string& hlc) {
    return {{"opId", newUuid()}, {"recordId", id},   {"type", type}, {"caseId", caseId},
            {"op", "create"},    {"fields", fields}, {"hlc", hlc}};
}

class PatientSharing : public ::testing::Test {
protected:
    void SetUp() override {
        ann = server.signIn(server.adviser(), "Ann's tablet");
        caseId = server.createCase(ann);
        eve = server.createEmployerContact("Eve Employer");
        patient = server.enrolPatient(ann, caseId).first;
        const std::string versionId = newUuid();
        grantId = newUuid();
        const auto hlc = [&] { return server.nextHlc(ann.deviceId); };
        json snapshot = testsupport::fullPlanSnapshot();
        const json ops = {createOp("rtw_plan_version", versionId, caseId,
                                   {{"planId", newUuid()},
                                    {"version", snapshot.value("version", 1)},
                                    {"snapshot", snapshot},
                                    {"agreedOn", "2026-03-12"},
                                    {"agreedBy", {"patient", "adviser"}},
                                    {"changeSummary", json::array()}},
                                   hlc()),
                          createOp("consent_event", newUuid(), caseId,
                                   {{"action", "grant"},
                                    {"scope", "share_plan_with_employer"},
                                    {"recipientId", eve.id},
                                    {"recipientName", "Eve Employer"},
                                    {"method", "verbal"},
                                    {"recordedBy", ann.userId},
                                    {"at", "2026-03-12T10:00:00.000Z"}},
                                   hlc()),
                          createOp("share_grant", grantId, caseId,
                                   {{"planVersionId", versionId},
                                    {"employerContactId", eve.id},
                                    {"expiresAt", "2099-06-30T23:59:59.000Z"},
                                    {"revoked", false},
                                    {"createdBy", ann.userId}},
                                   hlc())};
        auto pushed = server.client(ann.accessToken).push(ops).json();
        for (const auto& r : pushed["results"]) ASSERT_EQ(r["status"], "accepted") << r;
        auto link =
            server.client(ann.accessToken).post("/v1/shares/" + grantId + "/link", json::object());
        ASSERT_EQ(link.status, 201) << link.body;
        employerPath = link.json().value("path", "");
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
