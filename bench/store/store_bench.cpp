// Store benchmarks for docs/benchmarks.md:
//  1. saving one case note with its outbox entry and a durable commit (p50/p99);
//  2. bulk insert of N notes, encrypted vs plain SQLite, same schema and code, same run;
//  3. full-text search over those notes and the caseload query over C cases.
//
//   bench_store [--notes 100000] [--cases 10000] [--saves 2000] [--dir /tmp/x]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store/store.h"
#include "util/random_id.h"

using namespace rtw;
namespace fs = std::filesystem;
using Clock_ = std::chrono::steady_clock;

namespace {

struct Args {
    int notes = 100'000;
    int cases = 10'000;
    int saves = 2'000;
    fs::path dir = fs::temp_directory_path() / "rtw-bench-store";
};

double ms(Clock_::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

void check(const Status& s, const char* what) {
    if (!s) {
        std::fprintf(stderr, "%s: %s\n", what, s.message().c_str());
        std::exit(1);
    }
}

const char* kWords[] = {"pain",       "back",     "shoulder", "manager", "phased",
                        "return",     "hours",    "sleep",    "pacing",  "walk",
                        "confidence", "employer", "duties",   "review",  "anxious",
                        "flare",      "stretch",  "desk",     "commute", "lifting"};

std::string sentence(std::mt19937& rng, int words) {
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i) s += ' ';
        s += kWords[rng() % std::size(kWords)];
    }
    return s;
}

nlohmann::json note(const std::string& text, const std::string& device) {
    return {{"kind", "note"},
            {"text", text},
            {"authorId", "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11"},
            {"deviceId", device},
            {"writtenAt", "2026-03-02T10:15:00Z"},
            {"sharedWithPatient", false}};
}

// Fills a record store with `cases` cases (each with a client) and `notes` notes, in batches.
double fill(store::RecordStore& r, int cases, int notes, const std::string& device,
            std::vector<std::string>& caseIds) {
    std::mt19937 rng(42);
    static const char* given[] = {"Amira", "Ben", "Chloe", "Dev", "Ewa", "Farah", "Gareth", "Hana"};
    static const char* family[] = {"Okafor", "Hughes", "Jones", "Patel",
                                   "Nowak",  "Evans",  "Khan",  "Smith"};
    caseIds.clear();
    for (int i = 0; i < cases; i += 1000) {
        check(r.inTransaction([&](store::RecordStore& rs) -> Status {
            for (int j = i; j < std::min(cases, i + 1000); ++j) {
                auto c = rs.create("case", "",
                                   {{"practiceId", "P81001"},
                                    {"adviserId", "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11"},
                                    {"status", j % 3 ? "active" : "awaiting_first_contact"},
                                    {"openedOn", "2026-03-02"}});
                if (!c) return c.status();
                caseIds.push_back(*c);
                auto cl =
                    rs.create("client", *c,
                              {{"givenName", given[rng() % 8]},
                               {"familyName", std::string(family[rng() % 8]) + std::to_string(j)},
                               {"dateOfBirth", "1984-07-19"}});
                if (!cl) return cl.status();
            }
            return Status::ok();
        }),
              "filling cases");
    }
    const auto start = Clock_::now();
    for (int i = 0; i < notes; i += 1000) {
        check(r.inTransaction([&](store::RecordStore& rs) -> Status {
            for (int j = i; j < std::min(notes, i + 1000); ++j) {
                auto n = rs.create("case_note", caseIds[static_cast<size_t>(j) % caseIds.size()],
                                   note(sentence(rng, 40), device));
                if (!n) return n.status();
            }
            return Status::ok();
        }),
              "inserting notes");
    }
    return ms(Clock_::now() - start);
}

struct Timing {
    double p50, p99, max;
};

template <typename Fn>
Timing timeQueries(int n, Fn&& fn) {
    std::vector<double> t;
    for (int i = 0; i < n; ++i) {
        const auto s = Clock_::now();
        fn(i);
        t.push_back(ms(Clock_::now() - s));
    }
    return {percentile(t, 0.5), percentile(t, 0.99), *std::max_element(t.begin(), t.end())};
}

}  // namespace

int main(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        if (k == "--notes")
            a.notes = std::stoi(argv[i + 1]);
        else if (k == "--cases")
            a.cases = std::stoi(argv[i + 1]);
        else if (k == "--saves")
            a.saves = std::stoi(argv[i + 1]);
        else if (k == "--dir")
            a.dir = argv[i + 1];
    }
    fs::remove_all(a.dir);
    fs::create_directories(a.dir);
    SystemClock clock;
    store::StoreOptions opts;
    opts.kdf = crypto::KdfParams::minimumForTests();  // KDF cost is not what we measure here

    // 1. Single durable note saves.
    std::vector<double> saves;
    {
        auto s = store::Store::create(a.dir / "save", "bench passcode", clock, opts);
        check(s.status(), "create");
        std::vector<std::string> ids;
        fill((*s)->records(), 10, 0, (*s)->deviceId(), ids);
        std::mt19937 rng(7);
        for (int i = 0; i < a.saves; ++i) {
            const auto t = Clock_::now();
            auto n = (*s)->records().create("case_note", ids[static_cast<size_t>(i) % ids.size()],
                                            note(sentence(rng, 60), (*s)->deviceId()));
            saves.push_back(ms(Clock_::now() - t));
            check(n.status(), "save");
        }
    }
    // 2. Bulk insert: plain SQLite (SQLCipher with no key = stock SQLite code path) vs encrypted.
    double plainMs = 0;
    {
        auto db = store::Database::open(a.dir / "plain.db", nullptr, true);
        check(db.status(), "plain open");
        check((*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                "PRAGMA cache_size = -16384"), "plain pragmas");
        check(store::migrate(**db), "plain migrate");
        HlcClock hlc(newUuid(), clock);
        store::RecordStore r(**db, hlc, clock);
        std::vector<std::string> ids;
        plainMs = fill(r, a.cases, a.notes, hlc.node(), ids);
    }
    auto enc = store::Store::create(a.dir / "enc", "bench passcode", clock, opts);
    check(enc.status(), "create");
    std::vector<std::string> caseIds;
    const double encMs = fill((*enc)->records(), a.cases, a.notes, (*enc)->deviceId(), caseIds);

    // 3. Queries on the encrypted store.
    auto& r = (*enc)->records();
    const char* terms[] = {"phased", "lifting", "confidence", "desk", "flare"};
    const Timing search = timeQueries(200, [&](int i) {
        auto hits = r.search(terms[i % 5], "case_note", 50);
        check(hits.status(), "search");
    });
    const char* prefixes[] = {"oka", "hug", "jon", "pat", "now"};
    const Timing nameSearch = timeQueries(200, [&](int i) {
        auto hits = r.caseload({.text = prefixes[i % 5], .limit = 50});
        check(hits.status(), "caseload search");
    });
    const Timing caseload = timeQueries(50, [&](int) {
        auto rows = r.caseload({.limit = a.cases});
        check(rows.status(), "caseload");
        if (rows->size() != static_cast<size_t>(a.cases)) std::exit(2);
    });
    const Timing firstPage = timeQueries(200, [&](int) {
        auto rows = r.caseload({.status = "active", .limit = 50});
        check(rows.status(), "caseload page");
    });
    // Full verification on open: what an app start costs with this much data.
    enc->reset();
    const auto openStart = Clock_::now();
    auto reopened = store::Store::open(a.dir / "enc", "bench passcode", clock, opts);
    check(reopened.status(), "reopen");
    const double openMs = ms(Clock_::now() - openStart);
    const auto dbSize = fs::file_size(a.dir / "enc" / "rtw.db");

    std::printf("| measure | result | target |\n|---|---|---|\n");
    std::printf(
        "| save one case note + outbox, durable commit (%d saves) | p50 %.2f ms, p99 %.2f ms | p99 "
        "< 5 ms |\n",
        a.saves, percentile(saves, 0.5), percentile(saves, 0.99));
    std::printf("| bulk insert %d notes, plain SQLite | %.0f ms | baseline |\n", a.notes, plainMs);
    std::printf("| bulk insert %d notes, encrypted store | %.0f ms (%.2fx plain) | within 1.6x |\n",
                a.notes, encMs, encMs / plainMs);
    std::printf(
        "| full-text search over %d notes (top 50) | p50 %.2f ms, p99 %.2f ms | < 20 ms |\n",
        a.notes, search.p50, search.p99);
    std::printf(
        "| caseload name search as you type, %d cases (top 50) | p50 %.2f ms, p99 %.2f ms | < 20 "
        "ms |\n",
        a.cases, nameSearch.p50, nameSearch.p99);
    std::printf(
        "| caseload first page (active, 50 rows), %d cases | p50 %.2f ms, p99 %.2f ms | < 20 ms "
        "|\n",
        a.cases, firstPage.p50, firstPage.p99);
    std::printf(
        "| caseload full list, all %d cases sorted | p50 %.2f ms, p99 %.2f ms | < 20 ms |\n",
        a.cases, caseload.p50, caseload.p99);
    std::printf("| open + full verification, %.0f MB store | %.0f ms | (informative) |\n",
                static_cast<double>(dbSize) / 1e6, openMs);
    fs::remove_all(a.dir);
    return 0;
}
