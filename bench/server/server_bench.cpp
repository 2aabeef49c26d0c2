// Benchmarks of rtw-server on loopback (the real server in-process,
// tests/support/test_server.h), printing Markdown for docs/benchmarks.md:
//
//  1. bulk: one device pushes N operations (batches of 500), then a new
//     device of the same adviser pulls everything from cursor 0 (pages of
//     1000), plain and gzip;
//  2. many devices: D devices (one adviser and case each) push batches and
//     pull at the same time for R rounds; push latency percentiles, and a
//     check that every operation was applied exactly once and came back.
//
//   bench_server [--ops N] [--devices D] [--rounds R] [--batch B] [--threads T]
//                [--db URL]     (default: a fresh SQLite file; --db postgresql://...)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <latch>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "hlc/hlc.h"
#include "model/dates.h"
#include "test_server.h"
#include "util/random_id.h"

using namespace rtw;
using nlohmann::json;
using testsupport::ApiClient;
using testsupport::TestServer;
using Steady = std::chrono::steady_clock;

namespace {

struct Options {
    int ops = 10000;
    int devices = 200;
    int rounds = 10;
    int batch = 20;
    int threads = 4;
    int pauseMs = 0;  ///< each device waits 0..pauseMs (seeded) between sync cycles
    std::string db;
};

double ms(Steady::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

json goal(int i) {
    return {{"category", "activity"},  {"what", "Walk " + std::to_string(i)},
            {"amount", 10.0 + i % 50}, {"unit", "minutes"},
            {"frequency", "daily"},    {"status", "active"}};
}

json createGoal(const std::string& caseId, int i, const std::string& hlc) {
    return {{"opId", newUuid()}, {"recordId", newUuid()}, {"type", "goal"}, {"caseId", caseId},
            {"op", "create"},    {"fields", goal(i)},     {"hlc", hlc}};
}

/// Pulls everything from cursor 0; returns records received.
std::size_t pullAll(ApiClient& c, bool gzip, std::size_t& wireBytes) {
    std::string cursor = "0";
    std::size_t n = 0;
    for (;;) {
        std::map<std::string, std::string> h = {{"X-RTW-Protocol", "1"},
                                                {"Authorization", "Bearer " + c.token()}};
        if (gzip) h["Accept-Encoding"] = "gzip";
        auto res = c.http().request("GET", "/v1/sync/pull?cursor=" + cursor + "&limit=1000", {}, h);
        if (res.status != 200) {
            std::fprintf(stderr, "pull failed: %d %s\n", res.status, res.body.c_str());
            std::exit(1);
        }
        wireBytes += res.wireBytes;
        const json page = res.json();
        n += page["records"].size();
        cursor = page["cursor"];
        if (!page["hasMore"].get<bool>()) return n;
    }
}

void bulk(const Options& o) {
    testsupport::TestServerOptions so;
    so.db = o.db;
    so.threads = o.threads;
    TestServer server(so);
    auto ann = server.signIn(server.adviser());
    auto c = server.client(ann.accessToken);
    // One case per 100 operations, as a caseload of about 100 cases.
    std::vector<json> ops;
    std::vector<std::string> cases;
    for (int i = 0; i < o.ops; ++i) {
        if (i % 100 == 0) cases.push_back(server.createCase(ann));
        ops.push_back(createGoal(cases.back(), i, server.nextHlc(ann.deviceId)));
    }
    const auto t0 = Steady::now();
    for (std::size_t at = 0; at < ops.size(); at += 500) {
        json batch = json::array();
        for (std::size_t i = at; i < std::min(ops.size(), at + 500); ++i) batch.push_back(ops[i]);
        auto res = c.push(batch);
        if (res.status != 200) {
            std::fprintf(stderr, "push failed: %d %s\n", res.status, res.body.c_str());
            std::exit(1);
        }
    }
    const double pushMs = ms(Steady::now() - t0);
    auto fresh = server.client(server.signIn(server.adviser(), "new tablet").accessToken);
    std::size_t plainBytes = 0, gzipBytes = 0;
    const auto t1 = Steady::now();
    const std::size_t pulled = pullAll(fresh, false, plainBytes);
    const double pullMs = ms(Steady::now() - t1);
    const auto t2 = Steady::now();
    pullAll(fresh, true, gzipBytes);
    const double gzipMs = ms(Steady::now() - t2);
    // The same through SyncStore directly, to tell server work from HTTP and JSON.
    auto me = server.app().auth().authenticate(fresh.token());
    const auto t3 = Steady::now();
    std::int64_t cursor = 0;
    std::size_t direct = 0;
    for (;;) {
        auto page = server.app().sync().pull(*me, cursor, 1000);
        direct += page->records.size();
        cursor = page->cursor;
        if (!page->hasMore) break;
    }
    const double directMs = ms(Steady::now() - t3);
    // And a push of the same size straight into SyncStore.
    std::vector<json> more;
    std::string moreCase;
    for (int i = 0; i < o.ops; ++i) {
        if (i % 100 == 0) moreCase = server.createCase(ann);
        more.push_back(createGoal(moreCase, i, server.nextHlc(ann.deviceId)));
    }
    auto annCaller = server.app().auth().authenticate(ann.accessToken);
    const auto t4 = Steady::now();
    for (std::size_t at = 0; at < more.size(); at += 500) {
        std::vector<json> batch(more.begin() + static_cast<std::ptrdiff_t>(at),
                                more.begin() + static_cast<std::ptrdiff_t>(
                                                   std::min(more.size(), at + 500)));
        if (!server.app().sync().push(*annCaller, batch)) std::exit(1);
    }
    const double directPushMs = ms(Steady::now() - t4);
    std::printf("| push %d operations (batches of 500) | %.0f ms (%.0f ops/s) |\n", o.ops, pushMs,
                o.ops / pushMs * 1000);
    std::printf("| initial pull, %zu records (pages of 1000), plain | %.0f ms, %.1f MB |\n", pulled,
                pullMs, static_cast<double>(plainBytes) / 1e6);
    std::printf("| initial pull, same, gzip | %.0f ms, %.1f MB |\n", gzipMs,
                static_cast<double>(gzipBytes) / 1e6);
    std::printf("| initial pull, %zu records, SyncStore only (no HTTP) | %.0f ms |\n", direct,
                directMs);
    std::printf("| push %d operations, SyncStore only (no HTTP, no JSON text) | %.0f ms |\n",
                o.ops, directPushMs);
}

void manyDevices(const Options& o) {
    testsupport::TestServerOptions so;
    so.db = o.db;
    so.threads = o.threads;
    TestServer server(so);
    struct Device {
        testsupport::TestSession session;
        std::string caseId;
        std::vector<double> pushMs;
        std::size_t accepted = 0, duplicates = 0, rejected = 0, pulledGoals = 0;
    };
    std::vector<Device> devices(static_cast<std::size_t>(o.devices));
    for (auto& d : devices) {
        auto adviser =
            server.createStaff(model::UserRole::Adviser, "Bench Adviser", server.practiceId());
        d.session = server.signIn(adviser);
        d.caseId = server.createCase(d.session);
    }
    std::latch start(o.devices);
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const auto t0 = Steady::now();
    for (auto& d : devices) {
        threads.emplace_back([&] {
            ApiClient c = server.client(d.session.accessToken);
            std::int64_t lastMs = 0;
            std::minstd_rand rng(static_cast<unsigned>(std::hash<std::string>{}(d.caseId)));
            start.arrive_and_wait();
            std::string cursor = "0";
            for (int r = 0; r < o.rounds; ++r) {
                if (o.pauseMs > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(
                        rng() % static_cast<unsigned>(o.pauseMs + 1)));
                json batch = json::array();
                for (int i = 0; i < o.batch; ++i) {
                    lastMs = std::max(lastMs + 1, SystemClock::instance().nowMs());
                    batch.push_back(createGoal(d.caseId, r * o.batch + i,
                                               Hlc{lastMs, 0, d.session.deviceId}.toString()));
                }
                const auto p0 = Steady::now();
                auto res = c.push(batch);
                d.pushMs.push_back(ms(Steady::now() - p0));
                if (res.status != 200) {
                    ++failures;
                    continue;
                }
                const json results = res.json()["results"];
                for (const auto& x : results) {
                    if (x["status"] != "accepted")
                        ++d.rejected;
                    else if (x.contains("duplicate"))
                        ++d.duplicates;
                    else
                        ++d.accepted;
                }
                for (;;) {  // incremental pull, as a device does after pushing
                    auto page = c.pull(cursor, 1000);
                    if (page.status != 200) {
                        ++failures;
                        break;
                    }
                    const json p = page.json();
                    for (const auto& rec : p["records"]) d.pulledGoals += rec["type"] == "goal";
                    cursor = p["cursor"];
                    if (!p["hasMore"].get<bool>()) break;
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    const double totalMs = ms(Steady::now() - t0);
    std::vector<double> all;
    std::size_t accepted = 0, duplicates = 0, rejected = 0, lost = 0;
    const std::size_t perDevice = static_cast<std::size_t>(o.rounds * o.batch);
    for (const auto& d : devices) {
        all.insert(all.end(), d.pushMs.begin(), d.pushMs.end());
        accepted += d.accepted;
        duplicates += d.duplicates;
        rejected += d.rejected;
        lost += d.pulledGoals == perDevice ? 0 : 1;
    }
    std::printf("| %d devices x %d sync cycles (push %d ops, pull), pauses 0-%d ms, %d server "
                "threads | %.0f ms total |\n",
                o.devices, o.rounds, o.batch, o.pauseMs, o.threads, totalMs);
    std::printf("| push latency | p50 %.1f ms, p99 %.1f ms, max %.1f ms |\n", percentile(all, 0.5),
                percentile(all, 0.99), percentile(all, 1.0));
    std::printf(
        "| operations | %zu accepted of %zu sent, %zu duplicate, %zu rejected, %d failed "
        "requests; %zu devices missing any of their own goals on pull |\n",
        accepted, perDevice * devices.size(), duplicates, rejected, failures.load(), lost);
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--ops")
            o.ops = std::stoi(value);
        else if (flag == "--devices")
            o.devices = std::stoi(value);
        else if (flag == "--rounds")
            o.rounds = std::stoi(value);
        else if (flag == "--batch")
            o.batch = std::stoi(value);
        else if (flag == "--threads")
            o.threads = std::stoi(value);
        else if (flag == "--db")
            o.db = value;
        else if (flag == "--pause-ms")
            o.pauseMs = std::stoi(value);
        else {
            std::fprintf(stderr, "unknown flag %s\n", flag.c_str());
            return 2;
        }
    }
    std::printf("| measure | result |\n|---|---|\n");
    if (o.ops > 0) bulk(o);
    if (o.devices > 0) manyDevices(o);
    return 0;
}
