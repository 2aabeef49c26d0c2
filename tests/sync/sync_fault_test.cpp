// Seeded fault schedules: an adviser's two devices, the service lead and the
// patient's phone edit one case concurrently while "offline", then sync
// through FaultProxy (drops, delays, truncation, resets, duplicates, 5xx,
// server restarts). Afterwards every device holds exactly what the server
// gives a fresh device of the same user, every operation was applied exactly
// once (one audit event each), and every edit that lost a concurrent race is
// kept as a conflict.
//
// 500 seeds in 20 shards (ctest runs shards in parallel). A failing seed is
// printed with the command that replays it alone:
//   RTW_FAULT_SEED=<seed> build/bin/sync_tests --gtest_filter='FaultSchedules/*'
// RTW_FAULT_SEEDS=<n> changes how many seeds the shards cover.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "fault_proxy.h"
#include "test_device.h"
#include "util/random_id.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testsupport::TestAccount;
using testsupport::TestServer;

constexpr int kShards = 20;

int totalSeeds() {
    const char* n = std::getenv("RTW_FAULT_SEEDS");
    return n ? std::max(1, std::atoi(n)) : 500;
}

// The server, restartable in-process on the same database file.
class World {
public:
    World() : dir_(fs::temp_directory_path() / ("rtw-fault-" + newUuid())) {
        fs::create_directories(dir_);
        testsupport::TestServerOptions o;
        o.db = "sqlite:" + (dir_ / "server.db").string();
        server_ = std::make_unique<TestServer>(o);
        port_ = server_->port();
        adviser = server_->adviser();
        lead = server_->serviceLead();
        practiceId = server_->practiceId();
    }
    ~World() {
        server_.reset();
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    void restart() {
        server_.reset();
        testsupport::TestServerOptions o;
        o.db = "sqlite:" + (dir_ / "server.db").string();
        o.createAccounts = false;
        server_ = std::make_unique<TestServer>(o);
        port_ = server_->port();
        ++restarts;
    }
    std::uint16_t port() const { return port_.load(); }
    std::string directUrl() const { return "http://127.0.0.1:" + std::to_string(port()); }

    TestAccount adviser, lead;
    std::string practiceId;
    int restarts = 0;

private:
    fs::path dir_;
    std::unique_ptr<TestServer> server_;
    std::atomic<std::uint16_t> port_{0};
};

struct Op {
    std::string device;  ///< the server's device id
    store::OutboxEntry entry;
};

// What one schedule did, for the checks.
struct Run {
    std::mt19937_64 rng;
    std::map<std::string, Op> ops;  ///< every operation made, by op id
    int counter = 0;
    int pick(int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); }
};

json noteFields(TestDevice& d, const std::string& text) {
    return {{"kind", "note"},
            {"text", text},
            {"authorId", d.userId()},
            {"deviceId", d.store().deviceId()},
            {"writtenAt", "2026-03-02T10:15:00Z"},
            {"sharedWithPatient", false}};
}

json goalFields(double amount) {
    return {{"category", "activity"},
            {"what", "Walk"},
            {"amount", amount},
            {"unit", "minutes"},
            {"frequency", "times_per_week"},
            {"timesPerWeek", 5},
            {"byWhen", "2026-05-01"},
            {"status", "active"}};
}

// One random local change of the kind `role` may make.
void edit(Run& run, TestDevice& d, const std::string& role, const std::string& caseId,
          const std::string& clientId) {
    auto& rs = d.records();
    const std::string tag = d.name() + "-" + std::to_string(++run.counter);
    if (role == "lead") {
        (void)rs.update(caseId, {{"status", run.pick(2) ? "active" : "awaiting_first_contact"}});
        return;
    }
    if (role == "patient") {
        json checkIn = {{"on", "2026-03-10"},  {"pain", run.pick(11)},     {"interference", 4},
                        {"mood", 3},           {"sleepQuality", 5},        {"pacingDone", "some"},
                        {"hoursWorked", 4.25}, {"note", "check-in " + tag}};
        (void)rs.create("check_in", caseId, checkIn);
        return;
    }
    static const char* names[] = {"Okafor", "Smith", "Jones", "Okafor-Smith", "Brown"};
    auto goals = rs.list("goal", caseId);
    const int kind = run.pick(10);
    if (kind <= 1) {
        (void)rs.update(clientId, {{"familyName", names[run.pick(5)]}});
    } else if (kind == 2) {
        (void)rs.update(clientId, {{"phone", "0113 496 0" + std::to_string(100 + run.pick(900))}});
    } else if (kind == 3) {
        (void)rs.create("case_note", caseId, noteFields(d, "note " + tag));
    } else if (kind == 4) {
        (void)rs.update(caseId, {{"status", run.pick(2) ? "active" : "awaiting_first_contact"}});
    } else if (kind == 5) {
        (void)rs.create("goal", caseId, goalFields(5.0 + run.pick(50)));
    } else if (kind == 9 && goals && goals->size() > 1) {
        (void)rs.remove((*goals)[1 + run.pick(static_cast<int>(goals->size()) - 1)].id);
    } else if (goals && !goals->empty()) {
        const auto& g = (*goals)[run.pick(static_cast<int>(goals->size()))];
        if (run.pick(2)) {
            (void)rs.update(g.id, {{"amount", 5.0 + run.pick(50)}});
        } else {
            (void)rs.update(g.id, {{"status", run.pick(2) ? "active" : "paused"}});
        }
    }
}

void collectOps(Run& run, TestDevice& d) {
    auto pending = d.store().sync().pendingOutbox(100'000);
    ASSERT_TRUE(pending.isOk());
    const std::string device = d.client().session()->deviceId;
    for (auto& e : *pending) run.ops.emplace(e.opId, Op{device, e});
}

std::string opKey(const std::string& device, const std::string& recordId,
                  const std::string& action) {
    return device + "|" + recordId + "|" + action;
}

void runSchedule(std::uint64_t seed) {
    SCOPED_TRACE("seed " + std::to_string(seed) + " (replay: RTW_FAULT_SEED=" +
                 std::to_string(seed) + " build/bin/sync_tests --gtest_filter='FaultSchedules/*')");
    World world;
    FaultProxy proxy([&] { return world.port(); }, [&] { world.restart(); }, seed);
    proxy.setEnabled(false);
    Run run;
    run.rng.seed(seed * 7919 + 1);
    sync::CurlOptions net;
    net.connectTimeoutMs = 1000;
    net.totalTimeoutMs = 300;
    // Clocks a little apart, as real devices' are.
    TestDevice tablet("tablet", 0, net), phone("phone", 1500, net), lead("lead", -2500, net),
        patient("patient", 700, net);
    const std::string url = proxy.baseUrl();
    tablet.signIn(url, world.adviser);
    phone.signIn(url, world.adviser);
    lead.signIn(url, world.lead);
    auto caseId = tablet.records().create("case", "",
                                          {{"practiceId", world.practiceId},
                                           {"adviserId", tablet.userId()},
                                           {"status", "active"},
                                           {"openedOn", "2026-03-02"}});
    ASSERT_TRUE(caseId.isOk()) << caseId.status().message();
    auto clientId = tablet.records().create(
        "client", *caseId,
        {{"givenName", "Amira"}, {"familyName", "Okafor"}, {"dateOfBirth", "1984-07-19"}});
    ASSERT_TRUE(clientId.isOk());
    ASSERT_TRUE(tablet.records().create("goal", *caseId, goalFields(30.0)).isOk());
    collectOps(run, tablet);
    ASSERT_TRUE(tablet.syncUntilDone(3).ok());
    auto invite = tablet.client().createInvite(*caseId);
    ASSERT_TRUE(invite.ok()) << invite.error.message;
    const TestAccount pat{"", "patient." + std::to_string(seed) + "@example.org",
                          "a long patient password"};
    ASSERT_TRUE(
        patient.client()
            .enrol(url, invite.value->at("code"), pat.email, "Amira Okafor", pat.password, "phone")
            .ok());
    for (TestDevice* d : {&phone, &lead, &patient})
        ASSERT_TRUE(d->syncUntilDone(3).ok()) << d->name();

    struct Member {
        TestDevice* device;
        std::string role;
    };
    std::vector<Member> members = {
        {&tablet, "adviser"}, {&phone, "adviser"}, {&lead, "lead"}, {&patient, "patient"}};
    proxy.setEnabled(true);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(members.begin(), members.end(), run.rng);
        for (auto& m : members) {
            const int edits = 1 + run.pick(4);
            for (int i = 0; i < edits; ++i) edit(run, *m.device, m.role, *caseId, *clientId);
            m.device->clock().advance(1 + run.pick(3000));
            collectOps(run, *m.device);
        }
        // Each syncs once or twice through the faults, in a seeded order.
        for (auto& m : members) {
            (void)m.device->sync();
            if (run.pick(3) == 0) (void)m.device->sync();
        }
    }
    proxy.setEnabled(false);
    for (int pass = 0; pass < 2; ++pass)
        for (auto& m : members) {
            auto r = m.device->syncUntilDone(10);
            ASSERT_TRUE(r.ok()) << m.device->name() << ": " << r.error.message;
        }

    // 1. Nothing waits, and nothing was refused except edits of deleted goals.
    std::vector<store::PulledRecord> adviserView = serverView(world.directUrl(), world.adviser);
    std::set<std::string> deletedIds;
    for (const auto& r : adviserView)
        if (r.deleted) deletedIds.insert(r.id);
    for (auto& m : members) {
        EXPECT_EQ(*m.device->records().pendingCount(), 0) << m.device->name();
        const auto refusedHere = *m.device->store().sync().rejectedChanges();
        for (const auto& rj : refusedHere)
            EXPECT_TRUE(deletedIds.count(rj.recordId))
                << m.device->name() << " refused: " << rj.code << " " << rj.message;
    }
    // 2. Every device holds what the server gives a fresh device of its user.
    EXPECT_EQ(firstDifference(deviceView(tablet.store()), adviserView), "");
    EXPECT_EQ(firstDifference(deviceView(phone.store()), adviserView), "");
    auto leadView = serverView(world.directUrl(), world.lead);
    EXPECT_EQ(firstDifference(deviceView(lead.store()), leadView), "");
    EXPECT_EQ(firstDifference(deviceView(patient.store()), serverView(world.directUrl(), pat)), "");
    // 3. Exactly once: one audit event per accepted operation.
    std::map<std::string, int> audits, expected;
    for (const auto& r : leadView)
        if (r.type == "audit_event" && r.fields.contains("deviceId"))
            ++audits[opKey(r.fields["deviceId"], r.fields["recordId"], r.fields["action"])];
    std::set<std::string> refused;
    for (auto& m : members) {
        const auto refusedHere = *m.device->store().sync().rejectedChanges();
        for (const auto& rj : refusedHere) refused.insert(rj.opId);
    }
    for (const auto& [id, op] : run.ops)
        if (!refused.count(id))
            ++expected[opKey(op.device, op.entry.recordId, store::opKindName(op.entry.op))];
    EXPECT_EQ(audits, expected);
    // 4. Every edit that lost is either the final value, was seen by a later
    //    writer, or is kept as a conflict.
    std::map<std::string, const store::PulledRecord*> byId;
    for (const auto& r : adviserView) byId[r.id] = &r;
    std::set<std::string> conflicts, seen;
    for (const auto& r : adviserView)
        if (r.type == "conflict")
            conflicts.insert(r.fields.value("recordId", "") + "|" + r.fields.value("field", "") +
                             "|" + r.fields.value("losingHlc", ""));
    for (const auto& [id, op] : run.ops)
        for (const auto& [field, base] : op.entry.baseHlcs.items())
            seen.insert(op.entry.recordId + "|" + field + "|" + base.get<std::string>());
    // A write is accounted for when it is the final value, a later writer saw
    // it (its base), it is kept as a conflict, or an equal value written later
    // is itself accounted for (equal values never make a conflict).
    struct Write {
        std::string recordId, field, hlc;
        json value;
    };
    std::vector<Write> writes;
    for (const auto& [id, op] : run.ops) {
        if (refused.count(id) || op.entry.op == store::OpKind::Delete) continue;
        for (const auto& [field, value] : op.entry.fields.items())
            writes.push_back({op.entry.recordId, field, op.entry.hlc, value});
    }
    auto keyOf = [](const Write& w) { return w.recordId + "|" + w.field + "|" + w.hlc; };
    std::set<std::string> accounted;
    for (const auto& w : writes) {
        const auto* rec = byId.count(w.recordId) ? byId[w.recordId] : nullptr;
        if (!rec) {
            accounted.insert(keyOf(w));  // a patient-only record: not in the adviser's view
            continue;
        }
        const std::string stamp = rec->fieldHlcs.value(w.field, rec->createdHlc);
        if (stamp == w.hlc || seen.count(keyOf(w)) || conflicts.count(keyOf(w)) ||
            rec->fields.value(w.field, json()) == w.value)
            accounted.insert(keyOf(w));
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& w : writes) {
            if (accounted.count(keyOf(w))) continue;
            for (const auto& later : writes)
                if (later.recordId == w.recordId && later.field == w.field && later.hlc > w.hlc &&
                    later.value == w.value && accounted.count(keyOf(later))) {
                    accounted.insert(keyOf(w));
                    grew = true;
                    break;
                }
        }
    }
    int checked = 0;
    for (const auto& w : writes) {
        ++checked;
        if (!accounted.count(keyOf(w)))
            ADD_FAILURE() << "edit lost without a conflict: " << keyOf(w) << " " << w.value.dump();
    }
    EXPECT_GT(checked, 0);
    if (std::getenv("RTW_FAULT_VERBOSE"))
        std::cerr << "seed " << seed << ": " << run.ops.size() << " operations, "
                  << proxy.log().size() << " requests, " << proxy.faultsInjected() << " faults, "
                  << world.restarts << " server restarts, " << conflicts.size() << " conflicts, "
                  << checked << " edits checked\n";
    if (::testing::Test::HasFailure()) {
        std::cerr << "FAILING SEED " << seed << ": replay with RTW_FAULT_SEED=" << seed
                  << " build/bin/sync_tests --gtest_filter='FaultSchedules/*'\n";
        for (const auto& line : proxy.log()) std::cerr << "  " << line << "\n";
    }
}

class FaultSchedules : public ::testing::TestWithParam<int> {};

TEST_P(FaultSchedules, DevicesConvergeThroughFaults) {
    if (const char* one = std::getenv("RTW_FAULT_SEED")) {
        if (GetParam() != 0) GTEST_SKIP() << "replaying one seed in shard 0";
        runSchedule(std::strtoull(one, nullptr, 10));
        return;
    }
    const int total = totalSeeds();
    for (int seed = GetParam(); seed < total; seed += kShards) {
        runSchedule(static_cast<std::uint64_t>(seed));
        if (::testing::Test::HasFatalFailure()) return;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, FaultSchedules, ::testing::Range(0, kShards));

}  // namespace
}  // namespace rtw::testing
