// Goals: the pacing numbers, the form's messages, and progress from the
// client's entries and check-ins as chart data with its text alternative.
#include <gtest/gtest.h>

#include <tuple>

#include "case_section_support.h"
#include "model/goal.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goal_form.h"
#include "qml/goals/goals_controller.h"

namespace rtw::app::testing {
namespace {

QVariantMap walkForm(const char* startOn) {
    QVariantMap f = newGoalForm(model::Date{});
    f["what"] = "Walk";
    f["amount"] = "30";
    f["unit"] = "minutes";
    f["frequency"] = "daily";
    f["pacing"] = true;
    f["baseline"] = "10";
    f["increment"] = "2";
    f["incrementEveryDays"] = "7";
    f["target"] = "16";
    f["startOn"] = startOn;
    return f;
}

TEST(GoalForm, PacingScheduleGivesEachStepUpToTheCap) {
    const BuiltGoal g = buildGoal(walkForm("02/03/2026"));
    ASSERT_TRUE(g.ok()) << g.fieldErrors.keys().join(", ").toStdString();
    EXPECT_EQ(pacingSchedule(g.goal, *g.goal.pacing->startOn),
              (QStringList{"From 02/03/2026: 10 minutes", "From 09/03/2026: 12 minutes",
                           "From 16/03/2026: 14 minutes",
                           "From 23/03/2026: 16 minutes (the most, from then on)"}));
    EXPECT_EQ(goalSummary(g.goal), "Walk 30 minutes every day");
}

TEST(GoalForm, LongSchedulesSayHowTheyCarryOn) {
    QVariantMap f = walkForm("02/03/2026");
    f["target"] = "";
    f["increment"] = "1";
    const BuiltGoal g = buildGoal(f);
    ASSERT_TRUE(g.ok());
    const QStringList lines = pacingSchedule(g.goal, *g.goal.pacing->startOn, 3);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.last(), "Then 1 more every week, up to 30 minutes.");
}

TEST(GoalForm, MissingAndWrongValuesAreShownBesideTheirFields) {
    QVariantMap f = walkForm("");
    f["what"] = " ";
    f["amount"] = "lots";
    f["frequency"] = "times_per_week";
    f["timesPerWeek"] = "";
    f["increment"] = "0";
    const QVariantMap e = buildGoal(f).fieldErrors;
    EXPECT_TRUE(e.contains("what"));
    EXPECT_TRUE(e.value("amount").toString().contains("number"));
    EXPECT_TRUE(e.contains("timesPerWeek"));
    EXPECT_TRUE(e.contains("pacing.increment")) << "core: more than 0";
    EXPECT_TRUE(e.contains("pacing.startOn"));
    QVariantMap above = walkForm("02/03/2026");
    above["target"] = "";
    above["baseline"] = "40";  // above the goal's 30 with no cap
    EXPECT_TRUE(buildGoal(above).fieldErrors.contains("pacing.baseline"));
}

TEST(GoalsController, SavesAGoalAndShowsTodaysPlanAndProgress) {
    OpenStore s;  // today is 24/11/2026
    const QString caseId = makeCase(s);
    GoalsController goals;
    open(goals, s, caseId);
    goals.save("", walkForm("10/11/2026"));  // two weeks ago: 10 + 2 + 2
    ASSERT_TRUE(waitFor([&] { return goals.goals()->count() == 1; }));
    const QVariantMap row = goals.goals()->get(0);
    EXPECT_EQ(row.value("plannedToday"), "Planned today: 14 minutes");
    EXPECT_EQ(row.value("progressText"), "No progress recorded yet.");
    const std::string goalId = toStd(row.value("goalId").toString());

    // The client's entries: one at the plan, one a step back.
    auto added = s.run<Status>([&](store::Store& st) -> Status {
        const std::string c = toStd(caseId);
        for (auto [on, amount, back] :
             {std::tuple{"2026-11-22", 12.0, false}, std::tuple{"2026-11-23", 8.0, true}})
            if (auto x = st.records().create(
                    "goal_progress", c,
                    {{"goalId", goalId}, {"on", on}, {"amount", amount}, {"stepBack", back}});
                !x)
                return x.status();
        return st.records()
            .create("check_in", c,
                    {{"on", "2026-11-23"},
                     {"pain", 6},
                     {"interference", 4},
                     {"mood", 3},
                     {"sleepQuality", 5},
                     {"pacingDone", "some"},
                     {"hoursWorked", 0.0}})
            .status();
    });
    ASSERT_TRUE(added.isOk()) << added.message();
    goals.reload();
    ASSERT_TRUE(waitFor([&] {
        return goals.goals()->get(0).value("progressText").toString().startsWith("Last recorded");
    }));
    const QVariantMap chart = goals.progress();
    const QVariantMap series = chart.value("series").toMap();
    EXPECT_EQ(series.value("done").toList().size(), 1);
    EXPECT_EQ(series.value("stepBack").toList().size(), 1);
    EXPECT_FALSE(series.value("planned").toList().isEmpty());
    EXPECT_EQ(
        chart.value("summary"),
        "Last 7 days: 2 entries, 1 at or above the plan, 1 step back. Planned today: 14 minutes.");
    const QStringList rows = chart.value("rows").toStringList();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0], "23/11/2026: 8 minutes (plan 12), a step back by choice") << "newest first";
    EXPECT_TRUE(
        goals.checkIns().value("summary").toString().contains("pain averaged 6.0 out of 10"));

    goals.setStatus(toQt(goalId), "achieved");
    ASSERT_TRUE(waitFor([&] { return goals.goals()->get(0).value("status") == "achieved"; }));
}

TEST(GoalsController, AGoalWithErrorsIsNotSaved) {
    OpenStore s;
    const QString caseId = makeCase(s);
    GoalsController goals;
    open(goals, s, caseId);
    goals.save("", newGoalForm(model::Date{}));
    EXPECT_TRUE(goals.fieldErrors().contains("what"));
    EXPECT_TRUE(goals.fieldErrors().contains("amount"));
    EXPECT_EQ(countOf(s, caseId, "goal"), 0u);
}

}  // namespace
}  // namespace rtw::app::testing
