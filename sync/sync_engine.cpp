#include "sync/sync_engine.h"

#include <random>

namespace rtw::sync {

namespace {

std::function<double()> osSeededRandom() {
    auto gen = std::make_shared<std::mt19937_64>(std::random_device{}());
    return [gen] { return std::uniform_real_distribution<double>(0.0, 1.0)(*gen); };
}

CycleEnd endOf(const ApiError& e) {
    switch (e.kind) {
        case ApiFailure::None:
            return CycleEnd::Success;
        case ApiFailure::Unauthenticated:
        case ApiFailure::Revoked:
        case ApiFailure::UpdateRequired:
            return CycleEnd::Fatal;
        default:
            return CycleEnd::Retryable;
    }
}

}  // namespace

SyncEngine::SyncEngine(std::shared_ptr<store::Store> store, SyncEngineOptions options,
                       std::unique_ptr<Transport> transport)
    : store_(std::move(store)),
      options_(std::move(options)),
      clock_(options_.clock ? *options_.clock : SystemClock::instance()),
      transport_(transport ? std::move(transport)
                           : std::make_unique<CurlTransport>(options_.transport)),
      client_(std::make_unique<SyncClient>(*store_, *transport_, clock_, options_.client)),
      scheduler_(options_.schedule, options_.random ? options_.random : osSeededRandom()) {
    status_.phase = client_->session() ? SyncPhase::Synced : SyncPhase::SignedOut;
    if (auto last = store_->sync().value("last_synced_ms"); last && *last)
        status_.lastSyncedMs = std::stoll(**last);
    if (auto counts = store_->sync().counts()) {
        status_.pending = counts->pending;
        status_.rejected = counts->rejected;
        status_.openConflicts = counts->openConflicts;
    }
}

SyncEngine::~SyncEngine() {
    stop();
}

void SyncEngine::start() {
    std::lock_guard lock(mutex_);
    if (worker_.joinable()) return;
    stopping_ = false;
    if (status_.phase != SyncPhase::SignedOut) scheduler_.start(clock_.nowMs());
    worker_ = std::thread([this] { run(); });
}

void SyncEngine::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    transport_->cancel();
    wakeup_.notify_all();
    if (worker_.joinable()) worker_.join();
}

void SyncEngine::syncNow() {
    {
        std::lock_guard lock(mutex_);
        scheduler_.demand(clock_.nowMs());
    }
    wakeup_.notify_all();
}

void SyncEngine::setOnline(bool online) {
    {
        std::lock_guard lock(mutex_);
        scheduler_.connectivityChanged(online, clock_.nowMs());
        if (!online && status_.phase != SyncPhase::SignedOut && status_.phase != SyncPhase::Error) {
            status_.phase = SyncPhase::Offline;
        }
    }
    publish();
    wakeup_.notify_all();
}

void SyncEngine::localChangeMade() {
    enqueue([this] { refreshCounts(); });
    std::lock_guard lock(mutex_);
    scheduler_.localChange(clock_.nowMs());
}

void SyncEngine::wake() {
    wakeup_.notify_all();
}

SyncStatus SyncEngine::state() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void SyncEngine::setListener(Listener listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void SyncEngine::enqueue(std::function<void()> command) {
    {
        std::lock_guard lock(mutex_);
        commands_.push_back(std::move(command));
    }
    wakeup_.notify_all();
}

void SyncEngine::publish() {
    Listener listener;
    SyncStatus snapshot;
    {
        std::lock_guard lock(mutex_);
        const auto next = scheduler_.nextDueMs();
        status_.nextAttemptMs = next ? *next : 0;
        listener = listener_;
        snapshot = status_;
    }
    if (listener) listener(snapshot);
}

void SyncEngine::refreshCounts() {
    if (wiped_) return;
    auto counts = store_->sync().counts();
    if (!counts) return;
    {
        std::lock_guard lock(mutex_);
        status_.pending = counts->pending;
        status_.rejected = counts->rejected;
        status_.openConflicts = counts->openConflicts;
    }
    publish();
}

Status SyncEngine::statusOf(const ApiError& e) const {
    switch (e.kind) {
        case ApiFailure::None:
            return Status::ok();
        case ApiFailure::Unauthenticated:
            return Status::error(ErrorCode::Unauthenticated, e.message);
        case ApiFailure::Revoked:
            return Status::error(ErrorCode::Revoked, e.message);
        case ApiFailure::RateLimited:
            return Status::error(ErrorCode::RateLimited, e.message);
        case ApiFailure::UpdateRequired:
            return Status::error(ErrorCode::Unsupported, e.message);
        case ApiFailure::Refused:
            return e.fields.empty() ? Status::error(ErrorCode::NotAllowed, e.message)
                                    : Status::error(ErrorCode::InvalidArgument, e.message);
        default:
            return Status::error(ErrorCode::Io, e.message);
    }
}

void SyncEngine::wipeDevice(const std::string& message) {
    (void)store_->sync().eraseAll();
    store_->close();
    (void)store::Store::wipe(options_.dataDir);
    wiped_ = true;
    {
        std::lock_guard lock(mutex_);
        status_ = SyncStatus{};
        status_.phase = SyncPhase::SignedOut;
        status_.wiped = true;
        status_.message = message;
    }
    publish();
}

void SyncEngine::signIn(std::string server, std::string email, std::string password,
                        std::string deviceName, Done done) {
    enqueue([=, this] {
        auto r = client_->signIn(server, email, password, deviceName);
        Status s = statusOf(r.error);
        if (r.ok()) {
            {
                std::lock_guard lock(mutex_);
                status_.phase = SyncPhase::Syncing;
                status_.message.clear();
                status_.action = SyncAction::None;
                scheduler_.resume(clock_.nowMs());
            }
            publish();
        }
        if (done) done(s);
    });
}

void SyncEngine::enrol(std::string server, std::string code, std::string email,
                       std::string displayName, std::string password, std::string deviceName,
                       Done done) {
    enqueue([=, this] {
        auto r = client_->enrol(server, code, email, displayName, password, deviceName);
        if (r.ok()) {
            {
                std::lock_guard lock(mutex_);
                status_.phase = SyncPhase::Syncing;
                status_.message.clear();
                status_.action = SyncAction::None;
                scheduler_.resume(clock_.nowMs());
            }
            publish();
        }
        if (done) done(statusOf(r.error));
    });
}

void SyncEngine::signOut(bool wipe, Done done) {
    enqueue([=, this] {
        Status s = client_->signOut();
        if (wipe) {
            wipeDevice("Signed out. This device's data has been erased.");
        } else {
            {
                std::lock_guard lock(mutex_);
                status_.phase = SyncPhase::SignedOut;
                status_.message = "Signed out.";
                scheduler_.cycleFinished(CycleEnd::Fatal, clock_.nowMs());
            }
            publish();
        }
        if (done) done(s);
    });
}

void SyncEngine::runCycle() {
    {
        std::lock_guard lock(mutex_);
        scheduler_.cycleStarted();
        status_.phase = SyncPhase::Syncing;
        status_.done = status_.total = 0;
        status_.initialSync = false;
    }
    publish();
    const CycleResult r =
        client_->syncOnce([this](std::int64_t done, std::int64_t total, bool initial) {
            {
                std::lock_guard lock(mutex_);
                status_.done = done;
                status_.total = total;
                status_.initialSync = initial;
            }
            publish();
        });
    finishCycle(r);
}

void SyncEngine::finishCycle(const CycleResult& r) {
    const ApiError& e = r.error;
    if (e.kind == ApiFailure::Revoked) {
        wipeDevice(
            "This device was removed from your account, so its data has been erased. Sign in "
            "again to continue.");
        return;
    }
    const std::int64_t now = clock_.nowMs();
    if (r.ok()) (void)store_->sync().setValues({{"last_synced_ms", std::to_string(now)}});
    {
        std::lock_guard lock(mutex_);
        scheduler_.cycleFinished(endOf(e), now, e.retryAfterMs);
        status_.done = status_.total = 0;
        status_.initialSync = false;
        status_.action = SyncAction::None;
        status_.message.clear();
        switch (e.kind) {
            case ApiFailure::None:
                status_.phase = SyncPhase::Synced;
                status_.lastSyncedMs = now;
                break;
            case ApiFailure::Network:
                status_.phase = SyncPhase::Offline;
                status_.message =
                    "Offline. Your changes are kept on this device and sent when the connection "
                    "returns.";
                break;
            case ApiFailure::Unauthenticated:
                status_.phase = SyncPhase::Error;
                status_.action = SyncAction::SignInAgain;
                status_.message = "Your session has ended. Sign in again to keep syncing.";
                break;
            case ApiFailure::UpdateRequired: {
                status_.phase = SyncPhase::Error;
                const bool serverOlder = e.message.find("server is older") != std::string::npos;
                status_.action = serverOlder ? SyncAction::ContactService : SyncAction::UpdateApp;
                status_.message = serverOlder
                                      ? "The server is older than this app. Contact your service "
                                        "to update it; your changes are kept on this device."
                                      : "This app is too old for the server. Update the app; "
                                        "your changes are kept on this device.";
                break;
            }
            case ApiFailure::Refused:
                status_.phase = SyncPhase::Error;
                status_.action = SyncAction::ContactService;
                status_.message = "The server refused to sync this device (" + e.message +
                                  "). Contact your service if this goes on.";
                break;
            default:
                status_.phase = SyncPhase::Error;
                status_.action = SyncAction::TryLater;
                status_.message =
                    "The server is not answering properly. Your changes are safe on this device "
                    "and will be sent automatically.";
                break;
        }
    }
    refreshCounts();
    publish();
}

bool SyncEngine::waitIdle(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return idle_.wait_for(lock, timeout, [this] {
        return commands_.empty() && !busy_ && !scheduler_.isDue(clock_.nowMs());
    });
}

void SyncEngine::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        if (!commands_.empty()) {
            auto command = std::move(commands_.front());
            commands_.pop_front();
            busy_ = true;
            lock.unlock();
            transport_->clearCancel();
            command();
            lock.lock();
            busy_ = false;
            continue;
        }
        if (!wiped_ && status_.phase != SyncPhase::SignedOut && scheduler_.isDue(clock_.nowMs())) {
            busy_ = true;
            lock.unlock();
            transport_->clearCancel();
            runCycle();
            lock.lock();
            busy_ = false;
            continue;
        }
        idle_.notify_all();
        // Re-read the clock at least every second, so a fake clock moved by a
        // test (and a system clock changed by the user) is noticed.
        std::chrono::milliseconds wait(1000);
        if (const auto next = scheduler_.nextDueMs())
            wait = std::min(
                wait, std::chrono::milliseconds(std::max<std::int64_t>(1, *next - clock_.nowMs())));
        wakeup_.wait_for(lock, wait);
    }
    idle_.notify_all();
}

}  // namespace rtw::sync
