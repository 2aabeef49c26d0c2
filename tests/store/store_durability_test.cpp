// Durability: a writer process is killed with SIGKILL at random points, many
// times. After each kill the store must reopen, pass its integrity checks and
// hold every write that had been acknowledged, each with its outbox entry.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <set>
#include <sstream>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using store::Store;

// Runs in the child: writes forever, reporting each committed write on `fd`.
[[noreturn]] void writerLoop(const std::filesystem::path& dir, int fd, int round) {
    FakeClock clock(1'767'225'600'000 + round * 1000);
    auto s = Store::open(dir, kPasscode, clock, testOptions());
    if (!s) _exit(2);
    auto& r = (*s)->records();
    auto cases = (*s)->database().prepare("SELECT id FROM records WHERE type = 'case' LIMIT 1");
    if (!cases || !*cases->step()) _exit(3);
    const std::string caseId = cases->text(0);
    cases->reset();
    auto clients = r.list("client", caseId);
    if (!clients || clients->empty()) _exit(4);
    const std::string clientId = (*clients)[0].id;
    for (int i = 0;; ++i) {
        std::string ack;
        if (i % 3 == 2) {
            // An update: the client's name carries a counter that only grows.
            const std::string name = "R" + std::to_string(round) + "N" + std::to_string(i);
            if (!r.update(clientId, {{"givenName", name}})) _exit(5);
            ack = "u " + name + "\n";
        } else {
            auto id = r.create("case_note", caseId,
                               noteFields("note " + std::to_string(i), (*s)->deviceId()));
            if (!id) _exit(6);
            ack = "c " + *id + "\n";
        }
        clock.advance(1);
        if (write(fd, ack.data(), ack.size()) != static_cast<ssize_t>(ack.size())) _exit(7);
    }
}

std::string readAll(int fd) {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    return out;
}

TEST(StoreDurability, SurvivesSigkillAtRandomPoints) {
    TempDir dir;
    FakeClock clock;
    {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        addCaseWithClient((*s)->records(), "Start", "Okafor");
    }
    std::mt19937 rng(20261122);  // fixed seed: the same kill schedule every run
    std::set<std::string> acknowledgedNotes;
    constexpr int kRounds = 100;
    for (int round = 0; round < kRounds; ++round) {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            close(fds[0]);
            writerLoop(dir.path(), fds[1], round);
        }
        close(fds[1]);
        // Kill after a random 0–40 ms: sometimes while still opening, mostly mid-write.
        usleep(std::uniform_int_distribution<useconds_t>(0, 40'000)(rng));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status))
            << "writer exited by itself with " << WEXITSTATUS(status) << " in round " << round;
        const std::string acks = readAll(fds[0]);
        close(fds[0]);

        std::string lastName;
        std::istringstream lines(acks);
        std::string kind, value;
        while (lines >> kind >> value) {
            if (kind == "c")
                acknowledgedNotes.insert(value);
            else
                lastName = value;
        }

        auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << "round " << round << ": " << s.status().message();
        RTW_ASSERT_OK((*s)->verify());
        auto& r = (*s)->records();
        for (const auto& id : acknowledgedNotes)
            ASSERT_TRUE(r.get(id).isOk()) << "acknowledged note lost in round " << round;
        if (!lastName.empty()) {
            auto caseId =
                (*s)->database().prepare("SELECT case_id FROM records WHERE type = 'client'");
            ASSERT_TRUE(*caseId->step());
            auto client = r.list("client", caseId->text(0));
            const std::string name = (*client)[0].fields["givenName"];
            // Names grow with i within a round; the stored one is the last ack or a later write.
            const auto n = [](const std::string& x) {
                return std::stoi(x.substr(x.find('N') + 1));
            };
            EXPECT_EQ(name.substr(0, name.find('N')), lastName.substr(0, lastName.find('N')));
            EXPECT_GE(n(name), n(lastName)) << "acknowledged update lost in round " << round;
        }
        // Every stored row still has its outbox entry: no write was half-done.
        auto& db = (*s)->database();
        EXPECT_EQ(*db.queryInt("SELECT count(*) FROM records WHERE type = 'case_note'"),
                  *db.queryInt("SELECT count(*) FROM outbox WHERE record_type = 'case_note'"));
    }
    EXPECT_GT(acknowledgedNotes.size(), 50u) << "the writer barely ran; the test proved little";
}

}  // namespace
}  // namespace rtw::testing
