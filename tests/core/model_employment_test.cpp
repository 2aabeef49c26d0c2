#include "model/employment.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"employerId", "3b241101-e2bb-4255-8caf-4136c566a962"},
            {"jobTitle", "Warehouse operative"},
            {"tasks", "Picking, packing, forklift"},
            {"contractedHoursPerWeek", 37.5},
            {"workHistory", "10 years in logistics"},
            {"wants", {{"hoursBand", "16_to_29"}, {"jobPreferences", "Less lifting"}}}};
}

}  // namespace

TEST(ModelEmployment, RoundTrips) {
    auto e = Employment::fromJson(valid());
    ASSERT_TRUE(e) << e.status().message();
    EXPECT_DOUBLE_EQ(e->contractedHoursPerWeek, 37.5);
    EXPECT_EQ(toJson(*e), valid());
    json minimal = {
        {"jobTitle", "Cleaner"}, {"contractedHoursPerWeek", 0.0}, {"wants", json::object()}};
    EXPECT_EQ(toJson(*Employment::fromJson(minimal)), minimal);
}

TEST(ModelEmployment, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"employerId", "42"},
        {"jobTitle", ""},
        {"contractedHoursPerWeek", 80.5},
        {"contractedHoursPerWeek", -1},
        {"tasks", std::string(2001, 'x')},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field);
        auto j = valid();
        j[field] = value;
        expectRejected<Employment>(j, field);
    }
    auto j = valid();
    j["wants"]["hoursBand"] = "full_time";
    expectRejected<Employment>(j, "wants.hoursBand");
}

TEST(ModelEmployment, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["salary"] = 20000;
    expectRejected<Employment>(j, "salary");
    j = valid();
    j.erase("jobTitle");
    expectRejected<Employment>(j, "jobTitle");
    j = valid();
    j["contractedHoursPerWeek"] = "37.5";
    expectRejected<Employment>(j, "contractedHoursPerWeek");
}

TEST(ModelEmployment, ReportsAllErrorsTogether) {
    auto j = valid();
    j["jobTitle"] = 5;
    j["contractedHoursPerWeek"] = 100;
    j["wants"]["extra"] = true;
    auto r = Employment::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
    EXPECT_NE(findFieldError(r.status(), "wants.extra"), nullptr);
}
