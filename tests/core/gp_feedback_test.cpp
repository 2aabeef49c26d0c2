// The GP feedback letter's content (core's composeGpFeedback), shared by the
// app's PDF letter and the referrer's status page: refused exactly when
// checkMayWriteGpLetter refuses, and composed from the records as stored.
#include <gtest/gtest.h>

#include "model/gp_feedback.h"

namespace rtw::model {
namespace {

using nlohmann::json;

json discharge(bool consent) {
    return {{"dischargedOn", "2026-12-20"},
            {"outcome", "stayed_in_work"},
            {"interimOutcomes", {{"hasRtwPlan", true}, {"confidenceReturning", 7}}},
            {"gpFeedbackConsent", consent},
            {"summary", "Back at work."}};
}

json contact(const char* attendance) {
    return {{"at", "2026-11-26T09:30:00.000Z"},
            {"mode", "phone"},
            {"durationMinutes", std::string(attendance) == "attended" ? 20 : 0},
            {"attendance", attendance},
            {"participants", json::array()}};
}

json progressConsent(const char* action, const char* at) {
    return {{"action", action},
            {"scope", "progress_to_gp"},
            {"method", "verbal"},
            {"recordedBy", "00000000-0000-4000-8000-000000000001"},
            {"at", at}};
}

const json kClient = {{"givenName", "Jo"},
                      {"familyName", "Bloggs"},
                      {"dateOfBirth", "1981-03-27"},
                      {"nhsNumber", "9434765919"}};
const json kReferral = {{"referrerName", "Dr Asha Patel"},
                        {"referrerPractice", "Meanwood Health Centre"},
                        {"referralDate", "2026-11-24"},
                        {"reason", "Low back pain."}};

TEST(GpFeedback, IsComposedFromTheRecords) {
    auto f = composeGpFeedback(
        kClient, kReferral, {contact("attended"), contact("did_not_attend"), contact("attended")},
        discharge(true), {progressConsent("grant", "2026-11-25T10:00:00.000Z")});
    ASSERT_TRUE(f) << f.status().message();
    EXPECT_EQ(f->patientName, "Jo Bloggs");
    EXPECT_EQ(formatIsoDate(*f->dateOfBirth), "1981-03-27");
    EXPECT_EQ(f->nhsNumber, "9434765919");
    EXPECT_EQ(f->referrerName, "Dr Asha Patel");
    EXPECT_EQ(f->referrerPractice, "Meanwood Health Centre");
    EXPECT_EQ(formatIsoDate(*f->referredOn), "2026-11-24");
    EXPECT_EQ(f->reason, "Low back pain.");
    EXPECT_EQ(f->contactsAttended, 2);
    EXPECT_EQ(f->contactsArranged, 3);
    EXPECT_EQ(f->discharge.outcome, DischargeOutcome::StayedInWork);
    EXPECT_EQ(f->discharge.summary, "Back at work.");
    EXPECT_TRUE(f->mayReportProgress);
}

TEST(GpFeedback, IsRefusedWithoutADischargeOrTheClientsConsent) {
    auto none = composeGpFeedback(kClient, kReferral, {}, std::nullopt, {});
    ASSERT_FALSE(none);
    EXPECT_NE(none.status().message().find("Record the discharge first"), std::string::npos);
    EXPECT_FALSE(composeGpFeedback(kClient, kReferral, {}, discharge(false), {}));
    auto withdrawn = composeGpFeedback(kClient, kReferral, {}, discharge(true),
                                       {progressConsent("grant", "2026-11-25T10:00:00.000Z"),
                                        progressConsent("withdraw", "2026-12-01T10:00:00.000Z")});
    ASSERT_FALSE(withdrawn);
    EXPECT_NE(withdrawn.status().message().find("withdrew"), std::string::npos);
}

TEST(GpFeedback, ProgressOnlyWithProgressConsentAndEmptyRecordsAreBlank) {
    auto f = composeGpFeedback(json::object(), json::object(), {}, discharge(true), {});
    ASSERT_TRUE(f) << f.status().message();
    EXPECT_FALSE(f->mayReportProgress);
    EXPECT_TRUE(f->patientName.empty());
    EXPECT_FALSE(f->dateOfBirth.has_value());
    EXPECT_FALSE(f->referredOn.has_value());
    EXPECT_EQ(f->contactsArranged, 0);
}

}  // namespace
}  // namespace rtw::model
