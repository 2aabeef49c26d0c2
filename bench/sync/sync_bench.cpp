// Sync benchmarks against the real rtw-server on loopback (in-process, the
// same ServerApp as production, SQLCipher database, libcurl over TCP):
//   1. initial sync of a 10,000-record caseload into an empty device;
//   2. push of 10,000 local changes;
//   3. 100 edits on one device visible on a second (push + pull);
//   4. local write latency while a page-by-page initial sync runs.
// Prints one JSON object; scripts/bench-sync adds PouchDB's figures and
// formats the table for docs/benchmarks.md.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "crypto/key_vault.h"
#include "store/store.h"
#include "sync/curl_transport.h"
#include "sync/sync_client.h"
#include "test_server.h"
#include "util/random_id.h"

using namespace rtw;
namespace fs = std::filesystem;
using nlohmann::json;
using Clock_ = std::chrono::steady_clock;

namespace {

double msSince(Clock_::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock_::now() - t).count();
}

struct Device {
    fs::path dir = fs::temp_directory_path() / ("rtw-bench-" + newUuid());
    std::unique_ptr<store::Store> store;
    sync::CurlTransport transport;
    std::unique_ptr<sync::SyncClient> client;

    explicit Device(const Clock& clock) {
        store::StoreOptions o;
        o.kdf = crypto::KdfParams::minimumForTests();  // unlock cost is not what is measured
        auto s = store::Store::create(dir, "bench passcode 1", clock, o);
        if (!s) throw std::runtime_error("store: " + s.status().message());
        store = std::move(s).value();
        client = std::make_unique<sync::SyncClient>(*store, transport, clock);
    }
    ~Device() {
        client.reset();
        store.reset();
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void signIn(const std::string& url, const testsupport::TestAccount& a) {
        auto r = client->signIn(url, a.email, a.password, "bench");
        if (!r.ok()) throw std::runtime_error("sign-in: " + r.error.message);
    }
    std::string userId() { return client->session()->user["id"]; }
    void mustSync() {
        auto r = client->syncOnce();
        if (!r.ok()) throw std::runtime_error("sync: " + r.error.message);
    }
};

json note(Device& d, int i) {
    return {
        {"kind", "note"},
        {"text", "Discussed a phased return; agreed to review in two weeks. #" + std::to_string(i)},
        {"authorId", d.userId()},
        {"deviceId", d.store->deviceId()},
        {"writtenAt", "2026-03-02T10:15:00Z"},
        {"sharedWithPatient", false}};
}

// `records` records: cases, each with a client and notes (10 records a case).
std::vector<std::string> fill(Device& d, const std::string& practiceId, int records) {
    std::vector<std::string> cases;
    Status s = d.store->records().inTransaction([&](store::RecordStore& rs) -> Status {
        for (int i = 0; i < records;) {
            auto c = rs.create("case", "",
                               {{"practiceId", practiceId},
                                {"adviserId", d.userId()},
                                {"status", "active"},
                                {"openedOn", "2026-03-02"}});
            if (!c) return c.status();
            cases.push_back(*c);
            auto cl = rs.create("client", *c,
                                {{"givenName", "Given" + std::to_string(i)},
                                 {"familyName", "Family" + std::to_string(i)},
                                 {"dateOfBirth", "1984-07-19"}});
            if (!cl) return cl.status();
            i += 2;
            for (int n = 0; n < 8 && i < records; ++n, ++i) {
                auto r = rs.create("case_note", *c, note(d, i));
                if (!r) return r.status();
            }
        }
        return Status::ok();
    });
    if (!s) throw std::runtime_error("fill: " + s.message());
    return cases;
}

}  // namespace

int main() {
    testsupport::TestServer server;
    const std::string url = server.baseUrl();
    const auto& adviser = server.adviser();
    const Clock& clock = SystemClock::instance();
    json out;

    // 2. Push of 10,000 local changes (done first: it seeds the server for 1).
    {
        Device d(clock);
        d.signIn(url, adviser);
        fill(d, server.practiceId(), 10'000);
        const auto t = Clock_::now();
        auto r = d.client->pushOnly();
        out["push10k_ms"] = msSince(t);
        out["push10k_ops"] = r.pushed;
        if (!r.ok() || r.pushed != 10'000) throw std::runtime_error("push: " + r.error.message);
    }
    // 1. Initial sync into an empty device.
    {
        Device d(clock);
        d.signIn(url, adviser);
        const auto t = Clock_::now();
        auto r = d.client->syncOnce();
        out["initial10k_ms"] = msSince(t);
        out["initial10k_records"] = r.pulled;
        if (!r.ok()) throw std::runtime_error("initial: " + r.error.message);
    }
    // 3. 100 edits on one device visible on a second.
    {
        Device a(clock), b(clock);
        a.signIn(url, adviser);
        b.signIn(url, adviser);
        a.mustSync();
        b.mustSync();
        auto clients = a.store->sync().snapshot();
        std::vector<std::string> ids;
        for (const auto& r : *clients)
            if (r.type == "client" && ids.size() < 100) ids.push_back(r.id);
        std::vector<double> runs;
        for (int rep = 0; rep < 5; ++rep) {
            for (std::size_t i = 0; i < ids.size(); ++i)
                (void)a.store->records().update(
                    ids[i], {{"phone", "0113 496 " + std::to_string(1000 + rep * 100 +
                                                                    static_cast<int>(i))}});
            const auto t = Clock_::now();
            auto p = a.client->pushOnly();
            const double pushMs = msSince(t);
            auto q = b.client->syncOnce();
            runs.push_back(msSince(t));
            out["edits100_push_ms"].push_back(pushMs);
            if (!p.ok() || !q.ok() || p.pushed != 100) throw std::runtime_error("edits");
            out["edits100_pulled"] = q.pulled;
        }
        std::sort(runs.begin(), runs.end());
        out["edits100_ms"] = runs[runs.size() / 2];  // median of 5
        out["edits100_ms_all"] = runs;
    }
    // 4. Local writes while an initial sync applies its pages.
    {
        // A fresh device pulls the whole caseload while the adviser writes notes.
        Device fresh(clock);
        fresh.signIn(url, adviser);
        auto caseId = fresh.store->records().create("case", "",
                                                    {{"practiceId", server.practiceId()},
                                                     {"adviserId", fresh.userId()},
                                                     {"status", "active"},
                                                     {"openedOn", "2026-03-02"}});
        std::atomic<bool> done{false};
        std::thread syncer([&] {
            (void)fresh.client->syncOnce();
            done = true;
        });
        std::vector<double> lat;
        int i = 0;
        while (!done) {
            const auto t = Clock_::now();
            (void)fresh.store->records().create("case_note", *caseId, note(fresh, ++i));
            lat.push_back(msSince(t));
        }
        syncer.join();
        std::sort(lat.begin(), lat.end());
        out["write_during_sync_n"] = lat.size();
        out["write_during_sync_p50_ms"] = lat[lat.size() / 2];
        out["write_during_sync_p99_ms"] = lat[lat.size() * 99 / 100];
        out["write_during_sync_max_ms"] = lat.back();
    }
    std::cout << out.dump() << std::endl;
    return 0;
}
