// parseDefinition: a sound definition is read in full, and every class of
// mistake a person could make in the JSON is refused with its JSON path.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "questionnaire/parse.h"

namespace rtw::questionnaire {
namespace {

using nlohmann::json;
using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;

// Smallest definition using every feature: options, a scale, reverse scoring,
// bands, a subscale, an alert and a schedule. Sum of a, b, c runs 0..8.
json valid() {
    return R"({
      "formatVersion": 1, "id": "mini", "version": 2, "title": "Mini",
      "instructions": "Answer each question.", "licence": "Test data.",
      "_comment": "keys starting with _ are notes and are ignored",
      "items": [
        {"id": "a", "text": "A?", "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Some"}, {"value": 2, "label": "Yes"}]},
        {"id": "b", "text": "B?", "options": [{"value": 0, "label": "No"}, {"value": 2, "label": "Yes"}]},
        {"id": "c", "text": "C?", "scale": {"min": 0, "max": 4, "minLabel": "None", "maxLabel": "Lots"}}
      ],
      "scoring": {"method": "sum", "items": ["a", "b", "c"], "reverse": ["b"], "range": {"min": 0, "max": 8}},
      "bands": [
        {"min": 0, "max": 3, "label": "Low", "description": "Low."},
        {"min": 4, "max": 8, "label": "High", "description": "High."}
      ],
      "subscales": [
        {"id": "ac", "title": "A and C", "scoring": {"method": "mean", "items": ["a", "c"], "range": {"min": 0, "max": 3}, "decimals": 1}, "bands": []}
      ],
      "alerts": [{"item": "c", "minValue": 3, "kind": "self_harm"}],
      "schedule": ["baseline", "month3", "month12"]
    })"_json;
}

/// Expects parsing to fail with a FieldError at `path` whose message has `text`.
void expectError(const json& j, const std::string& path, const std::string& text) {
    Result<Definition> r = parseDefinition(j);
    ASSERT_FALSE(r.isOk()) << "accepted, expected an error at " << path;
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    EXPECT_THAT(r.status().fieldErrors(),
                Contains(AllOf(Field(&FieldError::field, path),
                               Field(&FieldError::message, HasSubstr(text)))))
        << r.status().message();
    EXPECT_THAT(r.status().message(), HasSubstr(path));
}

TEST(QuestionnaireParse, ReadsEveryPartOfASoundDefinition) {
    Result<Definition> r = parseDefinition(valid());
    ASSERT_TRUE(r.isOk()) << r.status().message();
    const Definition& d = *r;
    EXPECT_EQ(d.id, "mini");
    EXPECT_EQ(d.version, 2);
    EXPECT_EQ(d.title, "Mini");
    ASSERT_EQ(d.items.size(), 3u);
    EXPECT_EQ(d.items[0].options.size(), 3u);
    EXPECT_EQ(d.items[1].options[1], (Option{2, "Yes"}));
    ASSERT_TRUE(d.items[2].scale.has_value());
    EXPECT_EQ(d.items[2].scale->maxLabel, "Lots");
    EXPECT_EQ(d.scoring.method, ScoringMethod::Sum);
    EXPECT_EQ(d.scoring.reverse, std::vector<std::string>{"b"});
    EXPECT_EQ(d.scoring.max, 8);
    ASSERT_EQ(d.scoring.bands.size(), 2u);
    EXPECT_EQ(d.scoring.bands[1].label, "High");
    ASSERT_EQ(d.subscales.size(), 1u);
    EXPECT_EQ(d.subscales[0].scoring.method, ScoringMethod::Mean);
    EXPECT_EQ(d.subscales[0].scoring.decimals, 1);
    ASSERT_EQ(d.alerts.size(), 1u);
    EXPECT_EQ(d.alerts[0], (Alert{"c", 3, AlertKind::SelfHarm}));
    EXPECT_EQ(d.schedule,
              (std::vector<Timepoint>{{"baseline", 0}, {"month3", 3}, {"month12", 12}}));
}

TEST(QuestionnaireParse, RejectsANonObject) {
    expectError(json::array(), "(file)", "must be an object");
}

TEST(QuestionnaireParse, RejectsMissingKeys) {
    for (const char* key : {"formatVersion", "id", "version", "title", "instructions", "licence",
                            "items", "scoring", "bands", "schedule"}) {
        SCOPED_TRACE(key);
        json j = valid();
        j.erase(key);
        expectError(j, key, "is required");
    }
    json j = valid();
    j["items"][2]["scale"].erase("maxLabel");
    expectError(j, "items[2].scale.maxLabel", "is required");
}

TEST(QuestionnaireParse, RejectsUnknownKeysWherever) {
    json j = valid();
    j["colour"] = "blue";
    expectError(j, "colour", "not a known key");
    j = valid();
    j["items"][0]["options"][1]["score"] = 1;
    expectError(j, "items[0].options[1].score", "not a known key");
    j = valid();
    j["scoring"]["reversed"] = json::array({"a"});  // the typo this check exists for
    expectError(j, "scoring.reversed", "not a known key");
}

TEST(QuestionnaireParse, RejectsWrongTypes) {
    json j = valid();
    j["version"] = "2";
    expectError(j, "version", "must be a whole number");
    j = valid();
    j["items"][0]["options"][1]["value"] = 1.5;
    expectError(j, "items[0].options[1].value", "must be a whole number");
    j = valid();
    j["title"] = "  ";
    expectError(j, "title", "must not be empty");
    j = valid();
    j["items"] = json::object();
    expectError(j, "items", "must be a list");
}

TEST(QuestionnaireParse, RejectsBadIds) {
    json j = valid();
    j["id"] = "PHQ 9";
    expectError(j, "id", "lower-case letter");
    j = valid();
    j["items"][1]["id"] = "a";
    expectError(j, "items[1].id", "already the id of items[0]");
}

TEST(QuestionnaireParse, RejectsBadOptions) {
    json j = valid();
    j["items"][0]["options"][2]["value"] = 0;
    expectError(j, "items[0].options[2].value", "already the value of items[0].options[0]");
    j = valid();
    j["items"][0]["options"] = json::array();
    expectError(j, "items[0].options", "at least two options");
    j = valid();
    j["items"][1]["options"].erase(1);
    expectError(j, "items[1].options", "at least two options");
}

TEST(QuestionnaireParse, RejectsItemsWithBothOrNeitherAnswerKind) {
    json j = valid();
    j["items"][0]["scale"] = j["items"][2]["scale"];
    expectError(j, "items[0]", "both options and scale");
    j = valid();
    j["items"][2].erase("scale");
    expectError(j, "items[2]", "needs either options");
}

TEST(QuestionnaireParse, RejectsAScaleWhoseMinIsNotBelowMax) {
    json j = valid();
    j["items"][2]["scale"]["min"] = 5;
    expectError(j, "items[2].scale.max", "greater than min (5)");
    j["items"][2]["scale"]["min"] = 4;
    expectError(j, "items[2].scale.max", "greater than min (4)");
}

TEST(QuestionnaireParse, RejectsScoringThatRefersToUnknownItems) {
    json j = valid();
    j["scoring"]["items"][1] = "z";
    expectError(j, "scoring.items[1]", "\"z\" is not an item");
    j = valid();
    j["scoring"]["items"][1] = "a";
    expectError(j, "scoring.items[1]", "listed twice");
    j = valid();
    j["scoring"]["reverse"][0] = "z";
    expectError(j, "scoring.reverse[0]", "not one of the scored items");
    j = valid();
    j["scoring"]["items"] = json::array();
    expectError(j, "scoring.items", "at least one item");
}

TEST(QuestionnaireParse, RejectsAnUnsupportedMethod) {
    json j = valid();
    j["scoring"]["method"] = "median";
    expectError(j, "scoring.method", "\"median\" is not a supported method");
}

TEST(QuestionnaireParse, RejectsARangeTheItemsCannotProduce) {
    json j = valid();
    j["scoring"]["range"]["max"] = 9;
    j["bands"][1]["max"] = 9;
    expectError(j, "scoring.range", "runs from 0 to 8");
    j = valid();
    j["scoring"]["range"] = {{"min", 3}, {"max", 3}};
    expectError(j, "scoring.range.max", "greater than min");
    j = valid();
    j["scoring"]["decimals"] = 4;
    expectError(j, "scoring.decimals", "between 0 and 3");
}

TEST(QuestionnaireParse, RejectsBandsWithGapsOverlapsOrOutsideTheRange) {
    json j = valid();
    j["bands"][1]["min"] = 5;
    expectError(j, "bands[1].min", "gap after bands[0]: scores 4 to 4 have no band");
    j = valid();
    j["bands"][1]["min"] = 3;
    expectError(j, "bands[1].min", "overlaps bands[0]");
    j = valid();
    j["bands"][0]["min"] = -1;
    expectError(j, "bands[0].min", "below the lowest possible score");
    j = valid();
    j["bands"][0]["min"] = 1;
    expectError(j, "bands[0].min", "must be 0");
    j = valid();
    j["bands"][1]["max"] = 9;
    expectError(j, "bands[1].max", "above the highest possible score (8)");
    j = valid();
    j["bands"][1]["max"] = 7;
    expectError(j, "bands[1].max", "scores from 8 to 8 have no band");
    j = valid();
    j["bands"][1]["max"] = 3;
    expectError(j, "bands[1].max", "must not be less than min");
    j = valid();
    j["bands"][1]["label"] = "Low";
    expectError(j, "bands[1].label", "repeats bands[0].label");
    j = valid();
    j["bands"] = json::array({j["bands"][1], j["bands"][0]});  // out of order
    expectError(j, "bands[0].min", "must be 0");
}

TEST(QuestionnaireParse, BandEdgesFollowTheScoreDecimals) {
    json j = valid();
    j["subscales"][0]["bands"] = R"([{"min": 0, "max": 1.4, "label": "L", "description": "L."},
                                      {"min": 1.5, "max": 3, "label": "H", "description": "H."}])"_json;
    ASSERT_TRUE(parseDefinition(j).isOk()) << parseDefinition(j).status().message();
    j["subscales"][0]["bands"][1]["min"] = 1.6;
    expectError(j, "subscales[0].bands[1].min",
                "gap after subscales[0].bands[0]: scores 1.5 to 1.5");
    j["subscales"][0]["bands"][1]["min"] = 1.45;
    expectError(j, "subscales[0].bands[1].min", "multiple of 0.1");
}

TEST(QuestionnaireParse, ChecksSubscalesLikeTheMainScore) {
    json j = valid();
    j["subscales"][0]["scoring"]["items"][0] = "nope";
    expectError(j, "subscales[0].scoring.items[0]", "not an item");
    j = valid();
    j["subscales"][0].erase("bands");
    expectError(j, "subscales[0].bands", "is required");
}

TEST(QuestionnaireParse, RejectsBadAlerts) {
    json j = valid();
    j["alerts"][0]["item"] = "z";
    expectError(j, "alerts[0].item", "not an item");
    j = valid();
    j["alerts"][0]["minValue"] = 0;
    expectError(j, "alerts[0].minValue", "always or never fire");
    j["alerts"][0]["minValue"] = 5;
    expectError(j, "alerts[0].minValue", "always or never fire");
    j = valid();
    j["alerts"][0]["kind"] = "selfharm";
    expectError(j, "alerts[0].kind", "not a supported kind");
}

TEST(QuestionnaireParse, RejectsBadSchedules) {
    json j = valid();
    j["schedule"] = {"month3", "month6"};
    expectError(j, "schedule[0]", "must be \"baseline\"");
    j["schedule"] = {"baseline", "week2"};
    expectError(j, "schedule[1]", "not a timepoint");
    j["schedule"] = {"baseline", "month6", "month3"};
    expectError(j, "schedule[2]", "must come after \"month6\"");
    j["schedule"] = {"baseline", "month3", "month3"};
    expectError(j, "schedule[2]", "must come after");
    j["schedule"] = json::array();
    expectError(j, "schedule", "at least \"baseline\"");
}

TEST(QuestionnaireParse, ReportsEveryProblemAtOnce) {
    json j = valid();
    j.erase("title");
    j["items"][0]["options"][1]["value"] = 0;
    j["scoring"]["method"] = "max";
    j["schedule"] = {"month1"};
    Result<Definition> r = parseDefinition(j);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().fieldErrors().size(), 4u) << r.status().message();
    EXPECT_THAT(r.status().message(), HasSubstr("questionnaire mini"));
}

TEST(QuestionnaireParse, RefusesANewerFormatAsUnsupported) {
    json j = valid();
    j["formatVersion"] = 2;
    j["scoring"]["method"] = "lookup";  // whatever format 2 may mean, it is not an error here
    Result<Definition> r = parseDefinition(j);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::Unsupported);
    EXPECT_THAT(r.status().message(), HasSubstr("update the app"));
    j["formatVersion"] = 0;
    expectError(j, "formatVersion", "must be 1");
}

}  // namespace
}  // namespace rtw::questionnaire
