#include "model/discharge.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"dischargedOn", "2026-07-01"},
            {"outcome", "returned_same_job_phased"},
            {"interimOutcomes", {{"hasRtwPlan", true}, {"confidenceReturning", 8}}},
            {"gpFeedbackConsent", true},
            {"summary", "Back at work 4 days a week."}};
}

}  // namespace

TEST(ModelDischarge, RoundTrips) {
    auto d = Discharge::fromJson(valid());
    ASSERT_TRUE(d) << d.status().message();
    EXPECT_EQ(d->outcome, DischargeOutcome::ReturnedSameJobPhased);
    EXPECT_EQ(toJson(*d), valid());
}

TEST(ModelDischarge, RejectsInvalidValues) {
    auto j = valid();
    j["interimOutcomes"]["confidenceReturning"] = 11;
    expectRejected<Discharge>(j, "interimOutcomes.confidenceReturning");
    j["interimOutcomes"]["confidenceReturning"] = -1;
    expectRejected<Discharge>(j, "interimOutcomes.confidenceReturning");
    j = valid();
    j["outcome"] = "retired";
    expectRejected<Discharge>(j, "outcome");
    j = valid();
    j["dischargedOn"] = "2026-06-31";
    expectRejected<Discharge>(j, "dischargedOn");
    j = valid();
    j["summary"] = "";
    expectRejected<Discharge>(j, "summary");
}

TEST(ModelDischarge, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["interimOutcomes"]["wellbeing"] = 5;
    expectRejected<Discharge>(j, "interimOutcomes.wellbeing");
    j = valid();
    j["interimOutcomes"].erase("hasRtwPlan");
    expectRejected<Discharge>(j, "interimOutcomes.hasRtwPlan");
    j = valid();
    j["gpFeedbackConsent"] = "true";
    expectRejected<Discharge>(j, "gpFeedbackConsent");
}

TEST(ModelDischarge, ReportsAllErrorsTogether) {
    auto j = valid();
    j["outcome"] = "";
    j["interimOutcomes"]["confidenceReturning"] = 20;
    j.erase("gpFeedbackConsent");
    auto r = Discharge::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
