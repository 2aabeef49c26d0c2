// Questionnaires given in person: the definitions built in, scoring with
// bands, the PHQ-9 safety path (at once, and a follow-up action), every
// question required, and the score history with the follow-up due.
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "qml/questionnaires/administer_controller.h"
#include "qml/questionnaires/questionnaire_catalog.h"
#include "qml/questionnaires/questionnaires_controller.h"

namespace rtw::app::testing {
namespace {

void answerAll(AdministerController& a, int value, int item9) {
    for (const auto& item : a.items()) {
        const QString id = item.toMap().value("id").toString();
        a.setAnswer(id, id == "q9" ? item9 : value);
    }
}

TEST(Questionnaires, TheFourShippedDefinitionsAreBuiltIn) {
    EXPECT_TRUE(questionnaireCatalogError().isEmpty()) << questionnaireCatalogError().toStdString();
    QStringList ids;
    for (const auto& d : questionnaireDefinitions()) ids << QString::fromStdString(d.id);
    EXPECT_EQ(ids, (QStringList{"gad7", "peg", "phq9", "rtw_self_efficacy"}));
}

TEST(Questionnaires, ScoresWithItsBandOnceEveryQuestionIsAnswered) {
    OpenStore s;
    const QString caseId = makeCase(s);
    AdministerController a;
    a.setQuestionnaireId("phq9");
    open(a, s, caseId);
    EXPECT_EQ(a.items().size(), 9);
    EXPECT_EQ(a.suggestedTimepoint(), "baseline");
    a.setAnswer("q1", 2);
    EXPECT_TRUE(a.scoreText().isEmpty()) << "no score until every question is answered";
    answerAll(a, 2, 0);  // 8 x 2 = 16
    EXPECT_EQ(a.scoreText(), "16 (range 0 to 27): Moderately severe");
    EXPECT_FALSE(a.alert());
    a.setAnswer("q1", 7);  // not an answer to this question: ignored
    EXPECT_EQ(a.answers().value("q1").toInt(), 2);
}

TEST(Questionnaires, TheSelfHarmQuestionRaisesTheAlertAtOnceAndLeavesAnAction) {
    OpenStore s;
    const QString caseId = makeCase(s);
    AdministerController a;
    a.setQuestionnaireId("phq9");
    open(a, s, caseId);
    a.setAnswer("q9", 1);  // answered first, the rest not yet
    EXPECT_TRUE(a.alert()) << "urgent support must not wait for the other answers";
    const QString support = a.urgentSupport().join(' ');
    EXPECT_TRUE(support.contains("999"));
    EXPECT_TRUE(support.contains("NHS 111"));
    EXPECT_TRUE(support.contains("Samaritans: 116 123"));
    a.setAnswer("q9", 0);
    EXPECT_FALSE(a.alert());
    answerAll(a, 0, 2);
    EXPECT_TRUE(a.alert());
    EXPECT_TRUE(a.clientText().contains("116 123")) << "core's words for the client lead with help";
    a.save("baseline");
    ASSERT_TRUE(waitIdle(a));
    const auto responses = recordsOf(s, caseId, "questionnaire_response");
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0].fields["administeredBy"], "adviser");
    EXPECT_EQ(responses[0].fields["answers"]["q9"], 2);
    const auto actions = recordsOf(s, caseId, "case_action");
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].fields["owner"], "adviser");
    EXPECT_EQ(actions[0].fields["dueDate"], "2026-11-24");
    EXPECT_TRUE(actions[0].fields["description"].get<std::string>().find("Safety follow-up") == 0);
}

TEST(Questionnaires, EveryQuestionMustBeAnsweredBeforeSaving) {
    OpenStore s;
    const QString caseId = makeCase(s);
    AdministerController a;
    a.setQuestionnaireId("gad7");
    open(a, s, caseId);
    Failures failed(a);
    a.setAnswer("q1", 1);
    a.save("baseline");
    EXPECT_EQ(a.fieldErrors().size(), 6);
    EXPECT_EQ(a.fieldErrors().value("q2"), "Choose an answer.");
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.messages[0], "6 questions are not answered yet.");
    a.setAnswer("q2", 1);
    EXPECT_FALSE(a.fieldErrors().contains("q2")) << "the message goes once it is answered";
    EXPECT_EQ(countOf(s, caseId, "questionnaire_response"), 0u);
}

TEST(Questionnaires, HistoryShowsScoresWithBandsAndTheFollowUpDue) {
    OpenStore s;
    const QString caseId = makeCase(s);
    // A PHQ-9 baseline three months ago (24/08/2026): the 3-month follow-up is due.
    auto made = s.run<Result<std::string>>([&](store::Store& st) {
        nlohmann::json answers;
        for (int q = 1; q <= 9; ++q)
            answers["q" + std::to_string(q)] = q <= 4 ? 3 : 0;  // 12: Moderate
        return st.records().create("questionnaire_response", caseId.toStdString(),
                                   {{"questionnaireId", "phq9"},
                                    {"questionnaireVersion", 1},
                                    {"answers", answers},
                                    {"completedAt", "2026-08-24T10:00:00Z"},
                                    {"administeredBy", "adviser"},
                                    {"timepoint", "baseline"}});
    });
    ASSERT_TRUE(made.isOk());
    QuestionnairesController q;
    open(q, s, caseId);
    QVariantMap phq;
    for (const auto& row : q.instruments()->rows())
        if (row.value("id") == "phq9") phq = row;
    EXPECT_EQ(phq.value("latestText"), "24/08/2026 (Baseline): 12 (range 0 to 27): Moderate");
    EXPECT_EQ(phq.value("dueText"), "3-month follow-up due now (target 24/11/2026).");
    EXPECT_EQ(phq.value("count").toInt(), 1);

    AdministerController a;
    a.setQuestionnaireId("phq9");
    open(a, s, caseId);
    EXPECT_EQ(a.suggestedTimepoint(), "month3");
}

}  // namespace
}  // namespace rtw::app::testing
