// Push through the real server (docs/sync-protocol.md section 4): what is
// accepted, what is refused and why, conflicts, audit and renumbering, on
// SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "hlc/hlc.h"
#include "model/dates.h"
#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::ApiClient;
using testsupport::TestSession;

class SyncPush : public ServerOnBackend {
protected:
    void SetUp() override {
        ServerOnBackend::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        ann = server->signIn(server->adviser());
        caseId = server->createCase(ann);
        people.adviserId = ann.userId;
    }
    ApiClient annClient() { return server->client(ann.accessToken); }
    std::string hlc() { return server->nextHlc(ann.deviceId); }
    /// Records of `type` in a full pull by `client`.
    std::vector<json> pulled(ApiClient& client, const std::string& type) {
        std::vector<json> out;
        for (const auto& r : pullAll(client).records)
            if (r["type"] == type) out.push_back(r);
        return out;
    }

    TestSession ann;
    std::string caseId;
    People people;
};

TEST_P(SyncPush, AcceptedOperationsAreNumberedInOrderAndEachLeavesAnAuditEvent) {
    auto c = annClient();
    json ops = json::array();
    std::vector<std::string> ids;
    for (const char* type : {"client", "goal", "barrier"}) {
        ids.push_back(newUuid());
        ops.push_back(createOp(type, ids.back(), caseId, recordFields(type, people), hlc()));
    }
    auto res = c.push(ops);
    ASSERT_EQ(res.status, 200) << res.body;
    const json results = res.json()["results"];
    ASSERT_EQ(results.size(), 3u);
    std::int64_t last = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(results[i]["opId"], ops[i]["opId"]);
        EXPECT_EQ(results[i]["status"], "accepted");
        EXPECT_FALSE(results[i].contains("duplicate"));
        EXPECT_GT(results[i]["seq"].get<std::int64_t>(), last) << "applied in request order";
        last = results[i]["seq"];
    }
    auto audits = pulled(c, "audit_event");
    ASSERT_EQ(audits.size(), 4u) << "the case and the three records";
    const json& a = audits.back()["fields"];
    EXPECT_EQ(a["actorId"], ann.userId);
    EXPECT_EQ(a["actorRole"], "adviser");
    EXPECT_EQ(a["deviceId"], ann.deviceId);
    EXPECT_EQ(a["action"], "create");
    EXPECT_EQ(a["recordType"], "barrier");
    EXPECT_EQ(a["recordId"], ids[2]);
    EXPECT_EQ(a["at"], model::formatTimestamp(server->clock().nowMs()));
}

TEST_P(SyncPush, GoodOperationsApplyEvenWhenOthersInTheBatchAreRefused) {
    auto c = annClient();
    json bad = recordFields("goal", people);
    bad["amount"] = -5;
    const std::string goodId = newUuid();
    json ops = {createOp("goal", newUuid(), caseId, bad, hlc()),
                createOp("goal", goodId, caseId, recordFields("goal", people), hlc())};
    auto results = c.push(ops).json()["results"];
    EXPECT_EQ(results[0]["status"], "rejected");
    EXPECT_EQ(results[0]["code"], "invalid");
    EXPECT_EQ(results[0]["fields"][0]["field"], "amount");
    EXPECT_NE(results[0]["message"].get<std::string>().find("The goal could not be saved"),
              std::string::npos)
        << results[0];
    EXPECT_TRUE(results[0]["current"].is_null()) << "nothing to reset to";
    EXPECT_EQ(results[1]["status"], "accepted");
    auto goals = pulled(c, "goal");
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0]["id"], goodId);
}

TEST_P(SyncPush, ARefusedUpdateCarriesTheRecordAsItIsNow) {
    auto c = annClient();
    const std::string goalId = newUuid();
    ASSERT_EQ(
        pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", people), hlc()))["status"],
        "accepted");
    auto r = pushOne(c, updateOp("goal", goalId, caseId, {{"frequency", "times_per_week"}}, hlc()));
    EXPECT_EQ(r["status"], "rejected");
    EXPECT_EQ(r["code"], "invalid");
    EXPECT_EQ(r["fields"][0]["field"], "timesPerWeek") << r;
    ASSERT_TRUE(r["current"].is_object());
    EXPECT_EQ(r["current"]["id"], goalId);
    EXPECT_EQ(r["current"]["fields"]["frequency"], "daily");
    EXPECT_EQ(r["current"]["view"], "full");
}

TEST_P(SyncPush, MissingRecordsAndCasesAreNotFound) {
    auto c = annClient();
    auto update = pushOne(c, updateOp("goal", newUuid(), caseId, {{"amount", 10.0}}, hlc()));
    EXPECT_EQ(update["code"], "not_found");
    EXPECT_EQ(update["message"], "No such record.");
    auto remove = pushOne(c, deleteOp("goal", newUuid(), caseId, hlc()));
    EXPECT_EQ(remove["code"], "not_found");
    auto create =
        pushOne(c, createOp("goal", newUuid(), newUuid(), recordFields("goal", people), hlc()));
    EXPECT_EQ(create["code"], "not_found");
    EXPECT_EQ(create["message"], "No such case.");
}

TEST_P(SyncPush, TwoDevicesEditingOnePlanOfflineEndWithOnePlanAndOneConflict) {
    // docs/sync-protocol.md section 8, with Ann's tablet and her phone.
    auto tablet = annClient();
    auto phoneSession = server->signIn(server->adviser(), "Ann's phone");
    auto phone = server->client(phoneSession.accessToken);
    const std::string planId = newUuid();
    const std::string created = hlc();
    ASSERT_EQ(pushOne(tablet, createOp("rtw_plan", planId, caseId, recordFields("rtw_plan", people),
                                       created))["status"],
              "accepted");
    const std::string a = server->nextHlc(ann.deviceId);           // tablet's edit
    const std::string b = server->nextHlc(phoneSession.deviceId);  // phone's, later
    const json base = {{"targetDate", created}};
    // The phone syncs first; then the tablet's older edit arrives and loses.
    EXPECT_EQ(pushOne(phone, updateOp("rtw_plan", planId, caseId, {{"targetDate", "2026-03-09"}}, b,
                                      base))["status"],
              "accepted");
    EXPECT_EQ(pushOne(tablet, updateOp("rtw_plan", planId, caseId, {{"targetDate", "2026-03-02"}},
                                       a, base))["status"],
              "accepted")
        << "a losing edit is accepted: its value is kept as a conflict";
    for (ApiClient* device : {&tablet, &phone}) {
        auto plans = pulled(*device, "rtw_plan");
        ASSERT_EQ(plans.size(), 1u);
        EXPECT_EQ(plans[0]["fields"]["targetDate"], "2026-03-09");
        EXPECT_EQ(plans[0]["fieldHlcs"]["targetDate"], b);
        auto conflicts = pulled(*device, "conflict");
        ASSERT_EQ(conflicts.size(), 1u);
        const json& f = conflicts[0]["fields"];
        EXPECT_EQ(f["recordId"], planId);
        EXPECT_EQ(f["recordType"], "rtw_plan");
        EXPECT_EQ(f["field"], "targetDate");
        EXPECT_EQ(f["losingValue"], "2026-03-02");
        EXPECT_EQ(f["losingHlc"], a);
        EXPECT_EQ(f["winningValue"], "2026-03-09");
        EXPECT_EQ(f["winningHlc"], b);
        EXPECT_EQ(f["status"], "open");
    }
}

TEST_P(SyncPush, ASequentialOverwriteIsNoConflictButAnUnseenOneIs) {
    auto c = annClient();
    const std::string goalId = newUuid();
    const std::string created = hlc();
    pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", people), created));
    const std::string first = hlc();
    pushOne(c, updateOp("goal", goalId, caseId, {{"amount", 40.0}}, first, {{"amount", created}}));
    EXPECT_TRUE(pulled(c, "conflict").empty()) << "the writer had seen the value it replaced";
    // The other device still thinks the amount was the created one: its later
    // write wins, and the value it never saw is kept.
    pushOne(c, updateOp("goal", goalId, caseId, {{"amount", 50.0}}, hlc(), {{"amount", created}}));
    auto conflicts = pulled(c, "conflict");
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0]["fields"]["losingValue"], 40.0);
    EXPECT_EQ(conflicts[0]["fields"]["winningValue"], 50.0);
}

TEST_P(SyncPush, TheAdviserResolvesAConflictInTheirOwnNameAndNothingElseOfIt) {
    auto c = annClient();
    const std::string goalId = newUuid();
    const std::string created = hlc();
    pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", people), created));
    const std::string late = hlc();
    const json base = {{"amount", created}};
    pushOne(c, updateOp("goal", goalId, caseId, {{"amount", 40.0}}, hlc(), base));
    pushOne(c, updateOp("goal", goalId, caseId, {{"amount", 45.0}}, late, base));  // loses
    auto conflicts = pulled(c, "conflict");
    ASSERT_EQ(conflicts.size(), 1u);
    const std::string conflictId = conflicts[0]["id"];
    const std::string now = model::formatTimestamp(server->clock().nowMs());
    auto sneaky =
        pushOne(c, updateOp("conflict", conflictId, caseId, {{"losingValue", 1.0}}, hlc()));
    EXPECT_EQ(sneaky["code"], "not_allowed");
    auto other = pushOne(c, updateOp("conflict", conflictId, caseId,
                                     {{"status", "resolved"},
                                      {"resolvedBy", server->otherAdviser().id},
                                      {"resolvedAt", now}},
                                     hlc()));
    EXPECT_EQ(other["code"], "not_allowed");
    auto resolved = pushOne(
        c,
        updateOp("conflict", conflictId, caseId,
                 {{"status", "resolved"}, {"resolvedBy", ann.userId}, {"resolvedAt", now}}, hlc()));
    EXPECT_EQ(resolved["status"], "accepted") << resolved;
    EXPECT_EQ(pulled(c, "conflict")[0]["fields"]["status"], "resolved");
    auto made = pushOne(c, createOp("conflict", newUuid(), caseId, conflicts[0]["fields"], hlc()));
    EXPECT_EQ(made["code"], "not_allowed") << "the server records conflicts";
}

TEST_P(SyncPush, ADeviceClockMoreThanADayAheadIsRefused) {
    auto c = annClient();
    const auto now = server->clock().nowMs();
    const std::string ahead = Hlc{now + 25LL * 3600 * 1000, 0, ann.deviceId}.toString();
    auto r = pushOne(c, createOp("goal", newUuid(), caseId, recordFields("goal", people), ahead));
    EXPECT_EQ(r["code"], "invalid");
    EXPECT_EQ(r["fields"][0]["field"], "hlc");
    EXPECT_NE(r["message"].get<std::string>().find("date and time"), std::string::npos);
    const std::string nearly = Hlc{now + 23LL * 3600 * 1000, 0, ann.deviceId}.toString();
    EXPECT_EQ(pushOne(c, createOp("goal", newUuid(), caseId, recordFields("goal", people),
                                  nearly))["status"],
              "accepted");
}

TEST_P(SyncPush, AppendOnlyRecordsAreNeverChangedOrDeleted) {
    auto c = annClient();
    const std::string noteId = newUuid();
    pushOne(c, createOp("case_note", noteId, caseId, recordFields("case_note", people), hlc()));
    auto update = pushOne(c, updateOp("case_note", noteId, caseId, {{"text", "Changed."}}, hlc()));
    EXPECT_EQ(update["code"], "not_allowed");
    auto remove = pushOne(c, deleteOp("case_note", noteId, caseId, hlc()));
    EXPECT_EQ(remove["code"], "not_allowed");
    EXPECT_EQ(pulled(c, "case_note")[0]["fields"]["text"], "HIDDEN: disclosed depression");
}

TEST_P(SyncPush, ARecordKeepsItsTypeAndCase) {
    auto c = annClient();
    const std::string otherCase = server->createCase(ann);
    const std::string goalId = newUuid();
    pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", people), hlc()));
    auto asBarrier = pushOne(c, updateOp("barrier", goalId, caseId, {{"resolved", true}}, hlc()));
    EXPECT_EQ(asBarrier["code"], "invalid");
    EXPECT_EQ(asBarrier["fields"][0]["field"], "type");
    auto moved = pushOne(c, updateOp("goal", goalId, otherCase, {{"amount", 5.0}}, hlc()));
    EXPECT_EQ(moved["code"], "invalid");
    EXPECT_EQ(moved["fields"][0]["field"], "caseId");
}

TEST_P(SyncPush, ACaseNamesRealPeopleAndAPracticeOfTheService) {
    auto c = annClient();
    const std::string id = newUuid();
    json fields = {{"practiceId", "P81001"},
                   {"adviserId", ann.userId},
                   {"patientUserId", server->otherAdviser().id},
                   {"referrerUserId", newUuid()},
                   {"status", "active"},
                   {"openedOn", "2026-03-02"}};
    auto r = pushOne(c, createOp("case", id, id, fields, hlc()));
    EXPECT_EQ(r["code"], "invalid");
    std::set<std::string> bad;
    for (const auto& f : r["fields"]) bad.insert(f["field"]);
    EXPECT_EQ(bad, (std::set<std::string>{"practiceId", "patientUserId", "referrerUserId"}));
    auto own = pushOne(c, createOp("case", id, newUuid(), fields, hlc()));
    EXPECT_EQ(own["fields"][0]["field"], "caseId") << "a case is its own scope";
}

TEST_P(SyncPush, ReassigningACaseSendsAllOfItToTheNewAdviserAndTakesItFromTheOld) {
    auto c = annClient();
    for (const char* type : {"client", "goal", "case_note"})
        pushOne(c, createOp(type, newUuid(), caseId, recordFields(type, people), hlc()));
    auto benSession = server->signIn(server->otherAdviser());
    auto ben = server->client(benSession.accessToken);
    const PullAll before = pullAll(ben);
    EXPECT_TRUE(before.records.empty());
    const std::string benCursor = before.lastPage["cursor"];
    const PullAll annBefore = pullAll(c);
    // The service lead moves the case to Ben (in Ben's practice).
    auto lead = server->client(server->signIn(server->serviceLead()).accessToken);
    auto moved = pushOne(lead, updateOp("case", caseId, caseId,
                                        {{"adviserId", benSession.userId},
                                         {"practiceId", server->otherPracticeId()}},
                                        hlc()));
    ASSERT_EQ(moved["status"], "accepted") << moved;
    // Ben's next pull from his old cursor brings the whole case.
    const PullAll after = pullAll(ben, benCursor);
    std::multiset<std::string> types;
    for (const auto& r : after.records) types.insert(r["type"]);
    EXPECT_EQ(types.count("case"), 1u);
    EXPECT_EQ(types.count("client"), 1u);
    EXPECT_EQ(types.count("goal"), 1u);
    EXPECT_EQ(types.count("case_note"), 1u);
    EXPECT_EQ(after.lastPage["scopes"], json::array({caseId}));
    // Ann's next pull no longer lists the case: her device purges it.
    const PullAll annAfter = pullAll(c, annBefore.lastPage["cursor"]);
    EXPECT_EQ(annAfter.lastPage["scopes"], json::array());
    EXPECT_TRUE(annAfter.records.empty());
}

TEST_P(SyncPush, ADeletionSyncsAsATombstone) {
    auto c = annClient();
    const std::string goalId = newUuid();
    pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", people), hlc()));
    EXPECT_EQ(pushOne(c, deleteOp("goal", goalId, caseId, hlc()))["status"], "accepted");
    auto goals = pulled(c, "goal");
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0]["deleted"], true);
    EXPECT_EQ(goals[0]["fields"]["what"], "Walk") << "fields are kept under the tombstone";
    auto late = pushOne(c, updateOp("goal", goalId, caseId, {{"amount", 99.0}}, hlc()));
    EXPECT_EQ(late["status"], "accepted");
    auto conflicts = pulled(c, "conflict");
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0]["fields"]["hiddenByDelete"], true);
    EXPECT_FALSE(conflicts[0]["fields"].contains("winningValue"));
}

INSTANTIATE_TEST_SUITE_P(Backends, SyncPush, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
