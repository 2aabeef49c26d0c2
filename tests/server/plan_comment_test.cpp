// Comments on an agreed plan (plan_comment) through the real server, on
// SQLite and PostgreSQL: the patient comments in their own name and the
// adviser receives it; the adviser answers; nobody writes in someone else's
// name or changes a comment; the employer never sees one.
#include <gtest/gtest.h>

#include "share_fixture.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;

class PlanComments : public SharedPlanTest {
protected:
    void SetUp() override {
        SharedPlanTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        std::tie(patientAccount, patient) = server->enrolPatient(ann, caseId);
        people.patientId = patient.userId;
    }
    std::string patientHlc() { return server->nextHlc(patient.deviceId); }
    std::vector<json> comments(testsupport::ApiClient& client) {
        std::vector<json> out;
        for (const auto& r : pullAll(client).records)
            if (r["type"] == "plan_comment") out.push_back(r);
        return out;
    }

    testsupport::TestAccount patientAccount;
    testsupport::TestSession patient;
};

TEST_P(PlanComments, ThePatientCommentsAndTheAdviserReadsAndAnswers) {
    auto pc = server->client(patient.accessToken);
    const std::string id = newUuid();
    auto mine =
        pushOne(pc, createOp("plan_comment", id, caseId,
                             recordFields("plan_comment", people, "patient"), patientHlc()));
    ASSERT_EQ(mine["status"], "accepted") << mine;

    auto ac = server->client(ann.accessToken);
    auto seen = comments(ac);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0]["id"], id);
    EXPECT_EQ(seen[0]["fields"]["text"], "Could week 2 start at 10am?");
    EXPECT_EQ(seen[0]["fields"]["authorRole"], "patient");

    auto answer = pushOne(ac, createOp("plan_comment", newUuid(), caseId,
                                       recordFields("plan_comment", people), hlc()));
    ASSERT_EQ(answer["status"], "accepted") << answer;
    EXPECT_EQ(comments(pc).size(), 2u) << "the patient gets the adviser's answer";
}

TEST_P(PlanComments, NobodyCommentsInSomeoneElsesNameOrAsAnotherRole) {
    auto pc = server->client(patient.accessToken);
    auto asAdviser = recordFields("plan_comment", people, "patient");
    asAdviser["authorRole"] = "adviser";
    EXPECT_EQ(
        pushOne(pc, createOp("plan_comment", newUuid(), caseId, asAdviser, patientHlc()))["code"],
        "not_allowed");
    auto asPatientInAnnsName = recordFields("plan_comment", people, "patient");
    asPatientInAnnsName["authorId"] = ann.userId;
    EXPECT_EQ(pushOne(pc, createOp("plan_comment", newUuid(), caseId, asPatientInAnnsName,
                                   patientHlc()))["code"],
              "not_allowed");
    auto inAnnsName = recordFields("plan_comment", people);  // Ann's id, adviser role
    EXPECT_EQ(
        pushOne(pc, createOp("plan_comment", newUuid(), caseId, inAnnsName, patientHlc()))["code"],
        "not_allowed");
    auto ac = server->client(ann.accessToken);
    EXPECT_EQ(pushOne(ac, createOp("plan_comment", newUuid(), caseId,
                                   recordFields("plan_comment", people, "patient"), hlc()))["code"],
              "not_allowed");
    EXPECT_TRUE(comments(ac).empty()) << "nothing refused was stored";
}

TEST_P(PlanComments, ACommentIsNeverChangedOrDeletedAndBadOnesAreRefused) {
    auto pc = server->client(patient.accessToken);
    const std::string id = newUuid();
    ASSERT_EQ(pushOne(pc, createOp("plan_comment", id, caseId,
                                   recordFields("plan_comment", people, "patient"),
                                   patientHlc()))["status"],
              "accepted");
    EXPECT_EQ(pushOne(pc, updateOp("plan_comment", id, caseId, {{"text", "Changed."}},
                                   patientHlc()))["code"],
              "not_allowed");
    EXPECT_EQ(pushOne(pc, deleteOp("plan_comment", id, caseId, patientHlc()))["code"],
              "not_allowed");
    auto blank = recordFields("plan_comment", people, "patient");
    blank["text"] = "   ";
    auto refused = pushOne(pc, createOp("plan_comment", newUuid(), caseId, blank, patientHlc()));
    EXPECT_NE(refused["status"], "accepted") << refused;
    auto ac = server->client(ann.accessToken);
    auto stored = comments(ac);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]["fields"]["text"], "Could week 2 start at 10am?");
}

INSTANTIATE_TEST_SUITE_P(Backends, PlanComments, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
