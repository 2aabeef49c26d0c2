#include "model/questionnaire_response.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"questionnaireId", "phq9"},
            {"questionnaireVersion", 1},
            {"answers", {{"q1", 2}, {"q2", 0}, {"q3", 3}}},
            {"completedAt", "2026-03-10T18:05:00.000Z"},
            {"administeredBy", "self"},
            {"timepoint", "baseline"}};
}

}  // namespace

TEST(ModelQuestionnaireResponse, RoundTrips) {
    auto q = QuestionnaireResponse::fromJson(valid());
    ASSERT_TRUE(q) << q.status().message();
    EXPECT_EQ(q->answers.at("q3"), 3);
    EXPECT_EQ(toJson(*q), valid());
}

TEST(ModelQuestionnaireResponse, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"questionnaireId", "PHQ 9"},  {"questionnaireId", ""},    {"questionnaireVersion", 0},
        {"completedAt", "2026-03-10"}, {"administeredBy", "gp"},   {"timepoint", "month9"},
        {"answers", json::object()},   {"answers", json::array()},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<QuestionnaireResponse>(j, field);
    }
    auto j = valid();
    j["answers"]["q2"] = -1;
    expectRejected<QuestionnaireResponse>(j, "answers.q2");
    j = valid();
    j["answers"]["q2"] = 1.5;
    expectRejected<QuestionnaireResponse>(j, "answers.q2");
    j = valid();
    j["answers"]["Q 10"] = 1;
    expectRejected<QuestionnaireResponse>(j, "answers.Q 10");
}

TEST(ModelQuestionnaireResponse, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["score"] = 5;  // scoring is the questionnaire module's job
    expectRejected<QuestionnaireResponse>(j, "score");
    j = valid();
    j.erase("answers");
    expectRejected<QuestionnaireResponse>(j, "answers");
    j = valid();
    j["questionnaireVersion"] = "1";
    expectRejected<QuestionnaireResponse>(j, "questionnaireVersion");
}

TEST(ModelQuestionnaireResponse, ReportsAllErrorsTogether) {
    auto j = valid();
    j["answers"]["q1"] = "two";
    j["answers"]["q3"] = -3;
    j["timepoint"] = "later";
    auto r = QuestionnaireResponse::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
