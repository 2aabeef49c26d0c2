// The display side: labels for every stored choice, en-GB formats, the
// timeline's order, the overview's time to first contact, settings that stick.
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "app_test_support.h"
#include "model/model.h"
#include "qml/casefile/case_overview.h"
#include "qml/casefile/timeline.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/settings/app_settings.h"

namespace rtw::app::testing {
namespace {

TEST(Labels, EveryStoredValueHasPlainWords) {
    ASSERT_FALSE(Labels::kinds().isEmpty());
    for (const auto& kind : Labels::kinds()) {
        const auto choices = Labels::choices(kind);
        ASSERT_FALSE(choices.isEmpty()) << kind.toStdString();
        for (const auto& c : choices) {
            const auto m = c.toMap();
            EXPECT_NE(m["text"].toString(), m["value"].toString()) << kind.toStdString();
            EXPECT_FALSE(m["text"].toString().contains('_'));
        }
    }
    EXPECT_EQ(Labels::text("workStatus", "employed_off_sick"), "Off sick from work");
    EXPECT_EQ(Labels::text("attendance", "did_not_attend"), "Did not attend");
}

TEST(Format, DatesAreShownAndTypedTheBritishWay) {
    EXPECT_EQ(Format::ukDate("2026-03-14"), "14/03/2026");
    EXPECT_EQ(Format::isoDate("14/3/2026"), "2026-03-14");
    EXPECT_EQ(Format::isoDate("2026-03-14"), "") << "only dd/mm/yyyy is typed";
    EXPECT_TRUE(Format::dateProblem("30/02/2026").contains("real date"));
    EXPECT_EQ(Format::dateProblem(""), "");
    EXPECT_EQ(Format::ukDateTime(1'795'510'800'000), "24/11/2026 09:00");
    EXPECT_EQ(Format::plural(1, "case", "cases"), "1 case");
    EXPECT_EQ(Format::plural(0, "case", "cases"), "0 cases");
    EXPECT_EQ(Format::nhsNumber("9434765919"), "943 476 5919");
}

store::Record rec(const char* type, nlohmann::json fields) {
    store::Record r;
    r.id = std::string(type) + "-id";
    r.type = type;
    r.fields = std::move(fields);
    return r;
}

CaseRecords sampleCase() {
    CaseRecords r;
    r.byType["case"] = {rec("case", {{"status", "active"}, {"openedOn", "2026-11-02"}})};
    r.byType["referral"] = {
        rec("referral", {{"source", "gp"},
                         {"referralDate", "2026-11-02"},
                         {"reason", "Back pain"},
                         {"workStatus", "employed_off_sick"},
                         {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
                         {"status", "accepted"}})};
    r.byType["contact"] = {rec("contact", {{"at", "2026-11-05T10:00:00.000Z"},
                                           {"mode", "phone"},
                                           {"durationMinutes", 0},
                                           {"attendance", "did_not_attend"},
                                           {"participants", nlohmann::json::array()}}),
                           rec("contact", {{"at", "2026-11-09T14:00:00.000Z"},
                                           {"mode", "face_to_face"},
                                           {"durationMinutes", 45},
                                           {"attendance", "attended"},
                                           {"participants", nlohmann::json::array()}})};
    r.byType["case_note"] = {rec("case_note", {{"kind", "note"},
                                               {"text", "Met at the library."},
                                               {"writtenAt", "2026-11-09T15:00:00.000Z"}})};
    return r;
}

TEST(Overview, TimeToFirstContactCountsTheFirstAttendedContact) {
    auto o = buildOverview(sampleCase(), *model::parseIsoDate("2026-11-24"));
    EXPECT_EQ(o.firstContactText, "First contact 7 days after referral (09/11/2026)");
    EXPECT_EQ(o.statusText, "Active");
    EXPECT_EQ(o.referral.value("sourceText"), "GP");
}

TEST(Overview, ASelfHarmAnswerFlagsTheCaseUntilNewerAnswersClearIt) {
    CaseRecords r = sampleCase();
    auto response = [](const char* at, bool alert) {
        nlohmann::json f = {{"questionnaireId", "phq9"},
                            {"questionnaireVersion", 1},
                            {"timepoint", "baseline"},
                            {"administeredBy", "self"},
                            {"answers", {{"q1", 1}, {"q9", alert ? 1 : 0}}},
                            {"completedAt", at}};
        if (alert) f["selfHarmAlert"] = true;
        return rec("questionnaire_response", f);
    };
    const auto today = *model::parseIsoDate("2026-11-24");
    EXPECT_EQ(buildOverview(r, today).safetyAlert, "");
    r.byType["questionnaire_response"] = {response("2026-11-20T09:00:00.000Z", true)};
    EXPECT_EQ(buildOverview(r, today).safetyAlert,
              "Safety: the client answered the self-harm question (PHQ9, 20/11/2026 09:00). "
              "Follow this up with them today.");
    r.byType["questionnaire_response"].push_back(response("2026-11-23T09:00:00.000Z", false));
    EXPECT_EQ(buildOverview(r, today).safetyAlert, "") << "newer answers without the alert";
}

TEST(Timeline, NewestFirstWithMissedContactsShown) {
    auto rows = buildTimeline(sampleCase());
    ASSERT_GE(rows.size(), 5);
    EXPECT_EQ(rows[0].value("title"), "Note written");
    EXPECT_EQ(rows[1].value("title"), "Face to face contact");
    EXPECT_TRUE(rows[2].value("detail").toString().startsWith("Did not attend"));
    for (int i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows[i - 1].value("sortKey").toDouble(), rows[i].value("sortKey").toDouble());
}

TEST(Timeline, TheEmployersAnswersToASharedPlanAreShown) {
    CaseRecords r = sampleCase();
    r.byType["employer_response"] = {
        rec("employer_response", {{"kind", "acknowledge"}, {"at", "2026-11-20T09:00:00.000Z"}}),
        rec("employer_response", {{"kind", "comment"},
                                  {"comment", "Could the first week start on Tuesday?"},
                                  {"at", "2026-11-21T09:00:00.000Z"}})};
    auto rows = buildTimeline(r);
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows[0].value("title"), "The employer commented on the shared plan");
    EXPECT_EQ(rows[0].value("detail"), "Could the first week start on Tuesday?");
    EXPECT_EQ(rows[1].value("title"), "The employer acknowledged the shared plan");
}

TEST(AppSettings, ChoicesStickAndBadValuesAreKeptInRange) {
    QTemporaryDir dir;
    const QString file = dir.path() + "/settings.ini";
    {
        AppSettings settings(file);
        EXPECT_EQ(settings.theme(), "system");
        EXPECT_EQ(settings.autoLockMinutes(), AppSettings::kDefaultAutoLockMinutes);
        settings.setTheme("dark");
        settings.setAutoLockMinutes(500);
        settings.setServerUrl("https://rtw.example.nhs.uk");
    }
    AppSettings again(file);
    EXPECT_EQ(again.theme(), "dark");
    EXPECT_EQ(again.autoLockMinutes(), 60);
    EXPECT_EQ(again.serverUrl(), "https://rtw.example.nhs.uk");
}

TEST(DeviceStore, WorkIsRefusedPlainlyWhileLocked) {
    OpenStore s;
    s.store->close();
    auto r =
        s.run<Result<std::int64_t>>([](store::Store& st) { return st.records().pendingCount(); });
    EXPECT_EQ(r.status().code(), ErrorCode::NotAllowed);
    EXPECT_NE(r.status().message().find("locked"), std::string::npos);
}

}  // namespace
}  // namespace rtw::app::testing
