// The employer's workspace against the real rtw-server on loopback: an
// employer contact joins with the link they were sent, reads the plan as the
// employer sees it, acknowledges and comments offline, and after a sync the
// adviser has both; when the patient's consent is withdrawn the plan leaves
// the employer's device at their next sync.
#include <gtest/gtest.h>

#include <string>

#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include "app_test_support.h"
#include "case_section_support.h"
#include "e2e_device.h"
#include "qml/components/qt_convert.h"
#include "qml/employer/employer_plan_controller.h"
#include "qml/employer/employer_plans_controller.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"
#include "shared_plan.h"
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

json consent(const std::string& action, const std::string& contactId, const std::string& by,
             const char* at) {
    return {{"action", action},
            {"scope", "share_plan_with_employer"},
            {"recipientId", contactId},
            {"recipientName", "Zoe Manager"},
            {"method", "verbal"},
            {"recordedBy", by},
            {"at", at}};
}

class EmployerApp : public ::testing::Test {
protected:
    void SetUp() override {
        ann = server.signIn(server.adviser(), "Ann's tablet");
        caseId = server.createCase(ann);
        // As the adviser's app does: consent names a new contact id, which
        // becomes the employer's account id when they join.
        contactId = newUuid();
        const auto shared =
            testsupport::shareFullPlan(server, ann, caseId, contactId, "Zoe Manager");
        grantId = shared.grantId;
        linkUrl = shared.url;

        device = std::make_unique<E2eDevice>(toStd(dir.path()) + "/store");
        store = device->store.get();
        sync = device->sync.get();
        session = device->session.get();
    }
    void TearDown() override { device.reset(); }
    std::string hlc() { return server.nextHlc(ann.deviceId); }
    /// The adviser's records of `type` on the server.
    std::vector<json> adviserSees(const std::string& type) {
        std::vector<json> out;
        auto page = server.client(ann.accessToken).pull().json();
        for (const auto& r : page["records"])
            if (r["type"] == type) out.push_back(r["fields"]);
        return out;
    }
    /// Syncs and waits until the cycle is over and nothing waits to go.
    void syncAndSettle(const std::function<bool()>& until) {
        sync->syncNow();
        int polls = 0;
        ASSERT_TRUE(waitFor(
            [&] {
                // A quick cycle may end before the UI sees it start: ask again now and then.
                if (++polls % 50 == 0) sync->syncNow();
                return sync->phase() == SyncController::Idle && until();
            },
            30000));
    }

    testsupport::TestServer server;
    testsupport::TestSession ann;
    std::string caseId, contactId, grantId, linkUrl;
    QTemporaryDir dir;
    std::unique_ptr<E2eDevice> device;
    DeviceStore* store = nullptr;
    SyncController* sync = nullptr;
    SessionController* session = nullptr;
};

TEST_F(EmployerApp, JoinsWithTheLinkReadsAcknowledgesAndLosesThePlanWhenConsentEnds) {
    // A mistyped link is refused beside the field, in words about links.
    const std::string guessed = linkUrl.substr(0, linkUrl.size() - 5) + "AAAAA";
    session->enrol(QString::fromStdString(server.baseUrl()), QString::fromStdString(guessed),
                   QStringLiteral("zoe@example.com"), QStringLiteral("Zoe Manager"),
                   QStringLiteral("correct horse battery staple"), kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !session->busy(); }, 30000));
    ASSERT_NE(session->state(), SessionController::Unlocked);
    EXPECT_TRUE(session->fieldErrors().value("code").toString().startsWith(
        "This link does not open a shared plan"))
        << session->fieldErrors().value("code").toString().toStdString();
    EXPECT_FALSE(store->exists()) << "a refused enrolment leaves nothing on the device";

    session->enrol(QString::fromStdString(server.baseUrl()),
                   QString::fromStdString(" " + linkUrl + " "), QStringLiteral("zoe@example.com"),
                   QStringLiteral("Zoe Manager"), QStringLiteral("correct horse battery staple"),
                   kPasscode, kPasscode);
    ASSERT_TRUE(waitFor([&] { return !session->busy(); }, 30000));
    ASSERT_EQ(session->state(), SessionController::Unlocked) << session->error().toStdString();
    EXPECT_EQ(store->userRole(), "employer_contact");
    EXPECT_EQ(store->profile().userId, contactId);
    ASSERT_TRUE(waitFor([&] { return sync->phase() == SyncController::Idle; }, 30000));

    EmployerPlansController plans;
    plans.setStore(store);
    ASSERT_TRUE(waitFor([&] { return plans.plans()->count() == 1; }, 30000));
    const QVariantMap row = plans.plans()->get(0);
    EXPECT_EQ(row.value("grantId").toString().toStdString(), grantId);
    EXPECT_EQ(row.value("stateText").toString(), "Not acknowledged yet");

    EmployerPlanController plan;
    plan.setStore(store);
    plan.setCaseId(QString::fromStdString(caseId));
    plan.setGrantId(QString::fromStdString(grantId));
    ASSERT_TRUE(waitFor([&] { return plan.found(); }));
    const QString shown = QString::fromUtf8(QJsonDocument::fromVariant(plan.preview()).toJson());
    EXPECT_TRUE(shown.contains("No lifting over 10 kg")) << shown.toStdString();
    EXPECT_FALSE(shown.contains("SECRET")) << "only the parts shared with the employer";

    // Offline: both answers are kept on the device and shown at once.
    sync->setOnline(false);
    Failures failures(plan);
    plan.comment(QString());
    EXPECT_FALSE(plan.fieldErrors().value("comment").toString().isEmpty()) << "nothing written";
    plan.acknowledge();
    ASSERT_TRUE(waitFor([&] { return !plan.acknowledgedText().isEmpty(); }));
    plan.comment(QStringLiteral("We can offer a later start in week 1."));
    ASSERT_TRUE(waitFor([&] { return plan.comments().size() == 1; }));
    ASSERT_EQ(failures.count(), 0) << failures.messages.join(' ').toStdString();
    EXPECT_TRUE(adviserSees("employer_response").empty()) << "not sent while offline";

    // Online again: the adviser receives both, in the employer's name.
    sync->setOnline(true);
    syncAndSettle([&] { return sync->pendingChanges() == 0; });
    const auto answers = adviserSees("employer_response");
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_EQ(answers[0]["kind"], "acknowledge");
    EXPECT_EQ(answers[1]["comment"], "We can offer a later start in week 1.");
    for (const auto& a : answers) EXPECT_EQ(a["employerContactId"], contactId);

    // Consent withdrawn: the next sync takes the plan off the employer's device.
    auto withdrawn =
        server.client(ann.accessToken)
            .push(json::array({createOp(
                "consent_event", newUuid(), caseId,
                consent("withdraw", contactId, ann.userId, "2026-03-20T10:00:00.000Z"), hlc())}))
            .json();
    ASSERT_EQ(withdrawn["results"][0]["status"], "accepted") << withdrawn;
    syncAndSettle([&] { return plans.plans()->count() == 0; });
    ASSERT_TRUE(waitFor([&] { return !plan.found(); })) << "the open page says so by itself";
}

}  // namespace
}  // namespace rtw::app::testing
