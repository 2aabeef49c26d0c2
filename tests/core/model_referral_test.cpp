#include "model/referral.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"source", "gp"},
            {"referrerName", "Dr Rachel Moss"},
            {"referrerPractice", "Leeds Road Surgery"},
            {"referralDate", "2026-03-02"},
            {"reason", "Low back pain, off work 6 weeks"},
            {"conditionGroup", "musculoskeletal"},
            {"painSites", {"lower_back", "hip"}},
            {"workStatus", "employed_off_sick"},
            {"offSickSince", "2026-01-19"},
            {"fitNoteStatus", "not_fit"},
            {"consentToContact", true},
            {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
            {"status", "accepted"}};
}

Referral parsed(const json& j) {
    auto r = Referral::fromJson(j);
    EXPECT_TRUE(r) << r.status().message();
    return r ? *r : Referral{};
}

}  // namespace

TEST(ModelReferral, RoundTrips) {
    EXPECT_EQ(toJson(parsed(valid())), valid());
    auto declined = valid();
    declined["status"] = "declined";
    declined["declineReason"] = "Already under the pain team";
    declined["eligibility"] = {{"decision", "ineligible"},
                               {"overridden", true},
                               {"overrideReason", "Lives outside the area"}};
    EXPECT_EQ(toJson(parsed(declined)), declined);
}

TEST(ModelReferral, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"source", "friend"},           {"referralDate", "2026-13-01"}, {"reason", ""},
        {"conditionGroup", "cardiac"},  {"workStatus", "retired"},      {"fitNoteStatus", "fit"},
        {"offSickSince", "2026-03-03"},  // after the referral
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field);
        auto j = valid();
        j[field] = value;
        expectRejected<Referral>(j, field);
    }
    auto badSite = valid();
    badSite["painSites"] = {"lower_back", "tail"};
    expectRejected<Referral>(badSite, "painSites[1]");
    auto repeated = valid();
    repeated["painSites"] = {"knee", "knee"};
    expectRejected<Referral>(repeated, "painSites[1]");
    auto noSites = valid();
    noSites["painSites"] = json::array();
    expectRejected<Referral>(noSites, "painSites");
    noSites["conditionGroup"] = "mental_health";
    EXPECT_TRUE(Referral::fromJson(noSites)) << "pain sites only required for MSK";
}

TEST(ModelReferral, WorkStatusDatesGoWithTheirStatus) {
    auto j = valid();
    j.erase("offSickSince");
    expectRejected<Referral>(j, "offSickSince");
    j = valid();
    j["workStatus"] = "unemployed";
    expectRejected<Referral>(j, "unemployedSince");
    expectRejected<Referral>(j, "offSickSince");  // left over from off sick
    j.erase("offSickSince");
    j["unemployedSince"] = "2025-09-01";
    EXPECT_TRUE(Referral::fromJson(j));
    j["workStatus"] = "self_employed";
    expectRejected<Referral>(j, "unemployedSince");
}

TEST(ModelReferral, EligibilityOverrideNeedsReason) {
    auto j = valid();
    j["eligibility"]["overridden"] = true;
    expectRejected<Referral>(j, "eligibility.overrideReason");
    j["eligibility"]["overrideReason"] = "Adviser judgement";
    EXPECT_TRUE(Referral::fromJson(j));
    j["eligibility"]["overridden"] = false;
    expectRejected<Referral>(j, "eligibility.overrideReason");
    j = valid();
    j["eligibility"] = {{"decision", "pending"}, {"overridden", true}, {"overrideReason", "x"}};
    j["status"] = "received";
    expectRejected<Referral>(j, "eligibility.decision");
}

TEST(ModelReferral, StatusRules) {
    auto j = valid();
    j["status"] = "declined";
    expectRejected<Referral>(j, "declineReason");
    j = valid();
    j["declineReason"] = "Not needed";
    expectRejected<Referral>(j, "declineReason");
    j = valid();
    j["eligibility"]["decision"] = "ineligible";
    expectRejected<Referral>(j, "status");  // accepted while ineligible
}

TEST(ModelReferral, RejectsUnknownMissingAndWrongType) {
    auto unknown = valid();
    unknown["eligibility"]["score"] = 3;
    expectRejected<Referral>(unknown, "eligibility.score");
    auto missing = valid();
    missing.erase("consentToContact");
    expectRejected<Referral>(missing, "consentToContact");
    auto wrongType = valid();
    wrongType["consentToContact"] = "yes";
    expectRejected<Referral>(wrongType, "consentToContact");
    auto notList = valid();
    notList["painSites"] = "knee";
    expectRejected<Referral>(notList, "painSites");
}

TEST(ModelReferral, ReportsAllErrorsWithoutCascades) {
    auto j = valid();
    j["workStatus"] = "retired";  // bad enum: no complaint about offSickSince
    j["reason"] = 7;
    j["eligibility"]["decision"] = "maybe";  // bad enum: no complaint about accepted
    auto r = Referral::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
    EXPECT_NE(findFieldError(r.status(), "eligibility.decision"), nullptr);
}

TEST(ModelReferral, EligibleWhenInWorkAndConsenting) {
    auto result = checkEligibility(parsed(valid()));
    EXPECT_EQ(result.decision, EligibilityDecision::Eligible);
    EXPECT_TRUE(result.reasons.empty());
}

TEST(ModelReferral, IneligibleWithoutConsent) {
    auto r = parsed(valid());
    r.consentToContact = false;
    auto result = checkEligibility(r);
    EXPECT_EQ(result.decision, EligibilityDecision::Ineligible);
    ASSERT_EQ(result.reasons.size(), 1u);
    EXPECT_NE(result.reasons[0].find("agreed to be contacted"), std::string::npos);
}

TEST(ModelReferral, UnemployedLessThanTwelveMonths) {
    auto j = valid();
    j.erase("offSickSince");
    j["workStatus"] = "unemployed";
    j["unemployedSince"] = "2025-03-03";  // 364 days before 2026-03-02
    EXPECT_EQ(checkEligibility(parsed(j)).decision, EligibilityDecision::Eligible);
    j["unemployedSince"] = "2025-03-02";  // exactly a year
    auto result = checkEligibility(parsed(j));
    EXPECT_EQ(result.decision, EligibilityDecision::Ineligible);
    EXPECT_NE(result.reasons.at(0).find("12 months"), std::string::npos);
}

TEST(ModelReferral, PendingWhenInformationMissing) {
    auto r = parsed(valid());
    r.painSites.clear();
    EXPECT_EQ(checkEligibility(r).decision, EligibilityDecision::Pending);
    r = parsed(valid());
    r.workStatus = WorkStatus::Unemployed;
    r.unemployedSince.reset();
    auto result = checkEligibility(r);
    EXPECT_EQ(result.decision, EligibilityDecision::Pending);
    EXPECT_EQ(result.reasons.size(), 1u);
}

TEST(ModelReferral, AcceptingNeedsConsentToBeContactedEvenWhenOverridden) {
    auto j = valid();
    j["consentToContact"] = false;
    j["eligibility"] = {
        {"decision", "eligible"}, {"overridden", true}, {"overrideReason", "GP asked us to"}};
    expectRejected<Referral>(j, "consentToContact");
    j["status"] = "received";  // kept on file, not taken on: allowed
    EXPECT_TRUE(Referral::fromJson(j)) << Referral::fromJson(j).status().message();
}
