// The RTW plan section against a real store: saving, agreeing versions with
// what changed, the employer's view, and sharing only with consent.
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "hlc/hlc.h"
#include "model/json_fields.h"
#include "qml/components/qt_convert.h"
#include "qml/consent/consent_controller.h"
#include "qml/plan/employer_preview_controller.h"
#include "qml/plan/plan_controller.h"
#include "qml/plan/plan_form.h"
#include "qml/plan/plan_share_controller.h"
#include "util/random_id.h"

namespace rtw::app::testing {
namespace {

QVariantMap planForm() {
    QVariantMap f = emptyPlanForm();
    f["targetDate"] = "05/01/2027";
    f["targetDateVisible"] = true;
    f["phases"] = QVariantList{
        QVariantMap{{"week", "1"}, {"days", "3"}, {"hoursPerDay", "4"}, {"employerVisible", true}},
        QVariantMap{{"week", "2"}, {"days", "4"}, {"hoursPerDay", "4"}, {"employerVisible", true}}};
    f["adjustments"] = QVariantList{QVariantMap{{"type", "amended_duties"},
                                                {"description", "No lifting over 10 kg"},
                                                {"employerVisible", true}},
                                    QVariantMap{{"type", "ergonomic_changes"},
                                                {"description", "Kneeling chair at home"},
                                                {"employerVisible", false}}};
    f["actions"] = QVariantList{};
    f["reviewDates"] = QVariantList{"08/12/2026"};
    return f;
}

QVariantMap withPhase(QVariantMap f, int row, const char* days, const char* hours) {
    QVariantList phases = f["phases"].toList();
    QVariantMap p = phases[row].toMap();
    p["days"] = days;
    p["hoursPerDay"] = hours;
    phases[row] = p;
    f["phases"] = phases;
    return f;
}

struct PlanFixture {
    OpenStore s;
    QString caseId = makeCase(s);
    PlanController plan;
    PlanFixture() { open(plan, s, caseId); }
    void agree(const QVariantMap& form, int expectVersion) {
        plan.agree(form, "24/11/2026", {"patient", "adviser"});
        ASSERT_TRUE(waitFor([&] { return plan.latestVersion() == expectVersion; }));
    }
};

TEST(PlanController, BadInputIsShownBesideFieldsAndNothingIsWritten) {
    PlanFixture f;
    Failures failed(f.plan);
    f.plan.save(withPhase(planForm(), 0, "9", "4"));
    EXPECT_TRUE(f.plan.fieldErrors().contains("phases[0].days"));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(countOf(f.s, f.caseId, "rtw_plan"), 0u);
}

TEST(PlanController, AgreeingVersionsRecordsWhoAndWhatChanged) {
    PlanFixture f;
    EXPECT_FALSE(f.plan.hasPlan());
    // The client must be one of those agreeing.
    f.plan.agree(planForm(), "24/11/2026", {"adviser"});
    EXPECT_TRUE(f.plan.fieldErrors().value("agreedBy").toString().contains("client"));
    f.plan.agree(planForm(), "25/11/2026", {"patient"});
    EXPECT_TRUE(f.plan.fieldErrors().value("agreedOn").toString().contains("future"));
    EXPECT_EQ(countOf(f.s, f.caseId, "rtw_plan_version"), 0u);

    f.agree(planForm(), 1);
    EXPECT_EQ(f.plan.status(), "agreed");
    EXPECT_TRUE(f.plan.statusText().startsWith("Version 1, agreed on 24/11/2026"));
    EXPECT_TRUE(f.plan.pendingChanges().isEmpty());

    // Change week 2 and save: the plan is a draft with the change pending.
    const QVariantMap changed = withPhase(f.plan.form(), 1, "5", "6");
    f.plan.save(changed);
    ASSERT_TRUE(waitFor([&] { return f.plan.status() == "draft"; }));
    EXPECT_EQ(f.plan.pendingChanges(),
              QStringList{"Week 2 changed from 4 days of 4 hours to 5 days of 6 hours."});
    EXPECT_EQ(f.plan.changesToAgree(f.plan.form()), f.plan.pendingChanges());

    f.agree(f.plan.form(), 2);
    EXPECT_EQ(f.plan.status(), "agreed");
    auto versions = recordsOf(f.s, f.caseId, "rtw_plan_version");
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[1].fields["version"], 2);
    EXPECT_EQ(versions[1].fields["snapshot"]["version"], 2);
    EXPECT_EQ(versions[1].fields["snapshot"]["status"], "agreed");
    EXPECT_EQ(versions[1].fields["agreedBy"], nlohmann::json({"patient", "adviser"}));
    EXPECT_EQ(versions[1].fields["changeSummary"],
              nlohmann::json({"Week 2 changed from 4 days of 4 hours to 5 days of 6 hours."}));
    // Newest first in the list, each with its changes.
    ASSERT_EQ(f.plan.versions()->count(), 2);
    EXPECT_EQ(f.plan.versions()->get(0).value("version").toInt(), 2);
    EXPECT_EQ(f.plan.versions()->get(0).value("changes").toStringList().size(), 1);
    EXPECT_TRUE(f.plan.versions()->get(1).value("changes").toStringList().isEmpty());

    // Nothing new: nothing to agree.
    Failures failed(f.plan);
    f.plan.agree(f.plan.form(), "24/11/2026", {"patient"});
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.messages[0].contains("Nothing has changed since version 2"));
    EXPECT_EQ(countOf(f.s, f.caseId, "rtw_plan_version"), 2u);
}

TEST(PlanController, UndoingAChangeMakesThePlanAgreedAgainAndClearsRemoveFields) {
    PlanFixture f;
    f.agree(planForm(), 1);
    QVariantMap noTarget = f.plan.form();
    noTarget["targetDate"] = "";
    f.plan.save(noTarget);
    ASSERT_TRUE(waitFor([&] { return f.plan.status() == "draft"; }));
    EXPECT_EQ(f.plan.pendingChanges(), QStringList{"Target date removed."});
    EXPECT_FALSE(recordsOf(f.s, f.caseId, "rtw_plan")[0].fields.contains("targetDate"))
        << "a cleared date is removed from the record";
    QVariantMap back = f.plan.form();
    back["targetDate"] = "05/01/2027";
    f.plan.save(back);
    ASSERT_TRUE(waitFor([&] { return f.plan.status() == "agreed"; }));
    EXPECT_TRUE(f.plan.pendingChanges().isEmpty());
}

TEST(PlanController, EmployerPreviewShowsOnlyWhatIsSwitchedOn) {
    PlanFixture f;
    f.agree(planForm(), 1);
    const QString versionId = f.plan.versions()->get(0).value("versionId").toString();
    EmployerPreviewController preview;
    preview.setVersionId(versionId);
    open(preview, f.s, f.caseId);
    const QVariantMap p = preview.preview();
    const QVariantList adjustments = p.value("adjustments").toList();
    ASSERT_EQ(adjustments.size(), 1);
    EXPECT_EQ(adjustments[0].toMap().value("description"), "No lifting over 10 kg");
    EXPECT_EQ(p.value("targetDate"), "05/01/2027");
    EXPECT_FALSE(p.value("reviewDatesShown").toBool()) << "review dates are not switched on";
    EXPECT_EQ(preview.hiddenText(), "Not shown to the employer: 1 adjustment, the review dates.");
    EXPECT_TRUE(preview.heading().startsWith("Version 1"));
}

TEST(PlanController, SharingNeedsConsentForThatPersonAndStopsWhenWithdrawn) {
    PlanFixture f;
    f.agree(planForm(), 1);
    ConsentController consent;
    open(consent, f.s, f.caseId);
    // Consent to contact the line manager, but not (yet) to share with them.
    consent.record({{"action", "grant"},
                    {"scope", "contact_employer"},
                    {"recipientId", ""},
                    {"recipientName", "Sam Whitaker"},
                    {"method", "verbal"},
                    {"date", "24/11/2026"},
                    {"time", "08:30"}});
    ASSERT_TRUE(waitFor([&] { return consent.contactChoices().size() == 1; }));
    const QString sam = consent.contactChoices()[0].toMap().value("value").toString();

    PlanShareController share;
    open(share, f.s, f.caseId);
    const QString version = share.versionChoices()[0].toMap().value("value").toString();
    share.share(version, sam, "31/12/2026");
    EXPECT_TRUE(share.refusal().contains("has not agreed to share their plan with Sam Whitaker"))
        << share.refusal().toStdString();
    EXPECT_EQ(countOf(f.s, f.caseId, "share_grant"), 0u);

    consent.record({{"action", "grant"},
                    {"scope", "share_plan_with_employer"},
                    {"recipientId", sam},
                    {"method", "written"},
                    {"date", "24/11/2026"},
                    {"time", "08:40"}});
    ASSERT_TRUE(waitFor([&] { return share.mayShareWith(sam); }));
    share.share(version, sam, "24/11/2026");
    EXPECT_TRUE(share.fieldErrors().contains("expiresOn")) << "a share must end after today";
    share.share(version, sam, "31/12/2026");
    ASSERT_TRUE(waitFor([&] { return share.shares()->count() == 1; }));
    EXPECT_TRUE(share.refusal().isEmpty());
    EXPECT_TRUE(share.shares()->get(0).value("active").toBool());
    EXPECT_EQ(share.shares()->get(0).value("stateText"), "Shared until 31/12/2026");
    EXPECT_EQ(share.shares()->get(0).value("answers").toString(), "");

    // The employer's answers on the web page arrive by sync (only the server
    // writes them) and show under the share they answer, oldest first.
    const std::string grantId = toStd(share.shares()->get(0).value("shareId").toString());
    const std::string caseId = toStd(f.caseId);
    Status pulled = f.s.run<Status>([&](store::Store& st) -> Status {
        const std::string server = "0b9f3c1e-2d4a-4e6b-8c0d-1a2b3c4d5e6f";
        std::vector<store::PulledRecord> page;
        const std::int64_t at[] = {1'795'603'200'000,
                                   1'795'606'800'000};  // 25/11/2026 10:40, 11:40
        for (int i = 0; i < 2; ++i) {
            store::PulledRecord r;
            r.id = newUuid();
            r.type = "employer_response";
            r.caseId = caseId;
            r.createdHlc = r.updatedHlc = Hlc{at[i], 0, server}.toString();
            r.fields = {{"kind", i == 0 ? "acknowledge" : "comment"},
                        {"shareGrantId", grantId},
                        {"planVersionId", toStd(version)},
                        {"employerContactId", toStd(sam)},
                        {"at", model::timestampJson(at[i])}};
            if (i == 1) r.fields["comment"] = "Week 2 may need to start on the Tuesday.";
            page.push_back(std::move(r));
        }
        auto cursor = st.sync().cursor();
        if (!cursor) return cursor.status();
        auto applied = st.sync().applyPage(page, *cursor, std::nullopt);
        return applied ? Status::ok() : applied.status();
    });
    ASSERT_TRUE(pulled) << pulled.message();
    f.s.store->externalChange();
    ASSERT_TRUE(
        waitFor([&] { return !share.shares()->get(0).value("answers").toString().isEmpty(); }));
    EXPECT_EQ(share.shares()->get(0).value("answers").toString(),
              "25/11/2026 10:40: read and acknowledged the plan\n"
              "25/11/2026 11:40: \u201cWeek 2 may need to start on the Tuesday.\u201d");

    // Withdrawing share consent stops the share at once.
    consent.record({{"action", "withdraw"},
                    {"scope", "share_plan_with_employer"},
                    {"recipientId", sam},
                    {"method", "verbal"},
                    {"date", "24/11/2026"},
                    {"time", "08:50"}});
    ASSERT_TRUE(waitFor([&] { return !share.shares()->get(0).value("active").toBool(); }));
    EXPECT_EQ(share.shares()->get(0).value("stateText"), "Stopped");
    EXPECT_TRUE(recordsOf(f.s, f.caseId, "share_grant")[0].fields["revoked"].get<bool>());
    share.share(version, sam, "31/12/2026");
    EXPECT_TRUE(share.refusal().contains("withdrew it on 24/11/2026"))
        << share.refusal().toStdString();
    EXPECT_EQ(countOf(f.s, f.caseId, "share_grant"), 1u);
}

TEST(PlanController, UnsavedChangesAreKeptAsADraftUntilSaved) {
    PlanFixture f;
    f.plan.edited(withPhase(planForm(), 0, "2", "3"));
    ASSERT_TRUE(waitFor([&] { return f.plan.draftStatus().startsWith("Unsaved changes kept"); }));
    PlanController again;
    QVariantMap restored;
    QObject::connect(&again, &PlanController::draftLoaded,
                     [&](const QVariantMap& m) { restored = m; });
    open(again, f.s, f.caseId);
    again.start();
    ASSERT_TRUE(waitFor([&] { return !restored.isEmpty(); }));
    EXPECT_EQ(restored["phases"].toList()[0].toMap()["days"], "2");
    again.save(restored);
    ASSERT_TRUE(waitFor([&] { return again.hasPlan(); }));
    EXPECT_TRUE(again.draftStatus().isEmpty()) << "saving drops the draft";
}

}  // namespace
}  // namespace rtw::app::testing
