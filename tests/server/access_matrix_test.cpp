// The access matrix through the real server: every role (adviser, foreign
// adviser, service lead, patient of each case, each case's referrer,
// employer contacts with consent and grant, grant only, consent only, of the
// other case, admin) x every endpoint x records of their own and of a
// foreign case. The oracle is core/policy applied to facts the test works
// out from the records themselves; the server must agree exactly:
//  - pull gives each record the policy lets them see, redacted as it says,
//    and nothing else; scopes are exactly the cases they may know;
//  - push accepts exactly what checkWrite allows; a refused write changes
//    no row of any table;
//  - a forbidden record or case is answered byte for byte like a missing
//    one (apart from the ids in the request).
// Both backends, a fresh world per person.
#include <gtest/gtest.h>

#include <tuple>

#include "access_world.h"
#include "backend_fixture.h"
#include "database_dump.h"
#include "model/record_types.h"
#include "server/sync/case_facts.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::ApiClient;
using testsupport::TestServer;

const std::vector<std::string> kPeople = {"ann", "ben", "lee", "pat", "pia", "moss",
                                          "rex", "eve", "fay", "gus", "ivy", "ada"};

/// One write to try, and what the policy says of it.
struct Attempt {
    json op;
    std::string target;  ///< "own", "foreign" or "missing", for messages
};

class AccessMatrix : public ::testing::TestWithParam<std::tuple<std::string, std::string>>,
                     public BackendFixture {
protected:
    void SetUp() override {
        setUpBackend(std::get<0>(GetParam()));
        if (HasFatalFailure() || IsSkipped()) return;
        testsupport::TestServerOptions o;
        o.db = url();
        server = std::make_unique<TestServer>(o);
        world = AccessWorld::build(*server);
        who = std::get<1>(GetParam());
        me = world.principal(who, *server);
        session = server->signIn(world.people.at(who), who + "'s device");
    }
    void TearDown() override { server.reset(); }

    std::int64_t now() { return server->clock().nowMs(); }
    ApiClient client() { return server->client(session.accessToken); }
    std::string hlc() { return server->nextHlc(session.deviceId); }

    /// What checkWrite says of `op` on the present state (the oracle).
    std::string expected(const json& op) {
        const auto records = allRecords(server->app().database());
        const auto facts = factsFromRecords(records, server->serviceId());
        const std::string type = op["type"], id = op["recordId"], caseId = op["caseId"];
        const sync::StoredRecord* existing = nullptr;
        for (const auto& r : records)
            if (r.id == id) existing = &r;
        const std::string kind = op["op"];
        policy::WriteOp w = kind == "create"   ? policy::WriteOp::Create
                            : kind == "update" ? policy::WriteOp::Update
                                               : policy::WriteOp::Delete;
        json after = existing ? existing->state.fields : json::object();
        if (kind == "create") after = op["fields"];
        if (kind == "update")
            for (const auto& [k, v] : op["fields"].items()) after[k] = v;
        auto normal = model::findRecordType(type)->normalise(after);
        if (!normal) return "invalid";
        after = *normal;
        const json changes = op["fields"];
        const policy::RecordRef ref{type, id, after, kind == "update" ? &changes : nullptr};
        policy::CaseFacts f;
        if (type == "case" && kind == "create") {
            f = sync::CaseFactsCache::factsOfNewCase(id, me.serviceId, after);
        } else if (facts.count(caseId)) {
            f = facts.at(caseId);
        } else {
            f.caseId = caseId;  // no such case: nobody may know it
        }
        const Status s = policy::checkWrite(me, f, w, ref, now());
        if (s) return "accepted";
        return s.code() == ErrorCode::NotFound ? "not_found" : "not_allowed";
    }

    /// Every write to try: update and delete of every record there is, and a
    /// create of every type in the own case, the foreign case and a missing one.
    std::vector<Attempt> attempts() {
        std::vector<Attempt> out;
        People p{me.userId, me.userId, world.people.at("eve").id, newUuid()};
        const std::string variant = me.role == model::UserRole::Patient    ? "patient"
                                    : me.role == model::UserRole::Referrer ? "received"
                                                                           : "";
        for (const auto& r : allRecords(server->app().database())) {
            const std::string target = r.caseId == world.ownCase ? "own" : "foreign";
            out.push_back(
                {updateOp(r.type, r.id, r.caseId, exampleUpdate(r.type, p), hlc()), target});
            out.push_back({deleteOp(r.type, r.id, r.caseId, hlc()), target});
        }
        const std::pair<std::string, std::string> cases[] = {
            {world.ownCase, "own"}, {world.foreignCase, "foreign"}, {newUuid(), "missing"}};
        for (const auto& [caseId, target] : cases)
            for (const auto& type : deviceTypes())
                out.push_back(
                    {createOp(type, newUuid(), caseId, recordFields(type, p, variant), hlc()),
                     target});
        const std::string fresh = newUuid();
        out.push_back({createOp("case", fresh, fresh,
                                {{"practiceId", server->practiceId()},
                                 {"adviserId", world.people.at("ann").id},
                                 {"status", "active"},
                                 {"openedOn", "2026-03-02"}},
                                hlc()),
                       "new"});
        return out;
    }

    std::unique_ptr<TestServer> server;
    AccessWorld world;
    std::string who;
    policy::Principal me;
    testsupport::TestSession session;
};

TEST_P(AccessMatrix, PullGivesExactlyWhatThePolicyAllowsRedactedAsItSays) {
    const auto records = allRecords(server->app().database());
    const auto facts = factsFromRecords(records, server->serviceId());
    const auto at = now();
    std::map<std::string, json> want;  // id -> {view, fields}
    for (const auto& r : records) {
        const policy::RecordRef ref{r.type, r.id, r.state.fields};
        const auto view = policy::viewOf(me, facts.at(r.caseId), ref, at);
        if (auto fields = policy::redactAs(view, ref))
            want[r.id] = {{"view", std::string(policy::viewName(view))}, {"fields", *fields}};
    }
    std::set<std::string> wantScopes;
    for (const auto& [caseId, f] : facts)
        if (policy::mayKnowCaseExists(me, f, at)) wantScopes.insert(caseId);

    auto c = client();
    const PullAll got = pullAll(c, "0", 7);  // small pages: the cursor must skip well
    std::map<std::string, json> have;
    for (const auto& r : got.records) {
        EXPECT_FALSE(have.count(r["id"])) << "sent twice in one pass: " << r["id"];
        have[r["id"]] = {{"view", r["view"]}, {"fields", r["fields"]}};
        EXPECT_TRUE(wantScopes.count(r["caseId"])) << who << " got a record of a hidden case";
        if (r["view"] != "full") {
            for (const auto& [field, stamp] : r["fieldHlcs"].items())
                EXPECT_TRUE(r["fields"].contains(field)) << "a hidden field's HLC: " << field;
        }
    }
    EXPECT_EQ(have, want) << who;
    std::set<std::string> scopes;
    for (const auto& id : got.lastPage["scopes"]) scopes.insert(id);
    EXPECT_EQ(scopes, wantScopes) << who;

    // Sanity, independent of the oracle: who sees the own case at all.
    const bool seesOwn = wantScopes.count(world.ownCase) > 0;
    const std::set<std::string> ownCaseReaders = {"ann", "lee", "pat", "moss", "eve"};
    EXPECT_EQ(seesOwn, ownCaseReaders.count(who) > 0) << who;
    if (who == "eve") {
        // The shared version, and her own grant (the app's employer role).
        std::multiset<std::string> types;
        for (const auto& r : got.records) types.insert(r["type"].get<std::string>());
        EXPECT_EQ(types, (std::multiset<std::string>{"rtw_plan_version", "share_grant"}));
    }
    if (who == "ada" || who == "fay" || who == "gus") {
        EXPECT_TRUE(got.records.empty());
    }
    for (const auto& r : got.records) {
        if (r["view"] == "employer" || r["view"] == "referrer") {
            EXPECT_EQ(r["fields"].dump().find("HIDDEN"), std::string::npos)
                << "employer and referrer views never carry hidden text: " << r;
        }
    }
}

TEST_P(AccessMatrix, PushAcceptsExactlyWhatThePolicyAllowsAndARefusalChangesNothing) {
    auto c = client();
    std::vector<Attempt> refused, allowed;
    for (auto& a : attempts()) {
        const std::string want = expected(a.op);
        EXPECT_NE(want, "invalid") << "the test's own sample is invalid: " << a.op;
        (want == "accepted" ? allowed : refused).push_back(a);
    }

    // Every refusal in one go: nothing at all may change.
    const std::string before = testsupport::dumpDatabase(server->app().database());
    for (std::size_t at = 0; at < refused.size(); at += 400) {
        json ops = json::array();
        std::vector<std::string> want;
        for (std::size_t i = at; i < std::min(refused.size(), at + 400); ++i) {
            ops.push_back(refused[i].op);
            want.push_back(expected(refused[i].op));
        }
        auto res = c.push(ops);
        ASSERT_EQ(res.status, 200) << res.body;
        const json results = res.json()["results"];
        for (std::size_t i = 0; i < ops.size(); ++i)
            EXPECT_EQ(results[i].value("code", "accepted"), want[i])
                << who << " " << ops[i]["op"] << " " << ops[i]["type"] << " in "
                << refused[at + i].target << ": " << results[i];
    }
    EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before)
        << who << ": a refused write changed the store";

    // What is allowed, one at a time against the state it meets.
    for (const auto& a : allowed) {
        const std::string want = expected(a.op);
        const json r = pushOne(c, a.op);
        EXPECT_EQ(r.value("code", r.value("status", "")), want)
            << who << " " << a.op["op"] << " " << a.op["type"] << " in " << a.target << ": " << r;
    }
    // Nobody but the case's adviser and lead may write in the own case at all.
    if (who == "ben" || who == "ada" || who == "rex" || who == "pia" || who == "ivy") {
        for (const auto& a : allowed) EXPECT_NE(a.target, "own") << who << " " << a.op;
    }
}

TEST_P(AccessMatrix, AForbiddenRecordOrCaseIsAnsweredLikeAMissingOne) {
    auto c = client();
    const auto strip = [](json r) {
        r.erase("opId");
        return r;
    };
    int compared = 0;
    for (const auto& a : attempts()) {
        if (expected(a.op) != "not_found") continue;
        json twin = a.op;
        twin["opId"] = newUuid();
        if (a.op["op"] == "create") {
            if (a.target == "missing") continue;
            twin["caseId"] = newUuid();  // a case that does not exist
            if (twin["type"] == "case") twin["recordId"] = twin["caseId"];
        } else {
            twin["recordId"] = newUuid();  // a record that does not exist
            if (twin["type"] == "case") twin["caseId"] = twin["recordId"];
        }
        const json real = pushOne(c, a.op), missing = pushOne(c, twin);
        EXPECT_EQ(strip(real), strip(missing)) << who << " " << a.op["op"] << " " << a.op["type"];
        ++compared;
    }
    const bool seesNothing = who == "ada";
    if (!seesNothing) {
        EXPECT_GT(compared, 20) << "the foreign case's records were compared";
    }
    // Invites: a case one may not know is a missing case.
    const auto foreignInvite = c.post("/v1/invites", {{"caseId", world.foreignCase}});
    const auto missingInvite = c.post("/v1/invites", {{"caseId", newUuid()}});
    if (who != "ben" && who != "pia" && who != "rex" && who != "ivy") {
        EXPECT_EQ(foreignInvite.status, 404) << who;
        EXPECT_EQ(foreignInvite.body, missingInvite.body) << who;
    }
}

TEST_P(AccessMatrix, MeAndInvitesAnswerEachRole) {
    auto c = client();
    auto mine = c.get("/v1/me");
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(mine.json()["user"]["id"], world.people.at(who).id);
    EXPECT_EQ(mine.json()["deviceId"], session.deviceId);
    const int own = c.post("/v1/invites", {{"caseId", world.ownCase}}).status;
    // The holder is told the case already has its patient; others who know
    // the case may not invite; everyone else cannot tell it exists.
    const int want = who == "ann"                                                    ? 409
                     : who == "lee" || who == "pat" || who == "moss" || who == "eve" ? 403
                                                                                     : 404;
    EXPECT_EQ(own, want) << who;
}

std::string paramName(const ::testing::TestParamInfo<AccessMatrix::ParamType>& p) {
    return std::get<0>(p.param) + "_" + std::get<1>(p.param);
}

INSTANTIATE_TEST_SUITE_P(Everyone, AccessMatrix,
                         ::testing::Combine(::testing::Values(std::string("sqlite"),
                                                              std::string("postgresql")),
                                            ::testing::ValuesIn(kPeople)),
                         paramName);

}  // namespace
}  // namespace rtw::server
