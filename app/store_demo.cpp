// rtw-store-demo: a console look at the encrypted store, and the seeder
// behind `scripts/run`.
//
//   rtw-store-demo <folder> [search words]
//       creates (or unlocks) a store of fictional cases in the folder, lists
//       the caseload, searches it, and shows what waits to sync;
//   rtw-store-demo --add-to-signed-in <folder>
//       opens the store `rtw-cli sign-in` made (passcode from RTW_PASSCODE)
//       and adds about 30 fictional cases at different stages to the
//       signed-in adviser's caseload, for `rtw-cli sync` to push.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "demo/demo_case_details.h"
#include "demo/demo_caseload.h"
#include "store/store.h"
#include "sync/curl_transport.h"
#include "sync/sync_client.h"

using namespace rtw;

namespace {

int addToSignedIn(const std::filesystem::path& dir) {
    const char* passcode = std::getenv("RTW_PASSCODE");
    if (!passcode || !*passcode) {
        std::cerr << "rtw-store-demo: set RTW_PASSCODE to the store's passcode\n";
        return 2;
    }
    const auto& clock = SystemClock::instance();
    auto opened = store::Store::open(dir, passcode, clock);
    if (!opened) {
        std::cerr << "Cannot open the store: " << opened.status().message() << "\n";
        return 1;
    }
    auto& store = **opened;
    sync::CurlTransport transport;
    sync::SyncClient client(store, transport, clock);
    auto session = client.session();
    if (!session) {
        std::cerr << "rtw-store-demo: the store is not signed in (run rtw-cli sign-in first)\n";
        return 1;
    }
    demo::DemoOptions o;
    o.adviserId = session->user.value("id", "");
    o.practiceId = session->user.value("practiceId", "");
    o.deviceId = store.deviceId();
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    o.today = model::Date{now};
    auto added = demo::addDemoCaseload(store.records(), o);
    if (!added) {
        std::cerr << "Cannot add demo cases: " << added.status().message() << "\n";
        return 1;
    }
    auto details = demo::addDemoCaseDetails(store.records(), o);
    if (!details) {
        std::cerr << "Cannot add demo details: " << details.status().message() << "\n";
        return 1;
    }
    std::cout << "Added " << *added << " fictional cases (" << *details << " more records) for "
              << session->user.value("displayName", "the adviser") << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--add-to-signed-in") return addToSignedIn(argv[2]);
    if (argc < 2) {
        std::cerr << "usage: rtw-store-demo <folder> [search words]\n"
                     "       rtw-store-demo --add-to-signed-in <folder>\n";
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
