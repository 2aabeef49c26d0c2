// employerPlansOf: which plans the employer's home lists from the records on
// their device, and what each shows about their answers.
#include <gtest/gtest.h>

#include "model/dates.h"
#include "qml/employer/employer_plans.h"

namespace rtw::app {
namespace {

using nlohmann::json;

constexpr const char* kMe = "3b241101-e2bb-4255-8caf-4136c566a962";
constexpr const char* kOther = "1a2b3c4d-0000-4000-8000-000000000003";
constexpr const char* kCase = "1a2b3c4d-0000-4000-8000-0000000000c1";
constexpr model::Timestamp kNow = 1'775'001'600'000;  // 2026-04-01
// Record ids (UUIDs, as the record rules require).
constexpr const char* kV1 = "1a2b3c4d-0000-4000-8000-0000000000a1";
constexpr const char* kV2 = "1a2b3c4d-0000-4000-8000-0000000000a2";
constexpr const char* kV3 = "1a2b3c4d-0000-4000-8000-0000000000a3";
constexpr const char* kV9 = "1a2b3c4d-0000-4000-8000-0000000000a9";
constexpr const char* kG1 = "1a2b3c4d-0000-4000-8000-0000000000b1";
constexpr const char* kG2 = "1a2b3c4d-0000-4000-8000-0000000000b2";
constexpr const char* kG3 = "1a2b3c4d-0000-4000-8000-0000000000b3";
constexpr const char* kG4 = "1a2b3c4d-0000-4000-8000-0000000000b4";
constexpr const char* kG5 = "1a2b3c4d-0000-4000-8000-0000000000b5";
constexpr const char* kG6 = "1a2b3c4d-0000-4000-8000-0000000000b6";
constexpr const char* kG7 = "1a2b3c4d-0000-4000-8000-0000000000b7";

store::Record record(const std::string& id, const std::string& type, json fields) {
    store::Record r;
    r.id = id;
    r.type = type;
    r.caseId = kCase;
    r.fields = std::move(fields);
    return r;
}

store::Record version(const std::string& id, int n) {
    return record(id, "rtw_plan_version",
                  {{"version", n}, {"status", "agreed"}, {"phases", json::array()}});
}

store::Record grant(const std::string& id, const std::string& versionId, const char* to,
                    const char* expires = "2026-06-30T23:59:59.000Z", bool revoked = false) {
    return record(id, "share_grant",
                  {{"planVersionId", versionId},
                   {"employerContactId", to},
                   {"expiresAt", expires},
                   {"revoked", revoked},
                   {"createdBy", kOther}});
}

store::Record answer(const std::string& grantId, const std::string& versionId, const char* kind,
                     const char* at, const char* by = kMe) {
    json f = {{"kind", kind},
              {"shareGrantId", grantId},
              {"planVersionId", versionId},
              {"employerContactId", by},
              {"at", at}};
    if (std::string(kind) == "comment") f["comment"] = std::string("Comment at ") + at;
    return record(std::string("r-") + grantId + at, "employer_response", f);
}

TEST(EmployerPlans, ListsOnlyStandingGrantsToThisContactNewestVersionFirst) {
    const std::vector<store::Record> versions = {version(kV1, 1), version(kV2, 2), version(kV3, 3)};
    const std::vector<store::Record> grants = {
        grant(kG1, kV1, kMe),
        grant(kG2, kV2, kMe),
        grant(kG3, kV3, kMe, "2026-03-31T23:59:59.000Z"),
        grant(kG4, kV3, kMe, "2026-06-30T23:59:59.000Z", true),
        grant(kG5, kV3, kOther),
        grant(kG6, kV9, kMe)};
    const auto plans = employerPlansOf(versions, grants, {}, kMe, kNow);
    ASSERT_EQ(plans.size(), 2u);
    EXPECT_EQ(plans[0].grantId, kG2);
    EXPECT_EQ(plans[0].version, 2);
    EXPECT_EQ(plans[1].grantId, kG1);
    EXPECT_EQ(plans[0].sharedUntil, *model::parseTimestamp("2026-06-30T23:59:59.000Z"));
}

TEST(EmployerPlans, TheFirstAcknowledgementStandsAndCommentsKeepTheirOrder) {
    const auto plans =
        employerPlansOf({version(kV1, 1)}, {grant(kG1, kV1, kMe)},
                        {answer(kG1, kV1, "comment", "2026-03-14T09:00:00.000Z"),
                         answer(kG1, kV1, "acknowledge", "2026-03-14T10:00:00.000Z"),
                         answer(kG1, kV1, "acknowledge", "2026-03-15T10:00:00.000Z"),
                         answer(kG1, kV1, "comment", "2026-03-16T09:00:00.000Z"),
                         answer(kG1, kV1, "comment", "2026-03-17T09:00:00.000Z", kOther),
                         answer(kG7, kV1, "acknowledge", "2026-03-13T10:00:00.000Z")},
                        kMe, kNow);
    ASSERT_EQ(plans.size(), 1u);
    ASSERT_TRUE(plans[0].acknowledgedAt);
    EXPECT_EQ(*plans[0].acknowledgedAt, *model::parseTimestamp("2026-03-14T10:00:00.000Z"));
    ASSERT_EQ(plans[0].comments.size(), 2u) << "not someone else's";
    EXPECT_EQ(plans[0].comments[0].comment, "Comment at 2026-03-14T09:00:00.000Z");
    EXPECT_EQ(plans[0].comments[1].comment, "Comment at 2026-03-16T09:00:00.000Z");
}

TEST(EmployerPlans, AnAnswerIsAValidResponseInTheContactsName) {
    const auto plans = employerPlansOf({version(kV1, 1)}, {grant(kG1, kV1, kMe)}, {}, kMe, kNow);
    ASSERT_EQ(plans.size(), 1u);
    const json ack = employerAnswer(plans[0], kMe, std::nullopt, kNow);
    auto parsed = model::EmployerResponse::fromJson(ack);
    ASSERT_TRUE(parsed) << parsed.status().message();
    EXPECT_EQ(parsed->kind, model::EmployerResponseKind::Acknowledge);
    EXPECT_EQ(parsed->shareGrantId, kG1);
    EXPECT_EQ(parsed->employerContactId, kMe);
    EXPECT_EQ(parsed->at, kNow);
    auto comment = model::EmployerResponse::fromJson(
        employerAnswer(plans[0], kMe, std::string("Fine by us."), kNow));
    ASSERT_TRUE(comment);
    EXPECT_EQ(comment->comment, "Fine by us.");
}

}  // namespace
}  // namespace rtw::app
