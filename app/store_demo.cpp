// rtw-store-demo: what `scripts/run` starts until the Qt app lands. Creates
// (or unlocks) an encrypted store of fictional cases in the given folder,
// lists the caseload, searches it, and shows what waits to sync.
//
//   rtw-store-demo <folder> [search words]
#include <cstdio>
#include <iostream>

#include "demo/demo_caseload.h"
#include "store/store.h"

using namespace rtw;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: rtw-store-demo <folder> [search words]\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const std::string passcode = "demo passcode 2026";
    const auto& clock = SystemClock::instance();
    const bool fresh = !store::Store::exists(dir);
    auto opened = fresh ? store::Store::create(dir, passcode, clock)
                        : store::Store::open(dir, passcode, clock);
    if (!opened) {
        std::cerr << "Cannot open the store: " << opened.status().message() << "\n";
        return 1;
    }
    auto& store = **opened;
    if (fresh) {
        demo::DemoOptions o;
        o.deviceId = store.deviceId();
        auto added = demo::addDemoCaseload(store.records(), o);
        if (!added) {
            std::cerr << "Cannot add demo cases: " << added.status().message() << "\n";
            return 1;
        }
        std::cout << "Created an encrypted store with " << *added << " fictional cases in " << dir
                  << "\n";
    }
    std::cout << "Passcode: " << passcode << " (schema v" << store.schemaVersion() << ")\n\n";
    auto rows = store.records().caseload({});
    if (!rows) {
        std::cerr << rows.status().message() << "\n";
        return 1;
    }
    std::printf("%-24s %-24s %-22s %s\n", "client", "status", "work", "waiting to sync");
    for (const auto& r : *rows)
        std::printf("%-24s %-24s %-22s %lld\n", (r.givenName + " " + r.familyName).c_str(),
                    r.status.c_str(), r.workStatus.c_str(),
                    static_cast<long long>(r.pendingChanges));
    std::string query = argc > 2 ? argv[2] : "pacing";
    for (int i = 3; i < argc; ++i) query += std::string(" ") + argv[i];
    auto hits = store.records().search(query, std::nullopt, 5);
    std::cout << "\nSearch \"" << query << "\": " << (hits ? hits->size() : 0) << " matches\n";
    if (hits)
        for (const auto& h : *hits) std::cout << "  " << h.recordType << ": " << h.snippet << "\n";
    std::cout << "\nChanges waiting for the server: " << *store.records().pendingCount() << "\n";
    return 0;
}
