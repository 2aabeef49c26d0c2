// A comment on an agreed plan version, by the patient or their adviser.
#include <gtest/gtest.h>

#include "model/plan_comment.h"
#include "model/questionnaire_response.h"

namespace rtw::model {
namespace {

using nlohmann::json;

json comment() {
    return {{"planVersionId", "1a2b3c4d-0000-4000-8000-0000000000a1"},
            {"text", "Could week 2 start at 10am?"},
            {"authorId", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
            {"authorRole", "patient"},
            {"at", "2026-03-14T09:00:00Z"}};
}

bool namesField(const Status& s, const std::string& field) {
    for (const auto& fe : s.fieldErrors())
        if (fe.field == field) return true;
    return false;
}

TEST(PlanComment, RoundTripsInCanonicalForm) {
    auto c = PlanComment::fromJson(comment());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(c->authorRole, PlanCommentAuthor::Patient);
    EXPECT_EQ(c->text, "Could week 2 start at 10am?");
    json back = toJson(*c);
    EXPECT_EQ(back["at"], "2026-03-14T09:00:00.000Z");
    EXPECT_EQ(PlanComment::fromJson(back).value(), *c);
}

TEST(PlanComment, TextIsRequiredNotBlankAndAtMost2000Characters) {
    json j = comment();
    j.erase("text");
    EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), "text"));
    j["text"] = "  \n ";
    EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), "text"));
    j["text"] = std::string(2001, 'a');
    EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), "text"));
    j["text"] = std::string(2000, 'a');
    EXPECT_TRUE(PlanComment::fromJson(j));
}

TEST(PlanComment, IdsRoleAndTimeAreChecked) {
    for (const char* field : {"planVersionId", "authorId"}) {
        json j = comment();
        j[field] = "not-a-uuid";
        EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), field)) << field;
    }
    json j = comment();
    j["authorRole"] = "employer";
    EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), "authorRole"));
    j = comment();
    j["at"] = "yesterday";
    EXPECT_TRUE(namesField(PlanComment::fromJson(j).status(), "at"));
    j = comment();
    j["extra"] = 1;
    EXPECT_FALSE(PlanComment::fromJson(j)) << "unknown fields are refused";
}

TEST(QuestionnaireResponseFlag, TheSelfHarmFlagIsOptionalAndKept) {
    json q = {{"questionnaireId", "phq9"}, {"questionnaireVersion", 1},
              {"answers", {{"q9", 1}}},    {"completedAt", "2026-03-10T18:05:00.000Z"},
              {"administeredBy", "self"},  {"timepoint", "baseline"}};
    auto without = QuestionnaireResponse::fromJson(q);
    ASSERT_TRUE(without);
    EXPECT_FALSE(without->selfHarmAlert);
    EXPECT_FALSE(toJson(*without).contains("selfHarmAlert")) << "older records stay as they were";
    q["selfHarmAlert"] = true;
    auto with = QuestionnaireResponse::fromJson(q);
    ASSERT_TRUE(with);
    EXPECT_EQ(with->selfHarmAlert, std::optional<bool>(true));
    EXPECT_EQ(toJson(*with)["selfHarmAlert"], true);
    q["selfHarmAlert"] = "yes";
    EXPECT_TRUE(namesField(QuestionnaireResponse::fromJson(q).status(), "selfHarmAlert"));
}

}  // namespace
}  // namespace rtw::model
