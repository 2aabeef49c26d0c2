// The patient's screens: the daily check-in checked by core's rules and
// saved, the reminder's timing, goal progress and one step back, suggesting
// a goal, and finding the patient's own case and the first-run flag.
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "model/check_in.h"
#include "model/goal_progress.h"
#include "qml/components/patient_context.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goal_form.h"
#include "qml/patient/check_in_form.h"
#include "qml/patient/patient_goals_controller.h"
#include "qml/patient/today_controller.h"
#include "store/device_profile.h"
#include "store/patient_prefs.h"

namespace rtw::app::testing {
namespace {

constexpr model::Date kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};

QVariantMap goodForm() {
    return {{"pain", 6},
            {"interference", 4},
            {"mood", 2},
            {"sleepQuality", 3},
            {"pacingDone", "some"},
            {"hoursWorked", "4,25"},
            {"note", " Back stiff "}};
}

TEST(CheckInForm, EveryUnansweredQuestionGetsItsOwnMessageAndNothingIsBuilt) {
    const BuiltCheckIn b = buildCheckIn(TodayController::emptyForm(), kToday);
    EXPECT_FALSE(b.ok());
    for (const char* field : {"pain", "interference", "mood", "sleepQuality", "pacingDone"})
        EXPECT_TRUE(b.fieldErrors.contains(field)) << field;
    EXPECT_TRUE(b.fieldErrors.value("pain").toString().startsWith("Choose how bad your pain"));
    EXPECT_FALSE(b.fieldErrors.contains("hoursWorked")) << "no hours is an answer: none";
    EXPECT_TRUE(b.fields.is_null());
}

TEST(CheckInForm, CoreRulesDecideRangesAndQuarterHours) {
    QVariantMap f = goodForm();
    f["pain"] = 11;
    f["hoursWorked"] = "7.3";
    BuiltCheckIn b = buildCheckIn(f, kToday);
    EXPECT_TRUE(b.fieldErrors.contains("pain"));
    EXPECT_TRUE(b.fieldErrors.value("hoursWorked").toString().contains("quarter hours"))
        << b.fieldErrors.value("hoursWorked").toString().toStdString();
    f = goodForm();
    f["hoursWorked"] = "a few";
    b = buildCheckIn(f, kToday);
    EXPECT_EQ(b.fieldErrors.value("hoursWorked").toString(),
              "Enter the hours as a number, like 4 or 7.5.");
}

TEST(CheckInForm, AGoodFormBecomesTodaysCheckInAndReadsBackInWords) {
    const BuiltCheckIn b = buildCheckIn(goodForm(), kToday);
    ASSERT_TRUE(b.ok()) << b.fieldErrors.keys().join(",").toStdString();
    auto c = model::CheckIn::fromJson(b.fields);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->on, kToday);
    EXPECT_EQ(c->pain, 6);
    EXPECT_EQ(c->interference, 4);
    EXPECT_EQ(c->mood, 2);
    EXPECT_EQ(c->pacingDone, model::PacingDone::Some);
    EXPECT_EQ(c->hoursWorked, 4.25);
    EXPECT_EQ(c->note, std::optional<std::string>("Back stiff"));
    EXPECT_EQ(checkInSummary(*c),
              "Pain 6, got in the way 4, mood 2 of 5, sleep 3, some of your pacing, 4.25 hours "
              "worked.");
    EXPECT_EQ(checkInToForm(*c).value("hoursWorked").toString(), "4.25");
}

TEST(Reminder, DueAfterTheChosenTimeUntilTheCheckInIsDone) {
    EXPECT_FALSE(TodayController::isReminderDue("", QTime(23, 0), false)) << "none chosen";
    EXPECT_FALSE(TodayController::isReminderDue("18:30", QTime(18, 29), false));
    EXPECT_TRUE(TodayController::isReminderDue("18:30", QTime(18, 30), false));
    EXPECT_FALSE(TodayController::isReminderDue("18:30", QTime(21, 0), true)) << "done today";
    EXPECT_FALSE(TodayController::isReminderDue("25:00", QTime(23, 0), false));
    EXPECT_EQ(TodayController::reminderChoices().first(), "07:00");
    EXPECT_EQ(TodayController::reminderChoices().last(), "22:00");
}

TEST(TodayController, SavesACheckInThatSyncsAndShowsItAsToday) {
    OpenStore s;
    const QString caseId = makeCase(s);
    TodayController today;
    open(today, s, caseId);
    EXPECT_FALSE(today.checkedIn());

    Failures failures(today);
    today.saveCheckIn(TodayController::emptyForm());
    EXPECT_EQ(failures.count(), 1);
    EXPECT_TRUE(today.fieldErrors().contains("pain"));
    EXPECT_EQ(countOf(s, caseId, "check_in"), 0u) << "a refused check-in writes nothing";

    today.saveCheckIn(goodForm());
    ASSERT_TRUE(waitIdle(today));
    ASSERT_TRUE(waitFor([&] { return today.checkedIn(); }));
    EXPECT_TRUE(today.fieldErrors().isEmpty());
    EXPECT_TRUE(today.summary().startsWith("Pain 6")) << today.summary().toStdString();
    EXPECT_EQ(today.form().value("pain").toInt(), 6);
    const auto pending = s.run<Result<std::vector<store::OutboxEntry>>>(
        [](store::Store& st) { return st.records().pendingOutbox(100); });
    ASSERT_TRUE(pending);
    bool queued = false;
    for (const auto& e : *pending) queued = queued || e.recordType == "check_in";
    EXPECT_TRUE(queued) << "the check-in waits in the outbox for the next sync";

    // Things changed: a second check-in today is another record; the latest counts.
    QVariantMap worse = goodForm();
    worse["pain"] = 8;
    today.saveCheckIn(worse);
    ASSERT_TRUE(waitIdle(today));
    ASSERT_TRUE(waitFor([&] { return today.form().value("pain").toInt() == 8; }));
    EXPECT_EQ(countOf(s, caseId, "check_in"), 2u);
}

TEST(TodayController, TheReminderIsDueOnlyWithoutACheckIn) {
    OpenStore s;  // 09:00 UTC on the fake clock
    const QString caseId = makeCase(s);
    TodayController today;
    open(today, s, caseId);
    const QString before =
        QDateTime::fromMSecsSinceEpoch(s.clock.nowMs()).addSecs(-60).time().toString("HH:mm");
    today.setReminderTime(before);
    EXPECT_TRUE(today.reminderDue());
    today.saveCheckIn(goodForm());
    ASSERT_TRUE(waitIdle(today));
    ASSERT_TRUE(waitFor([&] { return !today.reminderDue(); }));
}

QString saveWalkGoal(OpenStore& s, const QString& caseId, const char* status = "active") {
    GoalsController adviser;
    open(adviser, s, caseId);
    QVariantMap f = newGoalForm(kToday);
    f["what"] = "Walk";
    f["amount"] = "30";
    f["unit"] = "minutes";
    f["frequency"] = "daily";
    f["status"] = status;
    f["pacing"] = true;
    f["baseline"] = "10";
    f["increment"] = "2";
    f["incrementEveryDays"] = "7";
    f["startOn"] = "10/11/2026";  // two weeks ago: 14 minutes today
    adviser.save({}, f);
    EXPECT_TRUE(waitIdle(adviser));
    EXPECT_TRUE(waitFor([&] { return adviser.goals()->count() == 1; }));
    return adviser.goals()->get(0).value("goalId").toString();
}

TEST(PatientGoals, LoggingAndOneStepBackAreRecordedAsProgressTheAdviserSees) {
    OpenStore s;
    const QString caseId = makeCase(s);
    const QString goalId = saveWalkGoal(s, caseId);
    PatientGoalsController goals;
    open(goals, s, caseId);
    ASSERT_EQ(goals.goals()->count(), 1);
    EXPECT_EQ(goals.goals()->get(0).value("plannedAmount").toDouble(), 14.0);
    EXPECT_FALSE(goals.goals()->get(0).value("loggedToday").toBool());

    Failures failures(goals);
    goals.logProgress(goalId, "lots", false);
    EXPECT_EQ(failures.count(), 1);
    EXPECT_TRUE(goals.fieldErrors().contains("amount"));
    goals.logProgress(goalId, "-3", false);
    EXPECT_TRUE(goals.fieldErrors().contains("amount")) << "core refuses a negative amount";
    EXPECT_EQ(countOf(s, caseId, "goal_progress"), 0u);

    goals.logProgress(goalId, "14", false);
    ASSERT_TRUE(waitIdle(goals));
    ASSERT_TRUE(waitFor([&] { return goals.goals()->get(0).value("loggedToday").toBool(); }));
    EXPECT_EQ(goals.goals()->get(0).value("doneToday").toDouble(), 14.0);

    goals.logProgress(goalId, "5,5", true, "Flare-up, rested");
    ASSERT_TRUE(waitIdle(goals));
    const auto entries = recordsOf(s, caseId, "goal_progress");
    ASSERT_EQ(entries.size(), 2u);
    auto back = model::GoalProgress::fromJson(entries[1].fields);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->stepBack);
    EXPECT_EQ(back->amount, 5.5);
    EXPECT_EQ(back->on, kToday);
    EXPECT_EQ(back->note, std::optional<std::string>("Flare-up, rested"));
    // The adviser's chart counts it as a step back by choice.
    GoalsController adviser;
    open(adviser, s, caseId);
    EXPECT_TRUE(adviser.progress().value("summary").toString().contains("1 step back"))
        << adviser.progress().value("summary").toString().toStdString();
}

TEST(PatientGoals, ASuggestedGoalIsSavedAsProposedWhateverTheFormSays) {
    OpenStore s;
    const QString caseId = makeCase(s);
    PatientGoalsController goals;
    open(goals, s, caseId);
    QVariantMap f = goals.suggestionForm();
    goals.suggest(f);
    EXPECT_TRUE(goals.fieldErrors().contains("what"));
    EXPECT_EQ(countOf(s, caseId, "goal"), 0u);
    f["what"] = "Answer emails";
    f["amount"] = "20";
    f["status"] = "active";  // a patient cannot agree their own goal
    goals.suggest(f);
    ASSERT_TRUE(waitIdle(goals));
    ASSERT_TRUE(waitFor([&] { return goals.goals()->count() == 1; }));
    EXPECT_EQ(goals.goals()->get(0).value("status").toString(), "proposed");
    EXPECT_EQ(goals.goals()->get(0).value("statusText").toString(), "Suggested by the client");
}

TEST(PatientContext, FindsThePatientsOwnCaseAndRemembersTheWelcome) {
    OpenStore s;
    const QString other = makeCase(s);
    const QString mine = makeCase(s);
    const std::string me = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    ASSERT_TRUE(s.run<Status>([&](store::Store& st) {
        return st.records().update(toStd(mine), {{"patientUserId", me}});
    }));
    ASSERT_TRUE(s.run<Status>([&](store::Store& st) {
        store::DeviceProfile p;
        p.userId = me;
        p.role = "patient";
        return store::saveDeviceProfile(st.database(), p);
    }));
    s.reopen();  // the profile is read on unlock
    ASSERT_EQ(s.store->userRole(), "patient");

    PatientContext context;
    context.setStore(s.store.get());
    ASSERT_TRUE(waitFor([&] { return context.loaded(); }));
    EXPECT_EQ(context.caseId(), mine) << "not " << other.toStdString();
    EXPECT_FALSE(context.welcomed());
    context.markWelcomed();
    EXPECT_TRUE(context.welcomed());
    s.store->waitForIdle();
    s.reopen();
    PatientContext again;
    again.setStore(s.store.get());
    ASSERT_TRUE(waitFor([&] { return again.loaded(); }));
    EXPECT_TRUE(again.welcomed()) << "shown once, remembered in the store";
}

TEST(PatientPrefs, DefaultsUntilSavedAndRefusesNonsense) {
    OpenStore s;
    auto none = s.run<Result<store::PatientPrefs>>(
        [](store::Store& st) { return store::loadPatientPrefs(st.database()); });
    ASSERT_TRUE(none);
    EXPECT_EQ(none->welcomedMs, 0);
    EXPECT_FALSE(s.run<Status>(
        [](store::Store& st) { return store::savePatientPrefs(st.database(), {-1}); }));
}

}  // namespace
}  // namespace rtw::app::testing
