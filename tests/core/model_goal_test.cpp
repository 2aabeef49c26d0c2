#include "model/goal.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"category", "activity"},
            {"what", "Walk"},
            {"amount", 30.0},
            {"unit", "minutes"},
            {"frequency", "times_per_week"},
            {"timesPerWeek", 5},
            {"byWhen", "2026-05-01"},
            {"pacing",
             {{"baseline", 10.0}, {"increment", 5.0}, {"incrementEveryDays", 7}, {"target", 25.0}}},
            {"status", "active"}};
}

}  // namespace

TEST(ModelGoal, RoundTrips) {
    auto g = Goal::fromJson(valid());
    ASSERT_TRUE(g) << g.status().message();
    EXPECT_EQ(toJson(*g), valid());
    json minimal = {{"category", "work"}, {"what", "Answer emails"}, {"amount", 1.0},
                    {"unit", "hour"},     {"frequency", "daily"},    {"status", "paused"}};
    EXPECT_EQ(toJson(*Goal::fromJson(minimal)), minimal);
}

TEST(ModelGoal, TimesPerWeekGoesWithItsFrequency) {
    auto j = valid();
    j.erase("timesPerWeek");
    expectRejected<Goal>(j, "timesPerWeek");
    j = valid();
    j["timesPerWeek"] = 15;
    expectRejected<Goal>(j, "timesPerWeek");
    j["timesPerWeek"] = 0;
    expectRejected<Goal>(j, "timesPerWeek");
    j = valid();
    j["frequency"] = "daily";
    expectRejected<Goal>(j, "timesPerWeek");
}

TEST(ModelGoal, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"amount", 0},
        {"amount", -2},
        {"what", ""},
        {"unit", ""},
        {"category", "diet"},
        {"status", "done"},
        {"byWhen", "2026-04-31"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<Goal>(j, field);
    }
    const std::vector<std::pair<std::string, json>> pacing = {
        {"baseline", -1},           {"increment", 0}, {"incrementEveryDays", 0},
        {"incrementEveryDays", 61}, {"target", 5.0},
    };
    for (const auto& [field, value] : pacing) {
        SCOPED_TRACE("pacing." + field + "=" + value.dump());
        auto j = valid();
        j["pacing"][field] = value;
        expectRejected<Goal>(j, "pacing." + field);
    }
    auto j = valid();
    j["pacing"].erase("target");
    j["pacing"]["baseline"] = 40.0;  // above the goal amount, no target
    expectRejected<Goal>(j, "pacing.baseline");
}

TEST(ModelGoal, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["pacing"]["curve"] = "linear";
    expectRejected<Goal>(j, "pacing.curve");
    j = valid();
    j.erase("unit");
    expectRejected<Goal>(j, "unit");
    j = valid();
    j["amount"] = "30";
    expectRejected<Goal>(j, "amount");
}

TEST(ModelGoal, ReportsAllErrorsTogether) {
    auto j = valid();
    j["amount"] = -1;
    j["frequency"] = "hourly";  // no cascade onto timesPerWeek
    j["pacing"]["increment"] = -5;
    auto r = Goal::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}

TEST(ModelGoal, PlannedAmountFollowsPacing) {
    const auto g = *Goal::fromJson(valid());  // 10, +5 every 7 days, up to 25
    const Date start = ymd(2026, 3, 2);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 2, 20)), 10.0) << "before start";
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, start), 10.0);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 3, 8)), 10.0);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 3, 9)), 15.0);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 3, 16)), 20.0);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 3, 23)), 25.0);
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, start, ymd(2026, 6, 1)), 25.0) << "capped at target";
}

TEST(ModelGoal, PlannedAmountCapsAtAmountWithoutTarget) {
    auto g = *Goal::fromJson(valid());
    g.pacing->target.reset();
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, ymd(2026, 3, 2), ymd(2026, 9, 1)), 30.0);
    g.pacing.reset();
    EXPECT_DOUBLE_EQ(plannedAmountOn(g, ymd(2026, 3, 2), ymd(2026, 3, 2)), 30.0);
}

TEST(ModelGoal, PacingStartsOnItsRecordedDayElseTheFallback) {
    auto j = valid();
    const auto withoutStart = *Goal::fromJson(j);
    EXPECT_EQ(pacingStart(withoutStart, ymd(2026, 3, 2)), ymd(2026, 3, 2));
    j["pacing"]["startOn"] = "2026-03-09";
    auto g = Goal::fromJson(j);
    ASSERT_TRUE(g) << g.status().message();
    EXPECT_EQ(toJson(*g), j);
    EXPECT_EQ(pacingStart(*g, ymd(2026, 3, 2)), ymd(2026, 3, 9));
    EXPECT_DOUBLE_EQ(plannedAmountOn(*g, pacingStart(*g, ymd(2026, 3, 2)), ymd(2026, 3, 16)), 15.0);
    j["pacing"]["startOn"] = "09/03/2026";
    expectRejected<Goal>(j, "pacing.startOn");
}
