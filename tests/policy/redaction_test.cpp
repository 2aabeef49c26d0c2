// What each reader actually receives: an employer never gets diagnosis,
// notes, questionnaires, check-ins or hidden plan parts; patients and
// referrers get their documented subsets.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "policy_fixtures.h"

using namespace rtw;
using namespace rtw::policy;
using namespace rtw::policytest;
using model::UserRole;
using nlohmann::json;

TEST(PolicyRedaction, EmployerGetsOnlyVisiblePartsOfASharedVersion) {
    const Principal e = principal(UserRole::EmployerContact, kEmployer);
    const Sample& v = sample("rtw_plan_version+shared");
    auto got = redactForReader(e, ownCase(), v.ref(), kNow);
    ASSERT_TRUE(got);
    const json expected = {
        {"version", 1},
        {"status", "agreed"},
        {"phases", {{{"week", 1}, {"days", 2}, {"hoursPerDay", 4.0}, {"notes", "Mornings only"}}}},
        {"adjustments", {{{"type", "amended_duties"}, {"description", "No lifting over 10 kg"}}}},
        {"actions",
         {{{"description", "Order sit-stand desk"},
           {"owner", "employer"},
           {"status", "open"},
           {"dueDate", "2026-03-20"}}}},
        {"adviserContact", {{"name", "Chris Adviser"}, {"phone", "0113 496 0001"}}}};
    EXPECT_EQ(*got, expected);
    const std::string text = got->dump();
    for (const char* secret : {"HIDDEN", "lower back", "depression", "employerVisible",
                               "changeSummary", "agreedBy", "2026-05-04", "2026-03-27"})
        EXPECT_EQ(text.find(secret), std::string::npos) << secret;
}

TEST(PolicyRedaction, EmployerGetsNothingElseOfTheCaseEvenWithAnActiveShare) {
    const Principal e = principal(UserRole::EmployerContact, kEmployer);
    // Besides the shared version: their own standing grants and their own answers.
    const std::set<std::string> theirs = {
        "rtw_plan_version+shared",       "share_grant",
        "share_grant+by_patient",        "employer_response",
        "employer_response+acknowledge", "employer_response+other_grant"};
    for (const Sample& s : samples()) {
        if (theirs.count(s.name)) {
            EXPECT_TRUE(redactForReader(e, ownCase(), s.ref(), kNow)) << s.name;
            continue;
        }
        EXPECT_FALSE(redactForReader(e, ownCase(), s.ref(), kNow)) << s.name;
    }
}

TEST(PolicyRedaction, EmployerLosesAccessWhenConsentIsWithdrawnAndRegainsItOnRegrant) {
    const Principal e = principal(UserRole::EmployerContact, kEmployer);
    const Sample& v = sample("rtw_plan_version+shared");
    model::ConsentEvent grant;
    grant.scope = model::ConsentScope::SharePlanWithEmployer;
    grant.recipientId = kEmployer;
    grant.recipientName = "Pat Jones";
    grant.recordedBy = kAdviser;
    grant.at = kNow - 5000;
    model::ConsentEvent withdraw = grant;
    withdraw.action = model::ConsentAction::Withdraw;
    CaseFacts f = ownCase();
    withdraw.at = grant.at;  // same instant: no consent
    f.consent = model::currentConsent({grant, withdraw});
    EXPECT_FALSE(redactForReader(e, f, v.ref(), kNow));
    EXPECT_FALSE(mayKnowCaseExists(e, f, kNow));
    model::ConsentEvent regrant = grant;
    regrant.at = kNow - 1000;
    f.consent = model::currentConsent({grant, withdraw, regrant});
    EXPECT_TRUE(redactForReader(e, f, v.ref(), kNow));
    EXPECT_TRUE(redactForReader(e, f, v.ref(), kExpiry - 1));
    EXPECT_FALSE(redactForReader(e, f, v.ref(), kExpiry));  // expiry is exclusive
}

TEST(PolicyRedaction, EmployerGetsNothingFromAMalformedVersion) {
    const Principal e = principal(UserRole::EmployerContact, kEmployer);
    json broken = sample("rtw_plan_version+shared").fields;
    broken["snapshot"]["phases"][1].erase("employerVisible");  // hidden-ness unknown
    const RecordRef r{"rtw_plan_version", kSharedVersion, broken};
    EXPECT_EQ(viewOf(e, ownCase(), r, kNow), View::Employer);
    EXPECT_FALSE(redactForReader(e, ownCase(), r, kNow));
}

TEST(PolicyRedaction, PatientGetsAReferralSummaryAndOnlySharedNotes) {
    const Principal p = principal(UserRole::Patient, kPatient);
    auto referral = redactForReader(p, ownCase(), sample("referral").ref(), kNow);
    ASSERT_TRUE(referral);
    EXPECT_FALSE(referral->contains("reason"));
    EXPECT_FALSE(referral->contains("eligibility"));
    EXPECT_EQ(referral->at("status"), "received");
    EXPECT_FALSE(redactForReader(p, ownCase(), sample("case_note").ref(), kNow));
    EXPECT_EQ(redactForReader(p, ownCase(), sample("case_note+shared").ref(), kNow),
              sample("case_note+shared").fields);
    EXPECT_EQ(redactForReader(p, ownCase(), sample("rtw_plan").ref(), kNow), fullPlan());
}

TEST(PolicyRedaction, ReferrerGetsStatusAndFeedbackOnly) {
    const Principal r = principal(UserRole::Referrer, kReferrer);
    json declined = sample("referral").fields;
    declined["status"] = "declined";
    declined["declineReason"] = "Not in work and not seeking work.";
    auto got = redactForReader(r, ownCase(), RecordRef{"referral", "x", declined}, kNow);
    ASSERT_TRUE(got);
    EXPECT_EQ(*got, (json{{"referralDate", "2026-03-02"},
                          {"status", "declined"},
                          {"declineReason", "Not in work and not seeking work."}}));
    auto feedback = redactForReader(r, ownCase(), sample("discharge").ref(), kNow);
    ASSERT_TRUE(feedback);
    EXPECT_FALSE(feedback->contains("gpFeedbackConsent"));
    EXPECT_EQ(feedback->at("outcome"), "returned_same_job_phased");
    EXPECT_FALSE(redactForReader(r, ownCase(), sample("discharge+no_gp_consent").ref(), kNow));
    for (const char* hidden : {"case", "client", "case_note", "check_in", "rtw_plan", "goal"})
        EXPECT_FALSE(redactForReader(r, ownCase(), sample(hidden).ref(), kNow)) << hidden;
}

TEST(PolicyRedaction, AdviserGetsEverythingOfOwnCaseAndUnknownTypesNothing) {
    const Principal a = principal(UserRole::Adviser, kAdviser);
    EXPECT_EQ(redactForReader(a, ownCase(), sample("case_note").ref(), kNow),
              sample("case_note").fields);
    const json fields = {{"x", 1}};
    const RecordRef unknown{"secret_thing", "x", fields};
    EXPECT_EQ(viewOf(a, ownCase(), unknown, kNow), View::None);
    EXPECT_EQ(checkWrite(a, ownCase(), WriteOp::Create, unknown, kNow).code(),
              ErrorCode::NotAllowed);
}

TEST(PolicyWrite, ReasonsAreReadableAndForbiddenLooksLikeMissing) {
    const Principal a = principal(UserRole::Adviser, kAdviser);
    json note = sample("case_note").fields;
    note["authorId"] = kOtherAdviser;
    Status s = checkWrite(a, ownCase(), WriteOp::Create, RecordRef{"case_note", "x", note}, kNow);
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_EQ(s.message(), "A case note must be written in your own name.");
    // A foreign case answers exactly as a missing one, whatever the record.
    for (const Sample& smp : samples()) {
        if (smp.type == "case" || smp.type == "user") continue;
        for (WriteOp op : {WriteOp::Create, WriteOp::Update, WriteOp::Delete}) {
            Status st = checkWrite(a, foreignCase(), op, smp.ref(), kNow);
            EXPECT_EQ(st.code(), ErrorCode::NotFound) << smp.name;
            EXPECT_EQ(st.message(), "No such case.") << smp.name;
        }
    }
    const Principal p = principal(UserRole::Patient, kPatient);
    s = checkWrite(p, ownCase(), WriteOp::Update, sample("case_note").ref(), kNow);
    EXPECT_EQ(s.message(), "No such record.");
}
