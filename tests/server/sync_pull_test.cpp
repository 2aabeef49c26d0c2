// Pull through the real server (docs/sync-protocol.md section 5): paging,
// totals, scopes, gzip, and the audit trail of reads by employers and
// referrers, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "server/http/gzip.h"
#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::ApiClient;
using testsupport::TestSession;

class SyncPull : public ServerOnBackend {
protected:
    void SetUp() override {
        ServerOnBackend::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        ann = server->signIn(server->adviser());
        people.adviserId = ann.userId;
    }
    std::string hlc() { return server->nextHlc(ann.deviceId); }
    /// `n` goals in a new case; the records made (case, goals, audit events) = 2 + 2n.
    std::string caseWithGoals(int n) {
        const std::string caseId = server->createCase(ann);
        json ops = json::array();
        for (int i = 0; i < n; ++i)
            ops.push_back(createOp("goal", newUuid(), caseId, recordFields("goal", people), hlc()));
        EXPECT_EQ(server->client(ann.accessToken).push(ops).status, 200);
        return caseId;
    }

    TestSession ann;
    People people;
};

TEST_P(SyncPull, PagesCarryTotalsForProgressAndScopesOnlyAtTheEnd) {
    const std::string caseId = caseWithGoals(11);  // 24 records
    auto c = server->client(ann.accessToken);
    const PullAll all = pullAll(c, "0", 10);
    ASSERT_EQ(all.pages.size(), 3u);
    EXPECT_EQ(all.records.size(), 24u);
    EXPECT_EQ(all.pages[0]["total"], 24);
    EXPECT_EQ(all.pages[0]["remaining"], 14);
    EXPECT_EQ(all.pages[1]["total"], 14) << "counted from the request's cursor";
    EXPECT_EQ(all.pages[1]["remaining"], 4);
    EXPECT_EQ(all.pages[2]["remaining"], 0);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(all.pages[i]["hasMore"], true);
        EXPECT_FALSE(all.pages[i].contains("scopes"));
        EXPECT_TRUE(all.pages[i]["cursor"].is_string());
    }
    EXPECT_EQ(all.lastPage["scopes"], json::array({caseId}));
    std::int64_t last = 0;
    for (const auto& r : all.records) {
        EXPECT_GT(r["seq"].get<std::int64_t>(), last) << "in seq order";
        last = r["seq"];
    }
    // Nothing new: an empty last page that keeps the cursor.
    auto again = c.pull(all.lastPage["cursor"]).json();
    EXPECT_EQ(again["records"], json::array());
    EXPECT_EQ(again["cursor"], all.lastPage["cursor"]);
    EXPECT_EQ(again["total"], 0);
    // Resuming from the middle gives the rest.
    EXPECT_EQ(pullAll(c, all.pages[0]["cursor"], 10).records.size(), 14u);
}

TEST_P(SyncPull, OnlyTheCallersCasesAndTheCursorMovesPastOthers) {
    caseWithGoals(2);
    auto ben = server->signIn(server->otherAdviser());
    const std::string benCase = server->createCase(ben, server->otherPracticeId());
    auto c = server->client(ben.accessToken);
    const PullAll all = pullAll(c);
    for (const auto& r : all.records) EXPECT_EQ(r["caseId"], benCase);
    EXPECT_EQ(all.records.size(), 2u);
    EXPECT_EQ(all.lastPage["scopes"], json::array({benCase}));
}

TEST_P(SyncPull, AnswersAreGzippedForClientsThatAcceptItAndBodiesMayBeGzipped) {
    caseWithGoals(20);
    auto c = server->client(ann.accessToken);
    auto plain = c.pull();
    auto zipped = c.http().request("GET", "/v1/sync/pull?cursor=0", {},
                                   {{"X-RTW-Protocol", "1"},
                                    {"Authorization", "Bearer " + ann.accessToken},
                                    {"Accept-Encoding", "gzip, deflate"}});
    ASSERT_EQ(zipped.status, 200);
    EXPECT_EQ(zipped.header("content-encoding"), "gzip");
    EXPECT_EQ(zipped.header("vary"), "Accept-Encoding");
    EXPECT_EQ(zipped.body, plain.body);
    EXPECT_LT(zipped.wireBytes * 4, plain.wireBytes) << "JSON compresses well";
    // A gzip request body.
    const std::string caseId = server->createCase(ann);
    const json body = {
        {"operations", {createOp("goal", newUuid(), caseId, recordFields("goal", people), hlc())}}};
    auto pushed = c.http().request("POST", "/v1/sync/push", gzip(body.dump()),
                                   {{"X-RTW-Protocol", "1"},
                                    {"Authorization", "Bearer " + ann.accessToken},
                                    {"Content-Type", "application/json"},
                                    {"Content-Encoding", "gzip"}});
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    EXPECT_EQ(pushed.json()["results"][0]["status"], "accepted");
}

TEST_P(SyncPull, EveryReadByAnEmployerOrReferrerIsAudited) {
    // Ann's case: referred by the GP, plan version shared with Eve, with consent.
    const std::string caseId =
        server->createCase(ann, std::nullopt, {{"referrerUserId", server->referrer().id}});
    auto eve = server->createEmployerContact("Eve Employer");
    people.employerId = eve.id;
    people.planVersionId = newUuid();
    auto c = server->client(ann.accessToken);
    json ops = {
        createOp("referral", newUuid(), caseId, recordFields("referral", people), hlc()),
        createOp("case_note", newUuid(), caseId, recordFields("case_note", people), hlc()),
        createOp("rtw_plan_version", people.planVersionId, caseId,
                 recordFields("rtw_plan_version", people), hlc()),
        createOp("consent_event", newUuid(), caseId, recordFields("consent_event", people), hlc()),
        createOp("share_grant", newUuid(), caseId, recordFields("share_grant", people), hlc())};
    auto pushed = c.push(ops).json();
    for (const auto& r : pushed["results"]) ASSERT_EQ(r["status"], "accepted") << r;

    auto employer = server->client(server->signIn(eve).accessToken);
    const PullAll seen = pullAll(employer);
    // The shared version (employer view) and Eve's own grant (for the app's
    // employer role); nothing else of the case.
    ASSERT_EQ(seen.records.size(), 2u);
    EXPECT_EQ(seen.records[0]["type"], "rtw_plan_version");
    EXPECT_EQ(seen.records[0]["view"], "employer");
    EXPECT_EQ(seen.records[0]["fields"].dump().find("HIDDEN"), std::string::npos)
        << "only the employer-visible parts";
    EXPECT_EQ(seen.records[1]["type"], "share_grant");
    EXPECT_EQ(seen.lastPage["scopes"], json::array({caseId}));

    auto gp = server->client(server->signIn(server->referrer()).accessToken);
    const PullAll referred = pullAll(gp);
    ASSERT_EQ(referred.records.size(), 1u);
    EXPECT_EQ(referred.records[0]["view"], "referrer");
    EXPECT_FALSE(referred.records[0]["fields"].contains("reason"));

    // The lead sees the two reads in the audit trail, with who and from which device.
    auto lead = server->client(server->signIn(server->serviceLead()).accessToken);
    std::vector<json> reads;
    for (const auto& r : pullAll(lead).records)
        if (r["type"] == "audit_event" && r["fields"]["action"] == "read") reads.push_back(r);
    ASSERT_EQ(reads.size(), 3u);
    EXPECT_EQ(reads[0]["fields"]["actorId"], eve.id);
    EXPECT_EQ(reads[0]["fields"]["actorRole"], "employer_contact");
    EXPECT_EQ(reads[0]["fields"]["recordId"], people.planVersionId);
    EXPECT_FALSE(reads[0]["fields"]["deviceId"].get<std::string>().empty());
    EXPECT_EQ(reads[1]["fields"]["recordType"], "share_grant");
    EXPECT_EQ(reads[2]["fields"]["actorRole"], "referrer");
    // Reading again leaves another event per record; an empty pull leaves none.
    EXPECT_EQ(pullAll(employer, seen.lastPage["cursor"]).records.size(), 0u);
    EXPECT_EQ(pullAll(employer).records.size(), 2u);
    std::size_t after = 0;
    for (const auto& r : pullAll(lead).records)
        if (r["type"] == "audit_event" && r["fields"]["action"] == "read") ++after;
    EXPECT_EQ(after, 5u);
}

TEST_P(SyncPull, WithdrawnConsentTakesThePlanAwayFromTheEmployerAtTheNextPull) {
    const std::string caseId = server->createCase(ann);
    auto [pat, patSession] = server->enrolPatient(ann, caseId);
    auto eve = server->createEmployerContact("Eve Employer");
    people.employerId = eve.id;
    people.patientId = pat.id;
    people.planVersionId = newUuid();
    auto c = server->client(ann.accessToken);
    for (const char* type : {"rtw_plan_version", "consent_event", "share_grant"}) {
        const std::string id =
            std::string(type) == "rtw_plan_version" ? people.planVersionId : newUuid();
        ASSERT_EQ(
            pushOne(c, createOp(type, id, caseId, recordFields(type, people), hlc()))["status"],
            "accepted");
    }
    auto employer = server->client(server->signIn(eve).accessToken);
    const PullAll first = pullAll(employer);
    EXPECT_EQ(first.lastPage["scopes"], json::array({caseId}));
    // The patient withdraws in the app.
    json withdraw = recordFields("consent_event", people, "patient");
    withdraw["action"] = "withdraw";
    withdraw["at"] = "2026-03-20T10:00:00.000Z";
    auto patient = server->client(patSession.accessToken);
    ASSERT_EQ(pushOne(patient, createOp("consent_event", newUuid(), caseId, withdraw,
                                        server->nextHlc(patSession.deviceId)))["status"],
              "accepted");
    const PullAll next = pullAll(employer, first.lastPage["cursor"]);
    EXPECT_TRUE(next.records.empty());
    EXPECT_EQ(next.lastPage["scopes"], json::array()) << "the device purges the case";
}

TEST_P(SyncPull, ParametersAreChecked) {
    auto c = server->client(ann.accessToken);
    for (const char* q : {"cursor=-1", "cursor=abc", "limit=0", "limit=1001", "limit=x", "since=3",
                          "cursor=99999999999999999999"}) {
        auto res = c.get(std::string("/v1/sync/pull?") + q);
        EXPECT_EQ(res.status, 400) << q;
        EXPECT_EQ(res.errorCode(), "invalid") << q;
        EXPECT_TRUE(res.json()["error"]["fields"].is_array()) << q;
    }
    EXPECT_EQ(c.get("/v1/sync/pull").status, 200) << "both are optional";
}

INSTANTIATE_TEST_SUITE_P(Backends, SyncPull, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
