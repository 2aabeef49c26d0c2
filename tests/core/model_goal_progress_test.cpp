#include "model/goal_progress.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"goalId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"on", "2026-03-10"},
            {"amount", 12.5},
            {"stepBack", true},
            {"note", "Flare-up, did less"}};
}

}  // namespace

TEST(ModelGoalProgress, RoundTrips) {
    auto g = GoalProgress::fromJson(valid());
    ASSERT_TRUE(g) << g.status().message();
    EXPECT_TRUE(g->stepBack);
    EXPECT_EQ(toJson(*g), valid());
    auto zero = valid();
    zero["amount"] = 0.0;
    EXPECT_TRUE(GoalProgress::fromJson(zero)) << "a rest day is progress too";
}

TEST(ModelGoalProgress, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"goalId", "goal"}, {"on", "2026-02-29"}, {"amount", -0.5},
        {"note", ""},       {"stepBack", "no"},   {"amount", "12"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<GoalProgress>(j, field);
    }
    auto j = valid();
    j["mood"] = 3;
    expectRejected<GoalProgress>(j, "mood");
    j = valid();
    j.erase("on");
    expectRejected<GoalProgress>(j, "on");
}

TEST(ModelGoalProgress, ReportsAllErrorsTogether) {
    auto r = GoalProgress::fromJson(json{{"goalId", 1}, {"amount", -1}, {"stepBack", false}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();  // goalId, on, amount
}
