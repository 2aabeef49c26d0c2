// The referral form's rules: required answers, dates as typed, consent,
// eligibility override with a reason, decline with a reason.
#include "qml/intake/intake_form.h"

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace rtw::app::testing {
namespace {

const model::Date kToday = *model::parseIsoDate("2026-11-24");
const std::string kAdviser = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";

QVariantMap complete() {
    return {{"givenName", "Amira"},
            {"familyName", "Okafor"},
            {"dateOfBirth", "19/07/1984"},
            {"nhsNumber", "943 476 5919"},
            {"source", "gp"},
            {"referrerName", "Dr Rachel Moss"},
            {"referralDate", "20/11/2026"},
            {"reason", "Low back pain, off work 6 weeks"},
            {"conditionGroup", "musculoskeletal"},
            {"painSites", QStringList{"lower_back"}},
            {"workStatus", "employed_off_sick"},
            {"offSickSince", "01/10/2026"},
            {"fitNoteStatus", "not_fit"},
            {"consentToContact", true}};
}

IntakeRecords build(const QVariantMap& form, IntakeAction action = IntakeAction::Accept) {
    return buildIntake(form, action, kToday, kAdviser, "P81001");
}

TEST(IntakeForm, ACompleteEligibleReferralIsAccepted) {
    auto r = build(complete());
    ASSERT_TRUE(r.ok()) << r.fieldErrors.keys().join(", ").toStdString();
    EXPECT_EQ(r.referral["status"], "accepted");
    EXPECT_EQ(r.referral["eligibility"]["decision"], "eligible");
    EXPECT_EQ(r.referral["referralDate"], "2026-11-20");
    EXPECT_EQ(r.client["dateOfBirth"], "1984-07-19");
    EXPECT_EQ(r.caseFields["status"], "awaiting_first_contact");
    EXPECT_EQ(r.caseFields["adviserId"], kAdviser);
    EXPECT_EQ(r.caseFields["openedOn"], "2026-11-20");
}

TEST(IntakeForm, AnEmptyFormSaysWhatEachRequiredFieldNeeds) {
    auto r = build({});
    for (const char* field :
         {"client.givenName", "client.familyName", "client.dateOfBirth", "referral.source",
          "referral.referralDate", "referral.reason", "referral.conditionGroup",
          "referral.workStatus", "referral.fitNoteStatus"})
        EXPECT_TRUE(r.fieldErrors.contains(field)) << field;
    EXPECT_EQ(r.fieldErrors.value("client.givenName").toString(), "Enter the client's first name.");
    // No message names a stored value such as employed_off_sick.
    for (const auto& message : r.fieldErrors)
        EXPECT_FALSE(message.toString().contains('_')) << message.toString().toStdString();
}

TEST(IntakeForm, DatesAreCheckedAsTypedAndAgeByToday) {
    auto form = complete();
    form["dateOfBirth"] = "31/02/1984";
    auto r = build(form);
    EXPECT_TRUE(r.fieldErrors.value("client.dateOfBirth").toString().contains("real date"));
    form["dateOfBirth"] = "01/01/2015";  // 11 years old on 24/11/2026
    r = build(form);
    EXPECT_TRUE(r.fieldErrors.value("client.dateOfBirth").toString().contains("16 to 100"));
    form = complete();
    form["offSickSince"] = "";
    r = build(form);
    EXPECT_EQ(r.fieldErrors.value("referral.offSickSince").toString(),
              "Enter the date they went off sick.");
    form = complete();
    form["nhsNumber"] = "943 476 5918";  // bad check digit
    EXPECT_TRUE(build(form).fieldErrors.contains("client.nhsNumber"));
    form["dateOfBirth"] = "01/01/2015";
    r = build(form);
    EXPECT_TRUE(r.fieldErrors.contains("client.nhsNumber") &&
                r.fieldErrors.contains("client.dateOfBirth"))
        << "every problem at once";
}

TEST(IntakeForm, NoAcceptanceWithoutConsentToBeContacted) {
    auto form = complete();
    form["consentToContact"] = false;
    auto r = build(form);
    EXPECT_TRUE(r.fieldErrors.value("referral.consentToContact").toString().contains("not agreed"));
    // Not even with an override.
    form["override"] = true;
    form["overrideDecision"] = "eligible";
    form["overrideReason"] = "GP phoned to say it is urgent";
    EXPECT_TRUE(build(form).fieldErrors.contains("referral.consentToContact"));
    // It can be kept to decide later, or declined.
    EXPECT_TRUE(build(form, IntakeAction::Save).ok());
}

TEST(IntakeForm, OverridingTheCheckNeedsADecisionAndAReason) {
    auto form = complete();
    form["workStatus"] = "unemployed";
    form["unemployedSince"] = "01/09/2024";  // over a year: the check says not eligible
    EXPECT_EQ(eligibilityOf(form, kToday)["decision"], "ineligible");
    auto r = build(form);
    EXPECT_TRUE(r.fieldErrors.value("referral.eligibility").toString().contains("override"));
    form["override"] = true;
    r = build(form);
    EXPECT_TRUE(r.fieldErrors.contains("referral.eligibility.decision"));
    EXPECT_TRUE(r.fieldErrors.contains("referral.eligibility.overrideReason"));
    form["overrideDecision"] = "eligible";
    form["overrideReason"] = "Voluntary work since; GP and client want support back to work.";
    r = build(form);
    ASSERT_TRUE(r.ok()) << r.fieldErrors.keys().join(", ").toStdString();
    EXPECT_EQ(r.referral["eligibility"]["overridden"], true);
    EXPECT_EQ(r.referral["eligibility"]["overrideReason"],
              "Voluntary work since; GP and client want support back to work.");
}

TEST(IntakeForm, DecliningNeedsAReasonForTheReferrer) {
    auto r = build(complete(), IntakeAction::Decline);
    EXPECT_TRUE(r.fieldErrors.value("referral.declineReason").toString().contains("referrer"));
    auto form = complete();
    form["declineReason"] = "Already under the pain team's vocational service.";
    r = build(form, IntakeAction::Decline);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.referral["status"], "declined");
    EXPECT_EQ(r.caseFields["status"], "declined");
}

TEST(IntakeForm, TheLiveCheckSaysWhatIsMissing) {
    QVariantMap form{{"consentToContact", true}, {"conditionGroup", "musculoskeletal"}};
    auto check = eligibilityOf(form, kToday);
    EXPECT_EQ(check["decision"], "pending");
    const auto reasons = check["reasons"].toStringList().join(" ");
    EXPECT_TRUE(reasons.contains("pain site")) << reasons.toStdString();
    EXPECT_TRUE(reasons.contains("work status")) << reasons.toStdString();
    EXPECT_EQ(eligibilityOf(complete(), kToday)["decisionText"], "Eligible");
}

}  // namespace
}  // namespace rtw::app::testing
