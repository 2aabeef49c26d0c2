// Stateless servers: two real rtw-server processes (the binary, spawned
// here) on one PostgreSQL database, with devices syncing through either.
// They converge on one state, number changes without gaps or clashes,
// apply a push raced through both once, and stop gracefully on SIGTERM.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <latch>
#include <set>
#include <thread>

#include "backend_fixture.h"
#include "hlc/hlc.h"
#include "http_client.h"
#include "server/storage/server_database.h"
#include "server/storage/sql_account_store.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

extern char** environ;

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::ApiClient;

/// One rtw-server process, its log in a file.
class ServerProcess {
public:
    ServerProcess(const std::string& db, const std::filesystem::path& log) : log_(log) {
        const std::vector<std::string> args = {
            RTW_SERVER_BINARY, "--listen", "127.0.0.1:0", "--db", db, "--threads", "2"};
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        if (posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~ServerProcess() {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    /// The port from the server's "listening" log line; 0 when it did not start.
    std::uint16_t waitForPort() {
        for (int i = 0; i < 500 && pid_ > 0; ++i) {
            std::ifstream in(log_);
            std::string line;
            while (std::getline(in, line)) {
                auto j = json::parse(line, nullptr, false);
                if (j.is_object() && j.value("event", "") == "listening")
                    return j["port"].get<std::uint16_t>();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return 0;
    }
    /// SIGTERM, then the exit status (0: it stopped gracefully).
    int stop() {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    std::filesystem::path log_;
    pid_t pid_ = -1;
};

class TwoServers : public ::testing::Test, public BackendFixture {
protected:
    void SetUp() override {
        setUpBackend("postgresql");
        if (HasFatalFailure() || IsSkipped()) return;
        // Accounts first (this also creates the schema), as `rtw-server admin` would.
        auto db = openServerDatabase(url(), 1);
        ASSERT_TRUE(db) << db.status().message();
        SqlAccountStore accounts(**db, SystemClock::instance(), PasswordCost::Minimum);
        auto service = accounts.createService("Two Servers Service");
        auto practice = accounts.createPractice(service->id, "Practice", std::nullopt);
        auto adviser = accounts.createUser(
            {service->id, practice->id, "adviser", "ann@two.example", "Ann", "a long password 1"});
        ASSERT_TRUE(adviser) << adviser.status().message();
        practiceId = practice->id;
        adviserId = adviser->id;
        for (int i = 0; i < 2; ++i) {
            processes.push_back(
                std::make_unique<ServerProcess>(url(), dir() / ("server" + std::to_string(i))));
            ports.push_back(processes.back()->waitForPort());
            ASSERT_NE(ports.back(), 0) << "rtw-server " << i << " did not start";
        }
    }

    /// A device signed in to server `i`.
    struct Device {
        std::unique_ptr<ApiClient> api;
        std::string deviceId;
        std::int64_t lastMs = 0;
        std::string hlc() {
            lastMs = std::max(lastMs + 1, SystemClock::instance().nowMs());
            return Hlc{lastMs, 0, deviceId}.toString();
        }
    };
    Device device(int i) {
        Device d;
        d.api = std::make_unique<ApiClient>("127.0.0.1", ports[i]);
        auto s =
            d.api->post("/v1/auth/sign-in", {{"email", "ann@two.example"},
                                             {"password", "a long password 1"},
                                             {"deviceName", "device on " + std::to_string(i)}});
        EXPECT_EQ(s.status, 200) << s.body;
        d.api->setToken(s.json()["accessToken"]);
        d.deviceId = s.json()["deviceId"];
        return d;
    }
    /// id -> state, as a device holds it after pulling everything.
    static std::map<std::string, json> replica(ApiClient& api) {
        std::map<std::string, json> out;
        for (const auto& r : pullAll(api, "0", 97).records) {
            json state = r;
            state.erase("seq");
            out[r["id"]] = state;
        }
        return out;
    }

    std::string practiceId, adviserId;
    std::vector<std::unique_ptr<ServerProcess>> processes;
    std::vector<std::uint16_t> ports;
};

TEST_F(TwoServers, DevicesOnEitherServerConverge) {
    Device a = device(0), b = device(1);
    const std::string caseId = newUuid();
    ASSERT_EQ(pushOne(*a.api, createOp("case", caseId, caseId,
                                       {{"practiceId", practiceId},
                                        {"adviserId", adviserId},
                                        {"status", "active"},
                                        {"openedOn", "2026-03-02"}},
                                       a.hlc()))["status"],
              "accepted");
    People people{adviserId, {}, {}, {}};
    // A shared goal both edit; then each adds records, concurrently.
    const std::string goal = newUuid();
    const std::string created = a.hlc();
    ASSERT_EQ(pushOne(*a.api, createOp("goal", goal, caseId, recordFields("goal", people),
                                       created))["status"],
              "accepted");
    std::latch start(2);
    const auto work = [&](Device& d, int n) {
        start.arrive_and_wait();
        for (int round = 0; round < 10; ++round) {
            json ops = json::array();
            for (int i = 0; i < n; ++i)
                ops.push_back(createOp("barrier", newUuid(), caseId,
                                       recordFields("barrier", people), d.hlc()));
            ops.push_back(updateOp("goal", goal, caseId, {{"amount", 10.0 + round}}, d.hlc(),
                                   {{"amount", created}}));
            auto res = d.api->push(ops);
            EXPECT_EQ(res.status, 200) << res.body;
            const json body = res.json();
            for (const auto& r : body["results"]) EXPECT_EQ(r["status"], "accepted") << r;
        }
    };
    std::thread ta(work, std::ref(a), 7), tb(work, std::ref(b), 5);
    ta.join();
    tb.join();
    const auto onA = replica(*a.api), onB = replica(*b.api);
    EXPECT_EQ(onA, onB) << "both servers serve one state";
    std::size_t barriers = 0, conflicts = 0;
    for (const auto& [id, r] : onA) {
        barriers += r["type"] == "barrier";
        conflicts += r["type"] == "conflict";
    }
    EXPECT_EQ(barriers, 120u);
    EXPECT_GT(conflicts, 0u) << "the two devices' goal edits raced";
    // Sequence numbers: one counter for both processes.
    std::set<std::int64_t> seqs;
    const PullAll all = pullAll(*b.api);
    for (const auto& r : all.records) EXPECT_TRUE(seqs.insert(r["seq"].get<std::int64_t>()).second);
    EXPECT_EQ(all.records.size(), onA.size());
}

TEST_F(TwoServers, APushRacedThroughBothServersIsAppliedOnce) {
    Device a = device(0), b = device(1);
    const std::string caseId = newUuid();
    pushOne(*a.api, createOp("case", caseId, caseId,
                             {{"practiceId", practiceId},
                              {"adviserId", adviserId},
                              {"status", "active"},
                              {"openedOn", "2026-03-02"}},
                             a.hlc()));
    json ops = json::array();
    for (int i = 0; i < 100; ++i)
        ops.push_back(
            createOp("goal", newUuid(), caseId, recordFields("goal", {adviserId}), a.hlc()));
    std::latch start(2);
    json answers[2];
    std::thread t0([&] {
        start.arrive_and_wait();
        answers[0] = a.api->push(ops).json()["results"];
    });
    std::thread t1([&] {
        start.arrive_and_wait();
        answers[1] = b.api->push(ops).json()["results"];
    });
    t0.join();
    t1.join();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        EXPECT_EQ(answers[0][i]["seq"], answers[1][i]["seq"]);
        EXPECT_NE(answers[0][i].contains("duplicate"), answers[1][i].contains("duplicate"))
            << "exactly one server applied operation " << i;
    }
    std::size_t audits = 0;
    for (const auto& [id, r] : replica(*a.api)) audits += r["type"] == "audit_event";
    EXPECT_EQ(audits, 101u);
}

TEST_F(TwoServers, SigtermStopsEachGracefully) {
    Device a = device(0);
    EXPECT_EQ(a.api->get("/v1/me").status, 200);
    for (auto& p : processes) EXPECT_EQ(p->stop(), 0);
}

}  // namespace
}  // namespace rtw::server
