// The patient's own pages against a real store on a fake clock:
// questionnaires due under core's rules as the days pass, the PHQ-9 safety
// path when the patient answers (urgent support at once, saved with the
// flag the adviser's app shows), My plan (read-only, comments in their own
// name, bad comments refused and nothing saved) and My sharing (who can
// see the plan, withdrawing in one step, when the employer looked).
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "plan_examples.h"
#include "qml/components/qt_convert.h"
#include "qml/myplan/my_plan_controller.h"
#include "qml/myquestionnaires/my_questionnaires_controller.h"
#include "qml/mysharing/sharing_controller.h"
#include "qml/questionnaires/administer_controller.h"
#include "qml/questionnaires/questionnaires_controller.h"

namespace rtw::app::testing {
namespace {

using nlohmann::json;

constexpr std::int64_t kDay = 24LL * 3600 * 1000;
constexpr const char* kEve = "3b241101-e2bb-4255-8caf-4136c566a962";

/// Writes a record straight into the case, as a sync would; its id.
std::string put(OpenStore& s, const QString& caseId, const char* type, const json& fields) {
    auto id = s.run<Result<std::string>>(
        [&](store::Store& st) { return st.records().create(type, toStd(caseId), fields); });
    EXPECT_TRUE(id.isOk()) << type << ": " << id.status().message();
    return id ? *id : std::string();
}

QVariantMap rowWithId(RowListModel* m, const QString& id) {
    for (int i = 0; i < m->count(); ++i)
        if (m->get(i).value("id").toString() == id) return m->get(i);
    return {};
}

TEST(MyQuestionnaires, DueAsTheDaysPassUnderCoresRules) {
    OpenStore s;  // 24/11/2026
    const QString caseId = makeCase(s);
    MyQuestionnairesController c;
    open(c, s, caseId);
    EXPECT_EQ(c.dueCount(), 4) << "every baseline is ready at the start";
    EXPECT_EQ(rowWithId(c.questionnaires(), "phq9").value("statusText").toString(),
              "Ready for you now: your first one.");

    put(s, caseId, "questionnaire_response",
        {{"questionnaireId", "phq9"},
         {"questionnaireVersion", 1},
         {"answers",
          {{"q1", 1},
           {"q2", 1},
           {"q3", 0},
           {"q4", 0},
           {"q5", 0},
           {"q6", 0},
           {"q7", 0},
           {"q8", 0},
           {"q9", 0}}},
         {"completedAt", "2026-11-24T09:00:00.000Z"},
         {"administeredBy", "self"},
         {"timepoint", "baseline"}});
    c.reload();  // written straight to the store, as a sync would, without the app's signal
    ASSERT_TRUE(waitFor([&] { return c.dueCount() == 3; }));
    auto phq9 = rowWithId(c.questionnaires(), "phq9");
    EXPECT_FALSE(phq9.value("dueNow").toBool());
    EXPECT_EQ(c.questionnaires()->get(3).value("id").toString(), "phq9") << "due ones first";
    // Target 24/02/2027; it opens 14 days before.
    EXPECT_EQ(phq9.value("statusText").toString(), "Next one from 10/02/2027 (3-month follow-up).");
    EXPECT_TRUE(phq9.value("resultText").toString().contains("2")) << "the score, in words";

    s.clock.advance(78 * kDay);  // 10/02/2027: the window opens
    c.reload();
    ASSERT_TRUE(
        waitFor([&] { return rowWithId(c.questionnaires(), "phq9").value("dueNow").toBool(); }));
    EXPECT_EQ(rowWithId(c.questionnaires(), "phq9").value("statusText").toString(),
              "Ready for you now (3-month follow-up), ideally by 24/02/2027.");

    s.clock.advance(29 * kDay);  // 11/03/2027: 15 days after the target, overdue
    c.reload();
    ASSERT_TRUE(waitFor([&] {
        return rowWithId(c.questionnaires(), "phq9")
            .value("statusText")
            .toString()
            .contains("It was due by 24/02/2027");
    }));
}

TEST(MyQuestionnaires, ThePatientsSelfHarmAnswerShowsSupportAtOnceAndFlagsTheCase) {
    OpenStore s;
    const QString caseId = makeCase(s);
    AdministerController a;
    a.setQuestionnaireId("phq9");
    a.setSelfAdministered(true);
    open(a, s, caseId);
    a.setAnswer("q9", 1);
    ASSERT_TRUE(a.alert()) << "before the other answers";
    const QString support = a.urgentSupport().join(' ');
    EXPECT_TRUE(support.contains("999"));
    EXPECT_TRUE(support.contains("NHS 111"));
    EXPECT_TRUE(support.contains("116 123"));
    EXPECT_TRUE(support.contains("you")) << "in the patient's words";
    for (int i = 1; i <= 8; ++i) a.setAnswer(QStringLiteral("q%1").arg(i), 1);
    a.save(a.suggestedTimepoint());
    ASSERT_TRUE(waitIdle(a));
    const auto responses = recordsOf(s, caseId, "questionnaire_response");
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0].fields["administeredBy"], "self");
    EXPECT_EQ(responses[0].fields["selfHarmAlert"], true);
    EXPECT_EQ(countOf(s, caseId, "case_action"), 0u) << "a patient may not write actions";

    // The adviser's questionnaires section shows it flagged.
    QuestionnairesController adviser;
    open(adviser, s, caseId);
    ASSERT_TRUE(waitFor([&] { return adviser.instruments()->count() == 4; }));
    EXPECT_TRUE(rowWithId(adviser.instruments(), "phq9").value("hasAlert").toBool());
}

TEST(MyPlan, TheAgreedPlanReadOnlyAndCommentsInTheirOwnName) {
    OpenStore s;
    const QString caseId = makeCase(s);
    MyPlanController plan;
    open(plan, s, caseId);
    EXPECT_FALSE(plan.hasPlan());
    plan.addComment("Can I start later?");
    ASSERT_TRUE(waitIdle(plan));
    EXPECT_EQ(countOf(s, caseId, "plan_comment"), 0u) << "nothing to comment on yet";

    const std::string versionId = put(s, caseId, "rtw_plan_version",
                                      {{"planId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
                                       {"version", 2},
                                       {"snapshot", testsupport::fullPlanSnapshot()},
                                       {"agreedOn", "2026-11-20"},
                                       {"agreedBy", {"patient", "adviser", "employer"}},
                                       {"changeSummary", json::array()}});
    plan.reload();
    ASSERT_TRUE(waitFor([&] { return plan.hasPlan(); }));
    EXPECT_EQ(plan.heading(),
              "Version 2, agreed on 20/11/2026 by you, your adviser and your employer.");
    EXPECT_FALSE(plan.plan().value("phases").toList().isEmpty());

    plan.addComment("   ");
    EXPECT_EQ(plan.fieldErrors().value("text").toString(), "Write your comment first.");
    plan.addComment(QString(2001, QChar('a')));
    EXPECT_TRUE(plan.fieldErrors().value("text").toString().contains("too long"));
    ASSERT_TRUE(waitIdle(plan));
    EXPECT_EQ(countOf(s, caseId, "plan_comment"), 0u);

    plan.addComment("  Could week 2 start at 10am?  ");
    ASSERT_TRUE(waitIdle(plan));
    const auto comments = recordsOf(s, caseId, "plan_comment");
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments[0].fields["text"], "Could week 2 start at 10am?");
    EXPECT_EQ(comments[0].fields["authorRole"], "patient");
    EXPECT_EQ(comments[0].fields["authorId"], kAdviserId) << "the signed-in user";
    EXPECT_EQ(comments[0].fields["planVersionId"], versionId);
    ASSERT_TRUE(waitFor([&] { return plan.comments()->count() == 1; }));
    EXPECT_EQ(plan.comments()->get(0).value("whoText").toString(), "You");
    EXPECT_EQ(plan.comments()->get(0).value("whenText").toString(), "24/11/2026 09:00");
}

TEST(MySharing, WhoCanSeeWithdrawInOneStepAndWhenTheEmployerLooked) {
    OpenStore s;
    const QString caseId = makeCase(s);
    const std::string versionId = put(s, caseId, "rtw_plan_version",
                                      {{"planId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
                                       {"version", 2},
                                       {"snapshot", testsupport::fullPlanSnapshot()},
                                       {"agreedOn", "2026-11-20"},
                                       {"agreedBy", {"patient", "adviser"}},
                                       {"changeSummary", json::array()}});
    put(s, caseId, "consent_event",
        {{"action", "grant"},
         {"scope", "share_plan_with_employer"},
         {"recipientId", kEve},
         {"recipientName", "Eve Employer"},
         {"method", "verbal"},
         {"recordedBy", kAdviserId},
         {"at", "2026-11-20T10:00:00.000Z"}});
    put(s, caseId, "consent_event",
        {{"action", "grant"},
         {"scope", "progress_to_gp"},
         {"method", "verbal"},
         {"recordedBy", kAdviserId},
         {"at", "2026-11-20T10:00:00.000Z"}});
    put(s, caseId, "share_grant",
        {{"planVersionId", versionId},
         {"employerContactId", kEve},
         {"expiresAt", "2027-02-28T23:59:59.000Z"},
         {"revoked", false},
         {"createdBy", kAdviserId}});
    put(s, caseId, "audit_event",
        {{"actorId", kEve},
         {"actorRole", "employer_contact"},
         {"action", "read"},
         {"recordType", "rtw_plan_version"},
         {"recordId", versionId},
         {"at", "2026-11-21T08:15:00.000Z"}});

    SharingController sharing;
    open(sharing, s, caseId);
    ASSERT_EQ(sharing.people()->count(), 2);
    int eve = sharing.people()->get(0).value("scope") == "share_plan_with_employer" ? 0 : 1;
    QVariantMap row = sharing.people()->get(eve);
    EXPECT_EQ(row.value("name").toString(), "Eve Employer");
    EXPECT_TRUE(row.value("granted").toBool());
    EXPECT_EQ(row.value("detail").toString(), "Can see version 2 of your plan until 28/02/2027.");
    ASSERT_EQ(sharing.views()->count(), 1);
    EXPECT_EQ(sharing.views()->get(0).value("whoText").toString(), "Eve Employer");
    EXPECT_EQ(sharing.views()->get(0).value("whenText").toString(), "21/11/2026 08:15");

    sharing.withdraw(eve);
    ASSERT_TRUE(waitIdle(sharing));
    ASSERT_TRUE(waitFor([&] { return !sharing.people()->get(eve).value("granted").toBool(); }));
    EXPECT_EQ(sharing.people()->get(eve).value("detail").toString(),
              "You stopped sharing on 24/11/2026: they cannot see your plan.");
    const auto events = recordsOf(s, caseId, "consent_event");
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events.back().fields["action"], "withdraw");
    EXPECT_EQ(events.back().fields["method"], "in_app");
    EXPECT_EQ(events.back().fields["recipientId"], kEve);
    const auto grants = recordsOf(s, caseId, "share_grant");
    ASSERT_EQ(grants.size(), 1u);
    EXPECT_EQ(grants[0].fields["revoked"], true) << "the share stops in the same step";
    EXPECT_TRUE(sharing.people()->get(1 - eve).value("granted").toBool()) << "the GP's stands";

    sharing.withdraw(eve);  // already withdrawn: nothing more is written
    ASSERT_TRUE(waitIdle(sharing));
    EXPECT_EQ(countOf(s, caseId, "consent_event"), 3u);
}

}  // namespace
}  // namespace rtw::app::testing
