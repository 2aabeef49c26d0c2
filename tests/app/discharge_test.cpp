// Discharge: required fields, the case marked discharged with it, and the
// GP letter refused, with the reason, without consent.
#include <gtest/gtest.h>

#include "case_section_support.h"
#include "qml/consent/consent_controller.h"
#include "qml/discharge/discharge_controller.h"

namespace rtw::app::testing {
namespace {

QVariantMap dischargeForm(bool gpConsent) {
    return {{"dischargedOn", "20/11/2026"},
            {"outcome", "returned_same_job_phased"},
            {"hasRtwPlan", true},
            {"confidence", "7"},
            {"gpFeedbackConsent", gpConsent},
            {"summary", "Back at work on a phased return; managing well."}};
}

TEST(Discharge, RequiredFieldsAreShownAndNothingIsWritten) {
    OpenStore s;
    const QString caseId = makeCase(s);
    DischargeController d;
    open(d, s, caseId);
    EXPECT_EQ(d.form().value("dischargedOn"), "24/11/2026") << "today, to start from";
    d.save({{"dischargedOn", ""}, {"outcome", ""}, {"confidence", "11"}});
    EXPECT_EQ(d.fieldErrors().value("dischargedOn"), "Enter the date of discharge, as dd/mm/yyyy.");
    EXPECT_EQ(d.fieldErrors().value("outcome"), "Choose the outcome.");
    EXPECT_TRUE(d.fieldErrors().contains("interimOutcomes.confidenceReturning"));
    QVariantMap future = dischargeForm(true);
    future["dischargedOn"] = "25/11/2026";
    d.save(future);
    EXPECT_TRUE(d.fieldErrors().value("dischargedOn").toString().contains("future"));
    EXPECT_EQ(countOf(s, caseId, "discharge"), 0u);
    EXPECT_FALSE(d.letterAllowed());
    EXPECT_EQ(d.letterRefusal(), "Record the discharge first: the GP letter is written from it.");
}

TEST(Discharge, SavingDischargesTheCaseAndTheLetterFollowsConsent) {
    OpenStore s;
    const QString caseId = makeCase(s);
    DischargeController d;
    open(d, s, caseId);
    d.save(dischargeForm(false));
    ASSERT_TRUE(waitFor([&] { return d.recorded(); }));
    EXPECT_EQ(recordsOf(s, caseId, "case")[0].fields["status"], "discharged");
    EXPECT_EQ(d.form().value("confidence"), "7");
    EXPECT_FALSE(d.letterAllowed());
    EXPECT_TRUE(d.letterRefusal().contains("has not agreed to a letter going to their GP"));
    Failures failed(d);
    d.writeGpLetter("file:///nowhere/letter.pdf");
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.messages[0], d.letterRefusal()) << "refused before any file is chosen";

    d.save(dischargeForm(true));
    ASSERT_TRUE(waitFor([&] { return d.letterAllowed(); }));
    EXPECT_EQ(countOf(s, caseId, "discharge"), 1u) << "changed, not added";
    EXPECT_TRUE(d.letterContents().contains("left out")) << "no progress consent yet";

    ConsentController consent;
    open(consent, s, caseId);
    consent.record({{"action", "grant"},
                    {"scope", "progress_to_gp"},
                    {"method", "written"},
                    {"date", "24/11/2026"},
                    {"time", "08:00"}});
    ASSERT_TRUE(
        waitFor([&] { return d.letterContents().contains("goals and questionnaire scores"); }));
    consent.record({{"action", "withdraw"},
                    {"scope", "progress_to_gp"},
                    {"method", "verbal"},
                    {"date", "24/11/2026"},
                    {"time", "08:30"}});
    ASSERT_TRUE(waitFor([&] { return !d.letterAllowed(); }));
    EXPECT_TRUE(
        d.letterRefusal().contains("withdrew consent to send progress to their GP on 24/11/2026"));
}

}  // namespace
}  // namespace rtw::app::testing
