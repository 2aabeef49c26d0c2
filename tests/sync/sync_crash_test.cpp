// rtw-cli killed with SIGKILL in the middle of a push and in the middle of
// applying pulled pages, again and again; each run resumes where the last
// left off and the device ends identical to the server, every operation
// applied exactly once.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

#include "fault_proxy.h"
#include "test_device.h"
#include "util/random_id.h"

extern char** environ;

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kPasscode = "cli passcode for tests";

struct Child {
    std::atomic<pid_t> pid{0};
};

// Runs rtw-cli with `args`; returns its exit status (-SIGNAL when killed).
int runCli(Child& child, const std::vector<std::string>& args, const std::string& password) {
    std::vector<std::string> argv = {RTW_CLI_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(a.data());
    cargv.push_back(nullptr);
    std::vector<std::string> env = {std::string("RTW_PASSCODE=") + kPasscode,
                                    "RTW_PASSWORD=" + password, "PATH=/usr/bin:/bin"};
    std::vector<char*> cenv;
    for (auto& e : env) cenv.push_back(e.data());
    cenv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, RTW_CLI_PATH, &actions, nullptr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return -1000;
    child.pid = pid;
    int status = 0;
    waitpid(pid, &status, 0);
    child.pid = 0;
    if (WIFSIGNALED(status)) return -WTERMSIG(status);
    return WEXITSTATUS(status);
}

std::unique_ptr<store::Store> openStore(const fs::path& dir) {
    auto s = store::Store::open(dir, kPasscode, SystemClock::instance());
    EXPECT_TRUE(s.isOk()) << s.status().message();
    return s ? std::move(*s) : nullptr;
}

TEST(SyncCrash, KilledMidPushAndMidApplyResumesAndConverges) {
    testsupport::TestServer server;
    FaultProxy proxy([&] { return server.port(); }, [] {}, 1);
    proxy.setEnabled(false);
    const fs::path dir = fs::temp_directory_path() / ("rtw-cli-crash-" + newUuid());
    const auto& adviser = server.adviser();
    Child child;
    ASSERT_EQ(runCli(child,
                     {"--data", dir.string(), "sign-in", "--server", proxy.baseUrl(), "--email",
                      adviser.email},
                     adviser.password),
              0);

    // Work on this device: a case and 1,500 notes waiting to be pushed.
    std::map<std::string, store::OutboxEntry> ops;
    std::string serverDeviceId;
    {
        auto s = openStore(dir);
        ASSERT_TRUE(s);
        const json user = json::parse(**s->sync().value("session"))["user"];
        serverDeviceId = json::parse(**s->sync().value("session"))["deviceId"];
        auto caseId = s->records().create("case", "",
                                          {{"practiceId", server.practiceId()},
                                           {"adviserId", user["id"]},
                                           {"status", "active"},
                                           {"openedOn", "2026-03-02"}});
        ASSERT_TRUE(caseId.isOk()) << caseId.status().message();
        Status st = s->records().inTransaction([&](store::RecordStore& rs) -> Status {
            for (int i = 0; i < 1500; ++i) {
                auto n = rs.create("case_note", *caseId,
                                   {{"kind", "note"},
                                    {"text", "note " + std::to_string(i)},
                                    {"authorId", user["id"]},
                                    {"deviceId", s->deviceId()},
                                    {"writtenAt", "2026-03-02T10:15:00Z"},
                                    {"sharedWithPatient", false}});
                if (!n) return n.status();
            }
            return Status::ok();
        });
        ASSERT_TRUE(st.isOk()) << st.message();
        auto pendingOps = *s->sync().pendingOutbox(10'000);
        for (auto& e : pendingOps) ops.emplace(e.opId, e);
    }
    // Work from the adviser's other device, for this one to pull.
    {
        TestDevice other("other");
        other.signIn(server.baseUrl(), adviser);
        auto caseId = other.records().create("case", "",
                                             {{"practiceId", server.practiceId()},
                                              {"adviserId", other.userId()},
                                              {"status", "active"},
                                              {"openedOn", "2026-03-02"}});
        ASSERT_TRUE(caseId.isOk());
        for (int i = 0; i < 1200; ++i)
            ASSERT_TRUE(other.records()
                            .create("case_note", *caseId,
                                    {{"kind", "note"},
                                     {"text", "other " + std::to_string(i)},
                                     {"authorId", other.userId()},
                                     {"deviceId", other.store().deviceId()},
                                     {"writtenAt", "2026-03-02T10:15:00Z"},
                                     {"sharedWithPatient", false}})
                            .isOk());
        ASSERT_TRUE(other.syncUntilDone(3).ok());
    }

    // Kill points: after the Nth push answer reached the device (it is then
    // recording the answer or sending the next batch), and shortly after the
    // Nth pull page reached it (it is parsing or applying that page).
    struct KillAt {
        std::string request;
        int index;
        int delayMs;
    };
    std::atomic<int> killed{0};
    std::mutex baseMutex;
    const std::vector<KillAt> plan = {{"POST /v1/sync/push", 0, 0}, {"POST /v1/sync/push", 1, 2},
                                      {"GET /v1/sync/pull", 1, 0},  {"GET /v1/sync/pull", 2, 3},
                                      {"GET /v1/sync/pull", 1, 8},  {"GET /v1/sync/pull", 3, 15}};
    std::map<std::string, int> counts;  // answers so far, per request kind
    for (const auto& k : plan) {
        std::atomic<bool> armed{true};
        {
            std::lock_guard lock(baseMutex);
            counts.clear();
        }
        proxy.onAnswer([&](const std::string& request, int) {
            int n = 0;
            {
                std::lock_guard lock(baseMutex);
                n = counts[request]++;
            }
            if (!armed || request != k.request || n != k.index) return;
            armed = false;
            if (k.delayMs) std::this_thread::sleep_for(std::chrono::milliseconds(k.delayMs));
            if (const pid_t pid = child.pid.load()) {
                kill(pid, SIGKILL);
                ++killed;
            }
        });
        const int rc = runCli(child, {"--data", dir.string(), "sync"}, "");
        proxy.onAnswer({});
        if (!armed) {
            EXPECT_EQ(rc, -SIGKILL) << k.request << " #" << k.index;
        }
        // The store survives every kill: it opens and verifies.
        auto s = openStore(dir);
        ASSERT_TRUE(s);
        EXPECT_TRUE(s->verify().isOk());
    }
    EXPECT_GE(killed.load(), 4) << "most kill points must be reached";
    ASSERT_EQ(runCli(child, {"--data", dir.string(), "sync"}, ""), 0);
    ASSERT_EQ(runCli(child, {"--data", dir.string(), "sync"}, ""), 0);

    auto s = openStore(dir);
    ASSERT_TRUE(s);
    EXPECT_EQ(*s->records().pendingCount(), 0);
    const auto mine = deviceView(*s);
    const auto truth = serverView(server.baseUrl(), adviser);
    EXPECT_EQ(firstDifference(mine, truth), "");
    // Exactly once: one audit event per operation of this device.
    std::map<std::string, int> audits;
    for (const auto& r : truth)
        if (r.type == "audit_event" && r.fields.value("deviceId", "") == serverDeviceId)
            ++audits[r.fields["recordId"].get<std::string>()];
    EXPECT_EQ(audits.size(), ops.size());
    for (const auto& [id, n] : audits) EXPECT_EQ(n, 1) << id;
    s.reset();
    std::error_code ec;
    fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace rtw::testing
