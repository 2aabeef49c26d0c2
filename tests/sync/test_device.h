#pragma once
// A device for end-to-end sync tests: its own encrypted store in a temp
// folder, its own clock, the real libcurl transport and SyncClient, pointed
// at the real rtw-server (directly or through the fault proxy).

#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "sync/curl_transport.h"
#include "sync/sync_client.h"
#include "test_clock.h"
#include "test_server.h"

namespace rtw::testing {

class TestDevice {
public:
    /// `clockOffsetMs`: how far this device's clock is from the real time.
    explicit TestDevice(std::string name, std::int64_t clockOffsetMs = 0,
                        sync::CurlOptions transport = {});
    ~TestDevice();

    const std::string& name() const { return name_; }
    store::Store& store() { return *store_; }
    store::RecordStore& records() { return store_->records(); }
    sync::SyncClient& client() { return *client_; }
    testsupport::TestClock& clock() { return clock_; }
    sync::CurlTransport& transport() { return *transport_; }
    const std::filesystem::path& dir() const { return dir_; }

    /// Signs in as `account` at `server`; throws on failure.
    void signIn(const std::string& server, const testsupport::TestAccount& account);
    sync::CycleResult sync() { return client_->syncOnce(); }
    /// Syncs until a cycle succeeds (at most `attempts`); the last result.
    sync::CycleResult syncUntilDone(int attempts = 50);
    /// The signed-in user's id.
    std::string userId();
    /// Closes and reopens the store (as after the app was killed).
    void reopen();

private:
    std::string name_;
    std::filesystem::path dir_;
    testsupport::TestClock clock_;
    std::unique_ptr<sync::CurlTransport> transport_;
    std::unique_ptr<store::Store> store_;
    std::unique_ptr<sync::SyncClient> client_;
};

/// Every record a fresh device of `account` would pull from the server now,
/// ordered by id, in the store's snapshot shape (seq 0): the server's truth
/// as that user may see it.
std::vector<store::PulledRecord> serverView(const std::string& server,
                                            const testsupport::TestAccount& account);
/// A device's records in the same shape (seq 0).
std::vector<store::PulledRecord> deviceView(store::Store& store);
/// A readable first difference between two views, or empty when equal.
std::string firstDifference(const std::vector<store::PulledRecord>& a,
                            const std::vector<store::PulledRecord>& b);

}  // namespace rtw::testing
