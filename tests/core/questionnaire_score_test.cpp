// Scoring the shipped questionnaires against worked examples and every band
// edge, alerts, answer validation, rounding, and the patient's wording.
// Expected bands come from the published cut-offs written out here, not from
// the asset files, so a mistyped band in an asset fails a test.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "questionnaire/load.h"
#include "questionnaire/parse.h"
#include "questionnaire/score.h"

namespace rtw::questionnaire {
namespace {

using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using Answers = std::map<std::string, int>;

Definition load(const std::string& id) {
    auto d = loadDefinitionFile(std::filesystem::path(RTW_ASSETS_DIR) / "questionnaires" /
                                (id + ".json"));
    if (!d) ADD_FAILURE() << d.status().message();
    return d ? *d : Definition{};
}

/// Answers q1..qN from a list.
Answers numbered(const std::vector<int>& values) {
    Answers a;
    for (std::size_t i = 0; i < values.size(); ++i) a["q" + std::to_string(i + 1)] = values[i];
    return a;
}

/// Answers to `count` items (0-3 each) adding up to `total`, filled from q1;
/// the last item is kept at 0 so PHQ-9 item 9 does not alert.
Answers totalling(int total, int count) {
    std::vector<int> v(static_cast<std::size_t>(count), 0);
    if (total > 3 * (count - 1)) {
        ADD_FAILURE() << "total " << total << " needs the last item";
        return numbered(v);
    }
    for (std::size_t i = 0; total > 0; i = (i + 1) % (v.size() - 1)) {
        if (v[i] < 3) {
            ++v[i];
            --total;
        }
    }
    return numbered(v);
}

/// Score or a test failure (not a crash) if scoring reported an error.
Score scoreOk(const Definition& d, const Answers& a) {
    auto s = score(d, a);
    if (!s) {
        ADD_FAILURE() << s.status().message();
        return {};
    }
    return *s;
}

TEST(QuestionnaireScore, Phq9WorkedExample) {
    const Definition phq9 = load("phq9");
    const Score s = scoreOk(phq9, numbered({1, 2, 0, 3, 1, 0, 2, 1, 0}));
    EXPECT_EQ(s.value, 10);
    EXPECT_EQ(s.band, "Moderate");
    EXPECT_TRUE(s.alerts.empty());
}

std::string phq9Band(int total) {
    if (total <= 4) return "Minimal";
    if (total <= 9) return "Mild";
    if (total <= 14) return "Moderate";
    if (total <= 19) return "Moderately severe";
    return "Severe";
}

std::string gad7Band(int total) {
    if (total <= 4) return "Minimal";
    if (total <= 9) return "Mild";
    if (total <= 14) return "Moderate";
    return "Severe";
}

TEST(QuestionnaireScore, Phq9EveryTotalLandsInThePublishedBand) {
    const Definition phq9 = load("phq9");
    // Item 9 is held at 0 by totalling(), so 24 is the highest total reachable
    // there; 25-27 are checked below with item 9 answered.
    for (int total = 0; total <= 24; ++total) {
        const Score s = scoreOk(phq9, totalling(total, 9));
        EXPECT_EQ(s.value, total);
        EXPECT_EQ(s.band, phq9Band(total)) << "total " << total;
    }
    const Score top = scoreOk(phq9, numbered({3, 3, 3, 3, 3, 3, 3, 3, 3}));
    EXPECT_EQ(top.value, 27);
    EXPECT_EQ(top.band, "Severe");
}

TEST(QuestionnaireScore, Phq9AndGad7BandEdges) {
    const Definition phq9 = load("phq9");
    for (int edge : {0, 4, 5, 9, 10, 14, 15, 19, 20, 24}) {
        EXPECT_EQ(scoreOk(phq9, totalling(edge, 9)).band, phq9Band(edge)) << edge;
    }
    const Definition gad7 = load("gad7");
    for (int edge : {0, 4, 5, 9, 10, 14, 15, 18}) {
        EXPECT_EQ(scoreOk(gad7, totalling(edge, 7)).band, gad7Band(edge)) << edge;
    }
    EXPECT_EQ(scoreOk(gad7, numbered({3, 3, 3, 3, 3, 3, 3})).value, 21);
    EXPECT_EQ(scoreOk(gad7, numbered({3, 3, 3, 3, 3, 3, 3})).band, "Severe");
}

TEST(QuestionnaireScore, Gad7EveryTotalLandsInThePublishedBand) {
    const Definition gad7 = load("gad7");
    for (int total = 0; total <= 18; ++total) {
        const Score s = scoreOk(gad7, totalling(total, 7));
        EXPECT_EQ(s.value, total);
        EXPECT_EQ(s.band, gad7Band(total)) << "total " << total;
    }
}

TEST(QuestionnaireScore, SelfHarmAlertFollowsPhq9Item9) {
    const Definition phq9 = load("phq9");
    const Score none = scoreOk(phq9, numbered({3, 3, 3, 3, 3, 3, 3, 3, 0}));
    EXPECT_TRUE(none.alerts.empty());
    EXPECT_FALSE(none.hasAlert(AlertKind::SelfHarm));

    for (int answer : {1, 2, 3}) {
        const Score s = scoreOk(phq9, numbered({0, 0, 0, 0, 0, 0, 0, 0, answer}));
        EXPECT_EQ(s.alerts, (std::vector<TriggeredAlert>{{AlertKind::SelfHarm, "q9", answer}}));
        EXPECT_EQ(s.band, "Minimal");  // the alert stands whatever the total
    }
}

TEST(QuestionnaireScore, AlertsFireOnPartialAnswersAsSoonAsItem9IsAnswered) {
    const Definition phq9 = load("phq9");
    EXPECT_TRUE(alertsIn(phq9, {}).empty());
    EXPECT_TRUE(alertsIn(phq9, {{"q1", 3}, {"q9", 0}}).empty());
    EXPECT_EQ(alertsIn(phq9, {{"q9", 1}}),
              (std::vector<TriggeredAlert>{{AlertKind::SelfHarm, "q9", 1}}))
        << "only question 9 answered so far: the alert must not wait for the rest";
    EXPECT_TRUE(alertsIn(load("gad7"), numbered({3, 3, 3, 3, 3, 3, 3})).empty());
}

TEST(QuestionnaireScore, PegIsTheMeanToOneDecimal) {
    const Definition peg = load("peg");
    auto pegScore = [&](int p, int e, int g) {
        return scoreOk(peg, {{"pain", p}, {"enjoyment", e}, {"activity", g}});
    };
    const Score s = pegScore(7, 5, 6);
    EXPECT_EQ(s.value, 6.0);
    EXPECT_EQ(s.band, "");                           // PEG has no published bands
    EXPECT_DOUBLE_EQ(pegScore(7, 5, 5).value, 5.7);  // 5.667
    EXPECT_DOUBLE_EQ(pegScore(0, 0, 1).value, 0.3);  // 0.333
    EXPECT_DOUBLE_EQ(pegScore(10, 10, 10).value, 10.0);
    EXPECT_DOUBLE_EQ(pegScore(0, 0, 0).value, 0.0);
}

TEST(QuestionnaireScore, SelfEfficacyReversesTheDoubtItem) {
    const Definition rse = load("rtw_self_efficacy");
    // q10 ("I doubt I could cope") is reverse scored: 1 counts as 6.
    EXPECT_DOUBLE_EQ(scoreOk(rse, numbered({6, 6, 6, 6, 6, 6, 6, 6, 6, 1})).value, 6.0);
    EXPECT_DOUBLE_EQ(scoreOk(rse, numbered({1, 1, 1, 1, 1, 1, 1, 1, 1, 6})).value, 1.0);
    const Score mid = scoreOk(rse, numbered({4, 4, 5, 3, 4, 4, 5, 4, 4, 2}));  // 37 + 5 = 42
    EXPECT_DOUBLE_EQ(mid.value, 4.2);
    EXPECT_EQ(mid.band, "Some confidence");
    EXPECT_EQ(scoreOk(rse, numbered({3, 3, 3, 3, 3, 3, 3, 3, 3, 5})).band,
              "Low confidence");  // 2.9
    EXPECT_EQ(scoreOk(rse, numbered({3, 3, 3, 3, 3, 3, 3, 3, 3, 4})).band,
              "Some confidence");  // 3.0
    EXPECT_EQ(scoreOk(rse, numbered({5, 5, 5, 5, 4, 4, 4, 4, 4, 3})).band,
              "Some confidence");  // 4.4
    EXPECT_EQ(scoreOk(rse, numbered({5, 5, 5, 5, 5, 4, 4, 4, 4, 3})).band,
              "High confidence");  // 4.5
}

TEST(QuestionnaireScore, RoundsHalvesAwayFromZeroAndScoresSubscales) {
    auto d = parseDefinition(R"({
      "formatVersion": 1, "id": "t", "version": 1, "title": "T", "instructions": "I", "licence": "L",
      "items": [
        {"id": "a", "text": "A", "scale": {"min": -2, "max": 2, "minLabel": "-", "maxLabel": "+"}},
        {"id": "b", "text": "B", "scale": {"min": -2, "max": 2, "minLabel": "-", "maxLabel": "+"}},
        {"id": "c", "text": "C", "scale": {"min": -2, "max": 2, "minLabel": "-", "maxLabel": "+"}},
        {"id": "d", "text": "D", "scale": {"min": -2, "max": 2, "minLabel": "-", "maxLabel": "+"}}],
      "scoring": {"method": "mean", "items": ["a", "b", "c", "d"], "range": {"min": -2, "max": 2}, "decimals": 1},
      "bands": [{"min": -2, "max": -0.1, "label": "Below", "description": "."},
                {"min": 0, "max": 2, "label": "Above", "description": "."}],
      "subscales": [{"id": "ab", "title": "A and B", "bands": [],
                     "scoring": {"method": "sum", "items": ["a", "b"], "range": {"min": -4, "max": 4}}}],
      "schedule": ["baseline"]})"_json);
    ASSERT_TRUE(d.isOk()) << d.status().message();
    const Score up = scoreOk(*d, {{"a", 1}, {"b", 1}, {"c", 1}, {"d", 0}});  // 0.75
    EXPECT_DOUBLE_EQ(up.value, 0.8);
    EXPECT_EQ(up.subscales, (std::vector<SubscaleScore>{{"ab", 2, ""}}));
    const Score down = scoreOk(*d, {{"a", -1}, {"b", -1}, {"c", -1}, {"d", 0}});  // -0.75
    EXPECT_DOUBLE_EQ(down.value, -0.8);
    EXPECT_EQ(down.band, "Below");
    const Score tiny = scoreOk(*d, {{"a", -1}, {"b", 0}, {"c", 0}, {"d", 0}});  // -0.25
    EXPECT_DOUBLE_EQ(tiny.value, -0.3);
    EXPECT_EQ(scoreOk(*d, {{"a", 0}, {"b", 0}, {"c", 0}, {"d", 0}}).band, "Above");
}

TEST(QuestionnaireScore, RejectsUnknownMissingAndImpossibleAnswers) {
    const Definition phq9 = load("phq9");
    Answers a = numbered({1, 2, 0, 3, 1, 0, 2, 1, 0});
    a.erase("q3");
    a["q4"] = 4;
    a["q10"] = 1;
    auto r = score(phq9, a);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    const auto& errors = r.status().fieldErrors();
    EXPECT_EQ(errors.size(), 3u) << r.status().message();
    EXPECT_THAT(errors, Contains(FieldError{"q10", "is not a question in PHQ-9"}));
    EXPECT_THAT(errors, Contains(FieldError{
                            "q3", "has not been answered; every question needs an answer"}));
    EXPECT_THAT(errors, Contains(FieldError{
                            "q4", "4 is not one of the answers to this question (0, 1, 2, 3)"}));

    const Definition peg = load("peg");
    auto p = score(peg, {{"pain", 11}, {"enjoyment", -1}, {"activity", 5}});
    ASSERT_FALSE(p.isOk());
    EXPECT_THAT(p.status().fieldErrors(),
                Contains(FieldError{"pain", "11 is outside the scale (0 to 10)"}));
    EXPECT_THAT(p.status().fieldErrors(), Contains(Field(&FieldError::field, "enjoyment")));
    EXPECT_THAT(p.status().message(), HasSubstr("answers to PEG pain scale"));

    // A value that is not an option is refused even inside the options' range.
    auto d = parseDefinition(
        R"({"formatVersion": 1, "id": "t", "version": 1, "title": "T", "instructions": "I",
      "licence": "L", "items": [{"id": "a", "text": "A", "options": [{"value": 0, "label": "N"}, {"value": 2, "label": "Y"}]}],
      "scoring": {"method": "sum", "items": ["a"], "range": {"min": 0, "max": 2}}, "bands": [], "schedule": ["baseline"]})"_json);
    ASSERT_TRUE(d.isOk()) << d.status().message();
    EXPECT_FALSE(score(*d, {{"a", 1}}).isOk());
    EXPECT_TRUE(score(*d, {{"a", 2}}).isOk());
}

TEST(QuestionnaireScore, PlainLanguageIsGentleAndExplainsTheBand) {
    const Definition phq9 = load("phq9");
    const std::string text =
        plainLanguageResult(phq9, scoreOk(phq9, numbered({1, 2, 0, 3, 1, 0, 2, 1, 0})));
    EXPECT_THAT(text, StartsWith("Your PHQ-9 score is 10 out of 27."));
    EXPECT_THAT(text, HasSubstr(phq9.scoring.bands[2].description));
    EXPECT_THAT(text, HasSubstr("not a diagnosis"));
    EXPECT_THAT(text, Not(HasSubstr("116 123")));
    // Clinical labels are for advisers; the patient never reads them.
    for (int total : {0, 7, 12, 17, 24}) {
        const std::string t = plainLanguageResult(phq9, scoreOk(phq9, totalling(total, 9)));
        for (const char* word : {"severe", "Severe", "depression", "disorder", "Moderate"}) {
            EXPECT_THAT(t, Not(HasSubstr(word))) << total;
        }
    }
}

TEST(QuestionnaireScore, PlainLanguageLeadsWithSupportWhenSelfHarmAlertFires) {
    const Definition phq9 = load("phq9");
    const std::string text =
        plainLanguageResult(phq9, scoreOk(phq9, numbered({0, 0, 0, 0, 0, 0, 0, 0, 1})));
    EXPECT_THAT(text, StartsWith("Thank you for being honest"));
    EXPECT_THAT(text, HasSubstr("999"));
    EXPECT_THAT(text, HasSubstr("NHS 111"));
    EXPECT_THAT(text, HasSubstr("Samaritans"));
    EXPECT_THAT(text, HasSubstr("116 123"));
    EXPECT_THAT(text, HasSubstr("Your PHQ-9 score is 1 out of 27."));
}

TEST(QuestionnaireScore, PlainLanguageForMeansShowsDecimalsAndRange) {
    const Definition peg = load("peg");
    const std::string pegText =
        plainLanguageResult(peg, scoreOk(peg, {{"pain", 7}, {"enjoyment", 5}, {"activity", 6}}));
    EXPECT_THAT(pegText,
                StartsWith("Your PEG pain scale score is 6.0 out of 10. Lower scores mean"));
    const Definition rse = load("rtw_self_efficacy");
    const std::string rseText =
        plainLanguageResult(rse, scoreOk(rse, numbered({4, 4, 5, 3, 4, 4, 5, 4, 4, 2})));
    EXPECT_THAT(rseText,
                StartsWith("Your Return-to-work confidence score is 4.2 on a scale from 1 to 6."));
    EXPECT_THAT(rseText, HasSubstr(rse.scoring.bands[1].description));
}

}  // namespace
}  // namespace rtw::questionnaire
