// Consent against a real store: recording and withdrawing each kind, the
// standing from core's fold, and the line manager's details refused
// without consent to contact them.
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "qml/consent/consent_controller.h"

namespace rtw::app::testing {
namespace {

QVariantMap consentForm(const char* action, const char* scope, const char* time) {
    return {{"action", action},    {"scope", scope},     {"recipientId", ""},
            {"recipientName", ""}, {"method", "verbal"}, {"date", "24/11/2026"},
            {"time", time}};
}

QVariantMap rowOf(ConsentController& c, const QString& scope) {
    for (const auto& row : c.standing()->rows())
        if (row.value("scope") == scope) return row;
    return {};
}

TEST(ConsentController, MissingOrWrongDetailsAreShownAndNothingIsRecorded) {
    OpenStore s;
    const QString caseId = makeCase(s);
    ConsentController c;
    open(c, s, caseId);
    c.record({{"action", "grant"},
              {"scope", ""},
              {"method", ""},
              {"date", "31/02/2026"},
              {"time", "9"}});
    EXPECT_TRUE(c.fieldErrors().contains("scope"));
    EXPECT_TRUE(c.fieldErrors().contains("method"));
    EXPECT_TRUE(c.fieldErrors().contains("date"));
    EXPECT_TRUE(c.fieldErrors().contains("time"));
    c.record(consentForm("grant", "share_plan_with_employer", "08:00"));
    EXPECT_TRUE(c.fieldErrors().value("recipientName").toString().contains("Name the person"));
    c.record(consentForm("grant", "progress_to_gp", "23:00"));
    EXPECT_TRUE(c.fieldErrors().value("date").toString().contains("still to come"));
    EXPECT_EQ(countOf(s, caseId, "consent_event"), 0u);
}

TEST(ConsentController, AGrantAndAWithdrawalAreBothKeptAndTheLatestStands) {
    OpenStore s;
    const QString caseId = makeCase(s);
    ConsentController c;
    open(c, s, caseId);
    EXPECT_EQ(rowOf(c, "progress_to_gp").value("stateText"), "Not recorded");
    // The referral's "agreed to be contacted" shows until the client's own
    // consent is recorded; it is not taken as recorded consent.
    EXPECT_EQ(rowOf(c, "contact").value("stateText"),
              "Agreed at referral (01/10/2026); not yet confirmed with the client");
    EXPECT_FALSE(rowOf(c, "contact").value("granted").toBool());
    c.record(consentForm("grant", "contact", "07:30"));
    ASSERT_TRUE(waitFor([&] { return rowOf(c, "contact").value("granted").toBool(); }));
    c.record(consentForm("grant", "progress_to_gp", "08:00"));
    ASSERT_TRUE(waitFor([&] { return rowOf(c, "progress_to_gp").value("granted").toBool(); }));
    EXPECT_EQ(rowOf(c, "progress_to_gp").value("stateText"),
              "Given on 24/11/2026 (verbally), recorded by Test Adviser");
    c.record(consentForm("withdraw", "progress_to_gp", "08:30"));
    ASSERT_TRUE(waitFor([&] { return !rowOf(c, "progress_to_gp").value("granted").toBool(); }));
    EXPECT_TRUE(rowOf(c, "progress_to_gp")
                    .value("stateText")
                    .toString()
                    .startsWith("Withdrawn on 24/11/2026"));
    ASSERT_EQ(c.history()->count(), 3);
    EXPECT_EQ(c.history()->get(0).value("actionText"), "Withdrawn") << "newest first";
    EXPECT_EQ(c.history()->get(1).value("actionText"), "Given");
    EXPECT_EQ(countOf(s, caseId, "consent_event"), 3u) << "append-only: nothing is overwritten";
}

TEST(ConsentController, LineManagerDetailsNeedConsentToContactThem) {
    OpenStore s;
    const QString caseId = makeCase(s);
    ConsentController c;
    open(c, s, caseId);
    // Named for sharing only: no consent to contact the employer through them.
    QVariantMap share = consentForm("grant", "share_plan_with_employer", "08:00");
    share["recipientName"] = "Leah Osei";
    c.record(share);
    ASSERT_TRUE(waitFor([&] { return c.contactChoices().size() == 1; }));
    const QString leah = c.contactChoices()[0].toMap().value("value").toString();
    const QVariantMap details = {{"employerName", "Kirkstall Bakery"}, {"size", "small"},
                                 {"hasOccupationalHealth", false},     {"contactId", leah},
                                 {"phone", "0113 496 0123"},           {"email", ""}};
    c.saveLineManager(details);
    EXPECT_TRUE(
        c.refusal().contains("has not agreed to you contacting their employer through Leah Osei"))
        << c.refusal().toStdString();
    EXPECT_EQ(countOf(s, caseId, "employer"), 0u);

    QVariantMap contact = consentForm("grant", "contact_employer", "08:10");
    contact["recipientId"] = leah;
    c.record(contact);
    ASSERT_TRUE(waitFor([&] { return c.mayContact(leah); }));
    c.saveLineManager(details);
    ASSERT_TRUE(waitFor([&] { return c.employer().value("exists").toBool(); }));
    EXPECT_TRUE(c.refusal().isEmpty());
    const auto employers = recordsOf(s, caseId, "employer");
    ASSERT_EQ(employers.size(), 1u);
    EXPECT_EQ(employers[0].fields["lineManager"]["name"], "Leah Osei");
    EXPECT_EQ(employers[0].fields["lineManagerId"], leah.toStdString());
    EXPECT_EQ(c.employer().value("phone"), "0113 496 0123");
}

}  // namespace
}  // namespace rtw::app::testing
