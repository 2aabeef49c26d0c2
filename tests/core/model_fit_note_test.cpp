#include "model/fit_note.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"status", "may_be_fit"},    {"adjustments", {"phased_return", "amended_duties"}},
            {"validFrom", "2026-03-01"}, {"validTo", "2026-03-28"},
            {"issuerProfession", "gp"},  {"comments", "No heavy lifting"}};
}

}  // namespace

TEST(ModelFitNote, RoundTrips) {
    auto f = FitNote::fromJson(valid());
    ASSERT_TRUE(f) << f.status().message();
    EXPECT_EQ(f->adjustments.size(), 2u);
    EXPECT_EQ(toJson(*f), valid());
    auto oneDay = valid();
    oneDay["validTo"] = "2026-03-01";
    EXPECT_TRUE(FitNote::fromJson(oneDay)) << "a note may cover a single day";
}

TEST(ModelFitNote, AdjustmentsOnlyWhenMayBeFit) {
    auto j = valid();
    j["status"] = "not_fit";
    expectRejected<FitNote>(j, "adjustments");
    j["adjustments"] = json::array();
    EXPECT_TRUE(FitNote::fromJson(j));
}

TEST(ModelFitNote, RejectsInvalidValues) {
    auto j = valid();
    j["validTo"] = "2026-02-28";
    expectRejected<FitNote>(j, "validTo");
    j = valid();
    j["validFrom"] = "2026-02-30";
    expectRejected<FitNote>(j, "validFrom");
    j = valid();
    j["issuerProfession"] = "dentist";
    expectRejected<FitNote>(j, "issuerProfession");
    j = valid();
    j["adjustments"] = {"phased_return", "working_from_home"};
    expectRejected<FitNote>(j, "adjustments[1]");
    j = valid();
    j["adjustments"] = {"altered_hours", "altered_hours"};
    expectRejected<FitNote>(j, "adjustments[1]");
}

TEST(ModelFitNote, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["gmcNumber"] = "1234567";
    expectRejected<FitNote>(j, "gmcNumber");
    j = valid();
    j.erase("validTo");
    expectRejected<FitNote>(j, "validTo");
    j = valid();
    j["adjustments"] = "phased_return";
    expectRejected<FitNote>(j, "adjustments");
}

TEST(ModelFitNote, ReportsAllErrorsWithoutCascades) {
    auto j = valid();
    j["validFrom"] = "bad";  // no extra complaint that validTo is before it
    j["status"] = "fit";
    j["comments"] = "";
    auto r = FitNote::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
