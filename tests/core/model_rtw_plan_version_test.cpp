#include "model/rtw_plan_version.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json plan() {
    return {
        {"version", 1},
        {"status", "agreed"},
        {"phases", {{{"week", 1}, {"days", 2}, {"hoursPerDay", 4.0}, {"employerVisible", true}}}},
        {"adjustments", json::array()},
        {"actions", json::array()},
        {"reviewDates", {"2026-04-01"}},
        {"employerVisible", {{"targetDate", false}, {"reviewDates", true}}}};
}

json valid() {
    return {{"planId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"version", 1},
            {"snapshot", plan()},
            {"agreedOn", "2026-03-12"},
            {"agreedBy", {"patient", "adviser"}},
            {"changeSummary", {"First version."}}};
}

}  // namespace

TEST(ModelRtwPlanVersion, RoundTrips) {
    auto v = RtwPlanVersion::fromJson(valid());
    ASSERT_TRUE(v) << v.status().message();
    EXPECT_EQ(v->snapshot.phases.at(0).days, 2);
    EXPECT_EQ(toJson(*v), valid());
}

TEST(ModelRtwPlanVersion, ValidatesTheSnapshot) {
    auto j = valid();
    j["snapshot"]["phases"][0]["hoursPerDay"] = 30;
    expectRejected<RtwPlanVersion>(j, "snapshot.phases[0].hoursPerDay");
    j = valid();
    j["snapshot"]["secret"] = true;
    expectRejected<RtwPlanVersion>(j, "snapshot.secret");
    j = valid();
    j["snapshot"]["status"] = "draft";
    expectRejected<RtwPlanVersion>(j, "snapshot.status");
    j = valid();
    j["version"] = 2;
    expectRejected<RtwPlanVersion>(j, "snapshot.version");
    j = valid();
    j["snapshot"] = "see plan";
    expectRejected<RtwPlanVersion>(j, "snapshot");
}

TEST(ModelRtwPlanVersion, PatientMustAgree) {
    auto j = valid();
    j["agreedBy"] = {"adviser", "employer"};
    expectRejected<RtwPlanVersion>(j, "agreedBy");
    j["agreedBy"] = {"patient", "patient"};
    expectRejected<RtwPlanVersion>(j, "agreedBy[1]");
    j["agreedBy"] = {"patient", "union_rep"};
    expectRejected<RtwPlanVersion>(j, "agreedBy[1]");
}

TEST(ModelRtwPlanVersion, RejectsInvalidUnknownMissingAndWrongType) {
    auto j = valid();
    j["planId"] = "plan-1";
    expectRejected<RtwPlanVersion>(j, "planId");
    j = valid();
    j["agreedOn"] = "12/03/2026";
    expectRejected<RtwPlanVersion>(j, "agreedOn");
    j = valid();
    j["changeSummary"] = {"ok", 3};
    expectRejected<RtwPlanVersion>(j, "changeSummary[1]");
    j = valid();
    j["signature"] = "x";
    expectRejected<RtwPlanVersion>(j, "signature");
    j = valid();
    j.erase("snapshot");
    expectRejected<RtwPlanVersion>(j, "snapshot");
}

TEST(ModelRtwPlanVersion, ReportsAllErrorsTogether) {
    auto j = valid();
    j["planId"] = "";
    j["snapshot"]["phases"][0]["days"] = -1;
    j["agreedOn"] = "2026-02-29";
    auto r = RtwPlanVersion::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
