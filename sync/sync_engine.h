#pragma once
// SyncEngine: the facade the app (and anything long-running) drives. It owns
// a worker thread that runs SyncClient cycles when SyncScheduler says so, and
// every account call (sign in, enrol, sign out). No method blocks the caller:
// commands are queued and their results come back through callbacks, and the
// state is a snapshot the UI can read at any time.
//
//   auto engine = std::make_unique<sync::SyncEngine>(store, options);
//   engine->setListener([](const sync::SyncStatus& s) { /* post to the UI thread */ });
//   engine->start();                       // syncs now if signed in
//   engine->signIn(server, email, password, deviceName, [](Status s) {...});
//   engine->syncNow();                     // the sync button
//   engine->setOnline(false / true);       // from platform connectivity
//   engine->localChangeMade();             // after the app saved something
//   engine->signOut(/*wipe=*/true, done);  // erase this device's data
//
// Threading: callbacks and the listener run on the worker thread; the Qt glue
// re-posts them to the UI thread. The store is shared: RecordStore calls from
// the UI thread wait at most for one pulled page's transaction.
//
// A revoked device (401 device_revoked) erases its records, outbox and
// session, closes and deletes the store's files and key, and reports
// SignedOut with wiped = true: the app drops its store and shows sign-in.

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "store/store.h"
#include "sync/curl_transport.h"
#include "sync/sync_client.h"
#include "sync/sync_scheduler.h"
#include "sync/sync_status.h"

namespace rtw::sync {

struct SyncEngineOptions {
    std::filesystem::path dataDir;  ///< the store's folder (erased when the device is revoked)
    SyncClientOptions client;
    SchedulerConfig schedule;
    CurlOptions transport;
    const Clock* clock = nullptr;    ///< default: the system clock
    std::function<double()> random;  ///< uniform [0,1); default: seeded from the OS
};

class SyncEngine {
public:
    using Listener = std::function<void(const SyncStatus&)>;
    using Done = std::function<void(Status)>;

    /// `transport` defaults to a CurlTransport with options.transport.
    SyncEngine(std::shared_ptr<store::Store> store, SyncEngineOptions options,
               std::unique_ptr<Transport> transport = nullptr);
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    /// Starts the worker; a signed-in device syncs at once.
    void start();
    /// Cancels a request in flight and stops the worker (also on destruction).
    void stop();

    void syncNow();
    void setOnline(bool online);
    void localChangeMade();
    /// Wakes the worker to re-read the clock (tests that move a fake clock).
    void wake();

    SyncStatus state() const;
    void setListener(Listener listener);

    void signIn(std::string server, std::string email, std::string password, std::string deviceName,
                Done done);
    void enrol(std::string server, std::string code, std::string email, std::string displayName,
               std::string password, std::string deviceName, Done done);
    /// Ends the session; with `wipe`, erases every record and the key too.
    void signOut(bool wipe, Done done);

    /// Blocks until no command is queued and no cycle runs (tests, rtw-cli).
    bool waitIdle(std::chrono::milliseconds timeout);

private:
    void run();
    void runCycle();
    void finishCycle(const CycleResult& r);
    void wipeDevice(const std::string& message);
    void refreshCounts();
    void publish();
    void enqueue(std::function<void()> command);
    Status statusOf(const ApiError& e) const;

    std::shared_ptr<store::Store> store_;
    SyncEngineOptions options_;
    const Clock& clock_;
    std::unique_ptr<Transport> transport_;
    std::unique_ptr<SyncClient> client_;
    SyncScheduler scheduler_;

    mutable std::mutex mutex_;
    std::condition_variable wakeup_;
    std::condition_variable idle_;
    std::deque<std::function<void()>> commands_;
    bool stopping_ = false;
    bool busy_ = false;
    bool wiped_ = false;
    SyncStatus status_;
    Listener listener_;
    std::thread worker_;
};

}  // namespace rtw::sync
