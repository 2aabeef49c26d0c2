// What consent allows: contacting and sharing with a named employer contact,
// and writing to the GP, each refused in plain English without it.
#include "model/consent_rules.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using namespace rtw;
using namespace rtw::model;

namespace {

const std::string kPat = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const std::string kLee = "3b241101-e2bb-4255-8caf-4136c566a962";
// 2026-03-12T10:00:00Z and a day later.
constexpr Timestamp kMarch12 = 1'773'309'600'000;
constexpr Timestamp kMarch13 = kMarch12 + 86'400'000;

ConsentEvent event(ConsentAction action, ConsentScope scope, Timestamp at,
                   std::optional<std::string> recipient = std::nullopt) {
    ConsentEvent e;
    e.action = action;
    e.scope = scope;
    e.recipientId = recipient;
    if (recipient) e.recipientName = "Pat Jones";
    e.recordedBy = "0f8fad5b-d9cb-469f-a165-70867728950e";
    e.at = at;
    return e;
}

Discharge discharge(bool gpConsent) {
    Discharge d;
    d.dischargedOn = ymd(2026, 3, 20);
    d.outcome = DischargeOutcome::ReturnedSameJobPhased;
    d.gpFeedbackConsent = gpConsent;
    return d;
}

}  // namespace

TEST(ConsentRules, EmployerContactNeedsConsentForThatPerson) {
    ConsentState none;
    Status s = checkMayContactEmployer(none, kPat, "Pat Jones");
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_NE(s.message().find("Pat Jones"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("no consent is recorded"), std::string::npos) << s.message();

    auto state = currentConsent(
        {event(ConsentAction::Grant, ConsentScope::ContactEmployer, kMarch12, kPat)});
    EXPECT_TRUE(checkMayContactEmployer(state, kPat, "Pat Jones").isOk());
    EXPECT_FALSE(checkMayContactEmployer(state, kLee, "Lee Smith").isOk()) << "another person";
    EXPECT_FALSE(checkMayShareWithEmployer(state, kPat, "Pat Jones").isOk())
        << "contact consent is not share consent";
}

TEST(ConsentRules, AWithdrawalSaysWhen) {
    auto state = currentConsent(
        {event(ConsentAction::Grant, ConsentScope::SharePlanWithEmployer, kMarch12, kPat),
         event(ConsentAction::Withdraw, ConsentScope::SharePlanWithEmployer, kMarch13, kPat)});
    Status s = checkMayShareWithEmployer(state, kPat, "Pat Jones");
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_NE(s.message().find("withdrew it on 13/03/2026"), std::string::npos) << s.message();
    state = currentConsent(
        {event(ConsentAction::Grant, ConsentScope::SharePlanWithEmployer, kMarch12, kPat)});
    EXPECT_TRUE(checkMayShareWithEmployer(state, kPat, "Pat Jones").isOk());
}

TEST(ConsentRules, GpLetterNeedsADischargeWithConsentAndNoWithdrawal) {
    ConsentState none;
    EXPECT_NE(checkMayWriteGpLetter(std::nullopt, none).message().find("Record the discharge"),
              std::string::npos);
    EXPECT_NE(checkMayWriteGpLetter(discharge(false), none).message().find("has not agreed"),
              std::string::npos);
    EXPECT_TRUE(checkMayWriteGpLetter(discharge(true), none).isOk());
    EXPECT_FALSE(mayReportProgressToGp(none)) << "progress needs its own consent";

    auto granted =
        currentConsent({event(ConsentAction::Grant, ConsentScope::ProgressToGp, kMarch12)});
    EXPECT_TRUE(mayReportProgressToGp(granted));
    auto withdrawn =
        currentConsent({event(ConsentAction::Grant, ConsentScope::ProgressToGp, kMarch12),
                        event(ConsentAction::Withdraw, ConsentScope::ProgressToGp, kMarch13)});
    Status s = checkMayWriteGpLetter(discharge(true), withdrawn);
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_NE(s.message().find("13/03/2026"), std::string::npos) << s.message();
    EXPECT_FALSE(mayReportProgressToGp(withdrawn));
}
