// Which follow-up is due on a given day: windows open 14 days before the
// target, stay open until the next opens or for 3 months after the target,
// whichever is first, become overdue 15 days after the target, and close once
// completed.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>

#include "questionnaire/due.h"

namespace rtw::questionnaire {
namespace {

using namespace std::chrono;
using Ymd = year_month_day;

const std::vector<Timepoint> kSchedule{
    {"baseline", 0}, {"month3", 3}, {"month6", 6}, {"month12", 12}};
constexpr Ymd kBaseline{2025y, January, 15d};

/// The id of the follow-up due on `today` ("" if none), failing the test on error.
std::string dueId(Ymd today, const std::vector<Ymd>& completions = {}, Ymd baseline = kBaseline) {
    auto r = dueOn(kSchedule, baseline, completions, today);
    if (!r) {
        ADD_FAILURE() << r.status().message();
        return "error";
    }
    return *r ? (*r)->window.timepoint.id : "";
}

bool overdue(Ymd today, const std::vector<Ymd>& completions = {}) {
    auto r = dueOn(kSchedule, kBaseline, completions, today);
    return r && *r && (*r)->overdue;
}

TEST(QuestionnaireDue, WindowsFromTheBaseline) {
    auto w = followUpWindows(kSchedule, kBaseline);
    ASSERT_TRUE(w.isOk()) << w.status().message();
    ASSERT_EQ(w->size(), 3u);  // baseline has no window
    EXPECT_EQ((*w)[0], (TimepointWindow{{"month3", 3},
                                        2025y / April / 15d,
                                        2025y / April / 1d,
                                        2025y / June / 30d,
                                        2025y / April / 30d}));
    EXPECT_EQ((*w)[1].target, 2025y / July / 15d);
    EXPECT_EQ((*w)[1].opens, 2025y / July / 1d);
    EXPECT_EQ((*w)[1].lastDay, 2025y / October / 15d);  // 3 months, before month12 opens
    EXPECT_EQ((*w)[2].target, 2026y / January / 15d);
    EXPECT_EQ((*w)[2].lastDay, 2026y / April / 15d);  // the last stays open 3 months
}

TEST(QuestionnaireDue, NothingDueBeforeTheFirstWindowOpens) {
    EXPECT_EQ(dueId(2025y / January / 15d), "");
    EXPECT_EQ(dueId(2025y / March / 31d), "");
    EXPECT_EQ(dueId(2024y / December / 1d), "");  // before the baseline itself
}

TEST(QuestionnaireDue, DueFromTwoWeeksEarlyAndOverdueAfterTwoWeeksLate) {
    EXPECT_EQ(dueId(2025y / April / 1d), "month3");
    EXPECT_FALSE(overdue(2025y / April / 1d));
    EXPECT_FALSE(overdue(2025y / April / 29d));  // target + 14 days: still on time
    EXPECT_TRUE(overdue(2025y / April / 30d));
    EXPECT_EQ(dueId(2025y / June / 30d), "month3");  // late is better than missing
    EXPECT_TRUE(overdue(2025y / June / 30d));
}

TEST(QuestionnaireDue, AMissedFollowUpGivesWayToTheNext) {
    EXPECT_EQ(dueId(2025y / July / 1d), "month6");
    EXPECT_FALSE(overdue(2025y / July / 1d));
}

TEST(QuestionnaireDue, CompletingAFollowUpClosesItsWindow) {
    const std::vector<Ymd> done{2025y / April / 10d};
    EXPECT_EQ(dueId(2025y / April / 10d, done), "");
    EXPECT_EQ(dueId(2025y / May / 1d, done), "");
    EXPECT_EQ(dueId(2025y / July / 1d, done), "month6");
    EXPECT_EQ(dueId(2025y / July / 20d, {2025y / April / 10d, 2025y / July / 20d}), "");
}

TEST(QuestionnaireDue, CompletionsOutsideAnyWindowDoNotCount) {
    // The baseline itself and an extra one in February are not month3.
    EXPECT_EQ(dueId(2025y / April / 2d, {kBaseline, 2025y / February / 1d, 2025y / March / 31d}),
              "month3");
}

TEST(QuestionnaireDue, AWindowClosesThreeMonthsAfterItsTargetIfTheNextIsFarOff) {
    EXPECT_EQ(dueId(2025y / October / 15d), "month6");
    EXPECT_EQ(dueId(2025y / October / 16d), "");
    EXPECT_EQ(dueId(2025y / December / 31d), "");
    EXPECT_EQ(dueId(2026y / January / 1d), "month12");
}

TEST(QuestionnaireDue, TheLastTimepointClosesThreeMonthsAfterItsTarget) {
    EXPECT_EQ(dueId(2026y / January / 1d), "month12");
    EXPECT_EQ(dueId(2026y / April / 15d), "month12");
    EXPECT_TRUE(overdue(2026y / April / 15d));
    EXPECT_EQ(dueId(2026y / April / 16d), "");
}

TEST(QuestionnaireDue, MonthEndsClampToShorterMonths) {
    auto w = followUpWindows(kSchedule, 2024y / November / 30d);
    ASSERT_TRUE(w.isOk());
    EXPECT_EQ((*w)[0].target, 2025y / February / 28d);
    auto leap = followUpWindows(kSchedule, 2023y / November / 30d);
    ASSERT_TRUE(leap.isOk());
    EXPECT_EQ((*leap)[0].target, 2024y / February / 29d);
    auto jan31 = followUpWindows(kSchedule, 2025y / January / 31d);
    ASSERT_TRUE(jan31.isOk());
    EXPECT_EQ((*jan31)[0].target, 2025y / April / 30d);
    EXPECT_EQ((*jan31)[1].target, 2025y / July / 31d);
}

TEST(QuestionnaireDue, RejectsDatesThatAreNotRealDays) {
    auto badToday = dueOn(kSchedule, kBaseline, {}, 2025y / February / 30d);
    ASSERT_FALSE(badToday.isOk());
    EXPECT_EQ(badToday.status().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(badToday.status().fieldErrors().at(0).field, "today");
    auto badBaseline = dueOn(kSchedule, 2025y / April / 31d, {}, 2025y / May / 1d);
    ASSERT_FALSE(badBaseline.isOk());
    EXPECT_EQ(badBaseline.status().fieldErrors().at(0).field, "baselineCompleted");
    auto badCompletion =
        dueOn(kSchedule, kBaseline, {2025y / April / 2d, 2025y / June / 31d}, 2025y / May / 1d);
    ASSERT_FALSE(badCompletion.isOk());
    EXPECT_EQ(badCompletion.status().fieldErrors().at(0).field, "completions[1]");
}

TEST(QuestionnaireDue, ABaselineOnlyScheduleIsNeverDue) {
    auto r = dueOn({{"baseline", 0}}, kBaseline, {}, 2025y / April / 15d);
    ASSERT_TRUE(r.isOk());
    EXPECT_FALSE(r->has_value());
}

}  // namespace
}  // namespace rtw::questionnaire
