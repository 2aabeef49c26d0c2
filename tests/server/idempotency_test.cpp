// An operation id is applied once, ever: a replayed push (a retry after a
// lost answer) and the same push racing on several connections change the
// store once and leave one audit event per operation. Both backends.
#include <gtest/gtest.h>

#include <latch>
#include <set>
#include <thread>

#include "database_dump.h"
#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;

std::int64_t count(db::SqlDatabase& db, const std::string& sql) {
    std::int64_t n = -1;
    Status s = db.transact(db::TxMode::Read, [&](db::SqlTx& tx) -> Status {
        auto row = tx.queryOne(sql);
        if (!row) return row.status();
        n = (*row)->integer(0);
        return Status::ok();
    });
    EXPECT_TRUE(s) << s.message();
    return n;
}

class Idempotency : public ServerOnBackend {
protected:
    testsupport::TestServerOptions options() override {
        testsupport::TestServerOptions o;
        o.threads = 4;
        return o;
    }
    /// A batch of creates and updates in a fresh case.
    json batch(const testsupport::TestSession& ann, int creates) {
        const std::string caseId = server->createCase(ann);
        People people{ann.userId, {}, {}, {}};
        json ops = json::array();
        for (int i = 0; i < creates; ++i) {
            const std::string id = newUuid();
            ops.push_back(createOp("goal", id, caseId, recordFields("goal", people),
                                   server->nextHlc(ann.deviceId)));
            ops.push_back(updateOp("goal", id, caseId, {{"amount", 10.0 + i}},
                                   server->nextHlc(ann.deviceId)));
        }
        return ops;
    }
};

TEST_P(Idempotency, AReplayedPushIsAcknowledgedAndChangesNothing) {
    auto ann = server->signIn(server->adviser());
    const json ops = batch(ann, 10);
    auto c = server->client(ann.accessToken);
    auto first = c.push(ops);
    ASSERT_EQ(first.status, 200);
    const std::string before = testsupport::dumpDatabase(server->app().database());
    auto replay = c.push(ops);
    ASSERT_EQ(replay.status, 200);
    const json a = first.json()["results"], b = replay.json()["results"];
    for (std::size_t i = 0; i < ops.size(); ++i) {
        EXPECT_EQ(a[i]["status"], "accepted");
        EXPECT_FALSE(a[i].contains("duplicate"));
        EXPECT_EQ(b[i]["status"], "accepted");
        EXPECT_EQ(b[i]["duplicate"], true);
        EXPECT_EQ(b[i]["seq"], a[i]["seq"]) << "the first seq";
    }
    EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before)
        << "a replay writes nothing at all";
    // The same op id with different content is refused, not applied.
    json changed = ops[1];
    changed["fields"]["amount"] = 77.0;
    auto reused = pushOne(c, changed);
    EXPECT_EQ(reused["status"], "rejected");
    EXPECT_EQ(reused["code"], "op_id_reused");
    EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before);
}

TEST_P(Idempotency, TheSamePushRacingOnEightConnectionsIsAppliedOnce) {
    auto ann = server->signIn(server->adviser());
    const json ops = batch(ann, 25);  // 50 operations
    const auto auditsBefore =
        count(server->app().database(), "SELECT count(*) FROM records WHERE type = 'audit_event'");
    constexpr int kThreads = 8;
    std::vector<json> answers(kThreads);
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            auto c = server->client(ann.accessToken);
            c.get("/v1/me");  // connected before the race starts
            start.arrive_and_wait();
            auto res = c.push(ops);
            answers[t] = res.status == 200 ? res.json()["results"] : json(res.status);
        });
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        int applied = 0;
        std::set<std::int64_t> seqs;
        for (const auto& results : answers) {
            ASSERT_TRUE(results.is_array()) << results;
            const json& r = results[i];
            EXPECT_EQ(r["status"], "accepted") << r;
            if (!r.contains("duplicate")) ++applied;
            seqs.insert(r["seq"].get<std::int64_t>());
        }
        EXPECT_EQ(applied, 1) << "operation " << i << " applied exactly once";
        EXPECT_EQ(seqs.size(), 1u) << "every answer names the same seq";
    }
    auto& db = server->app().database();
    EXPECT_EQ(count(db, "SELECT count(*) FROM applied_ops"), 51) << "50 and the case";
    EXPECT_EQ(count(db, "SELECT count(*) FROM records WHERE type = 'audit_event'") - auditsBefore,
              50);
    EXPECT_EQ(count(db, "SELECT count(*) FROM records WHERE type = 'goal'"), 25);
    // The sequence numbers are unique and dense up to the counter.
    EXPECT_EQ(count(db, "SELECT count(DISTINCT seq) FROM records"),
              count(db, "SELECT count(*) FROM records"));
}

INSTANTIATE_TEST_SUITE_P(Backends, Idempotency, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
