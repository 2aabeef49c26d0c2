#include "model/rtw_plan.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"version", 2},
            {"status", "agreed"},
            {"targetDate", "2026-05-04"},
            {"phases",
             {{{"week", 1}, {"days", 3}, {"hoursPerDay", 4.0}, {"employerVisible", true}},
              {{"week", 2},
               {"days", 4},
               {"hoursPerDay", 4.0},
               {"notes", "Add Thursday"},
               {"employerVisible", true}},
              {{"week", 4},
               {"days", 5},
               {"hoursPerDay", 7.5},
               {"notes", "Pain clinic review first"},
               {"employerVisible", false}}}},
            {"adjustments",
             {{{"type", "amended_duties"},
               {"description", "No lifting over 10 kg"},
               {"employerVisible", true}},
              {{"type", "travel_changes"},
               {"description", "Avoid rush hour because of back pain"},
               {"employerVisible", false}}}},
            {"actions",
             {{{"id", "0f8fad5b-d9cb-469f-a165-70867728950e"},
               {"description", "Order sit-stand desk"},
               {"owner", "employer"},
               {"dueDate", "2026-03-20"},
               {"status", "open"},
               {"employerVisible", true}},
              {{"id", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
               {"description", "Ask GP about medication"},
               {"owner", "patient"},
               {"status", "open"},
               {"employerVisible", false}}}},
            {"reviewDates", {"2026-03-27", "2026-04-24"}},
            {"employerVisible", {{"targetDate", true}, {"reviewDates", false}}},
            {"adviserContact", {{"name", "Chris Adviser"}, {"phone", "0113 496 0001"}}}};
}

}  // namespace

TEST(ModelRtwPlan, RoundTrips) {
    auto p = RtwPlan::fromJson(valid());
    ASSERT_TRUE(p) << p.status().message();
    EXPECT_EQ(p->phases.size(), 3u);
    EXPECT_EQ(toJson(*p), valid());
    EXPECT_TRUE(validate(*p).isOk());
}

TEST(ModelRtwPlan, PhaseRules) {
    auto j = valid();
    j["phases"][1]["week"] = 1;  // not after week 1
    expectRejected<RtwPlan>(j, "phases[1].week");
    j = valid();
    j["phases"][0]["week"] = 0;
    expectRejected<RtwPlan>(j, "phases[0].week");
    j = valid();
    j["phases"][2]["days"] = 8;
    expectRejected<RtwPlan>(j, "phases[2].days");
    j = valid();
    j["phases"][2]["hoursPerDay"] = 24.5;
    expectRejected<RtwPlan>(j, "phases[2].hoursPerDay");
    j = valid();
    j["phases"][0]["days"] = 0;
    expectRejected<RtwPlan>(j, "phases[0].hoursPerDay");
}

TEST(ModelRtwPlan, RejectsInvalidValues) {
    auto j = valid();
    j["version"] = 0;
    expectRejected<RtwPlan>(j, "version");
    j = valid();
    j["status"] = "signed";
    expectRejected<RtwPlan>(j, "status");
    j = valid();
    j["adjustments"][1]["type"] = "gardening_leave";
    expectRejected<RtwPlan>(j, "adjustments[1].type");
    j = valid();
    j["actions"][0]["owner"] = "hr";
    expectRejected<RtwPlan>(j, "actions[0].owner");
    j = valid();
    j["actions"][1]["id"] = j["actions"][0]["id"];
    expectRejected<RtwPlan>(j, "actions[1].id");
    j = valid();
    j["actions"][1]["dueDate"] = "2026-02-30";
    expectRejected<RtwPlan>(j, "actions[1].dueDate");
    j = valid();
    j["reviewDates"] = {"2026-04-24", "2026-03-27"};
    expectRejected<RtwPlan>(j, "reviewDates[1]");
    j = valid();
    j["adviserContact"]["email"] = "nope";
    expectRejected<RtwPlan>(j, "adviserContact.email");
}

TEST(ModelRtwPlan, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["diagnosis"] = "Lumbar disc prolapse";
    expectRejected<RtwPlan>(j, "diagnosis");
    j = valid();
    j["phases"][0].erase("employerVisible");
    expectRejected<RtwPlan>(j, "phases[0].employerVisible");
    j = valid();
    j["employerVisible"].erase("reviewDates");
    expectRejected<RtwPlan>(j, "employerVisible.reviewDates");
    j = valid();
    j["phases"][0]["days"] = "3";
    expectRejected<RtwPlan>(j, "phases[0].days");
}

TEST(ModelRtwPlan, ReportsAllErrorsWithoutCascades) {
    auto j = valid();
    j["phases"][1]["week"] = "two";  // no "not after the week before" for phases[2]
    j["phases"][2]["days"] = 9;
    j["actions"][0]["status"] = "started";
    auto r = RtwPlan::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}

TEST(ModelRtwPlan, EmployerViewShowsOnlyVisibleParts) {
    const auto plan = *RtwPlan::fromJson(valid());
    const json view = employerView(plan);
    const std::string text = view.dump();
    for (const char* hidden :
         {"Pain clinic review first", "Avoid rush hour", "Ask GP about medication", "2026-03-27",
          "employerVisible", "7c9e6679"}) {
        EXPECT_EQ(text.find(hidden), std::string::npos) << hidden << " leaked: " << text;
    }
    EXPECT_EQ(view["phases"].size(), 2u);
    EXPECT_EQ(view["adjustments"].size(), 1u);
    EXPECT_EQ(view["actions"].size(), 1u);
    EXPECT_EQ(view["actions"][0]["description"], "Order sit-stand desk");
    EXPECT_EQ(view["targetDate"], "2026-05-04");
    EXPECT_FALSE(view.contains("reviewDates"));
    EXPECT_EQ(view["adviserContact"]["name"], "Chris Adviser");

    auto hiddenTarget = plan;
    hiddenTarget.employerVisible = {false, true};
    const json view2 = employerView(hiddenTarget);
    EXPECT_FALSE(view2.contains("targetDate"));
    EXPECT_EQ(view2["reviewDates"], json({"2026-03-27", "2026-04-24"}));
}

TEST(ModelRtwPlan, DescribeChangesInPlainEnglish) {
    const auto before = *RtwPlan::fromJson(valid());
    auto after = before;
    after.version = 3;
    after.targetDate = Date{std::chrono::year{2026}, std::chrono::month{5}, std::chrono::day{18}};
    after.phases[1].days = 5;
    after.phases.push_back({6, 5, 8.0, std::nullopt, true});
    after.actions[0].status = ActionStatus::Done;
    after.adjustments.erase(after.adjustments.begin());
    after.reviewDates.pop_back();

    const auto lines = describeChanges(before, after);
    const std::vector<std::string> expected = {
        "Target date changed from 04/05/2026 to 18/05/2026.",
        "Week 2 changed from 4 days of 4 hours to 5 days of 4 hours.",
        "Week 6 added: 5 days of 8 hours.",
        "Adjustment removed: amended duties: No lifting over 10 kg.",
        "Action \"Order sit-stand desk\" marked done.",
        "Review on 24/04/2026 removed.",
    };
    EXPECT_EQ(lines, expected);
    EXPECT_TRUE(describeChanges(before, before).empty());
}

TEST(ModelRtwPlan, DescribeChangesEndsEachLineWithOneFullStop) {
    const auto before = *RtwPlan::fromJson(valid());
    auto after = before;
    after.adjustments.push_back({AdjustmentType::TravelChanges, "Start at 10:00.", true});
    after.adjustments.push_back({AdjustmentType::ErgonomicChanges, "New chair", false});
    const auto lines = describeChanges(before, after);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "Adjustment added: ergonomic changes: New chair.");
    EXPECT_EQ(lines[1], "Adjustment added: travel changes: Start at 10:00.");
}

TEST(ModelRtwPlan, DescribeChangesForEmployerHidesInvisibleParts) {
    const auto before = *RtwPlan::fromJson(valid());
    auto after = before;
    after.actions[1].status = ActionStatus::Done;  // invisible action
    after.phases[2].hoursPerDay = 6;               // invisible week 4
    after.actions[0].dueDate.reset();              // visible action
    EXPECT_EQ(describeChanges(before, after).size(), 3u);
    const auto forEmployer =
        describeChanges(employerVisiblePart(before), employerVisiblePart(after));
    ASSERT_EQ(forEmployer.size(), 1u);
    EXPECT_EQ(forEmployer[0],
              "Action \"Order sit-stand desk\" due date changed from 20/03/2026 to none.");
}

TEST(ModelRtwPlan, EmployerChangeSummaryNeverMentionsHiddenParts) {
    auto before = *RtwPlan::fromJson(valid());
    before.employerVisible.targetDate = true;
    before.employerVisible.reviewDates = true;
    auto after = before;
    after.employerVisible.targetDate = false;  // adviser hides the target date
    after.employerVisible.reviewDates = false;
    for (const auto& line :
         describeChanges(employerVisiblePart(before), employerVisiblePart(after))) {
        EXPECT_EQ(line.find("shown to the employer"), std::string::npos) << line;
        EXPECT_EQ(line.find("hidden"), std::string::npos) << line;
    }
    const auto part = employerVisiblePart(after);
    EXPECT_FALSE(part.targetDate.has_value());
    EXPECT_TRUE(part.reviewDates.empty());
}

TEST(ModelRtwPlan, DescribesVisibilityChanges) {
    const auto before = *RtwPlan::fromJson(valid());
    auto after = before;
    after.phases[2].employerVisible = true;
    after.employerVisible.reviewDates = true;
    const auto lines = describeChanges(before, after);
    const std::vector<std::string> expected = {"Week 4 is now shown to the employer.",
                                               "Review dates are now shown to the employer."};
    EXPECT_EQ(lines, expected);
}
