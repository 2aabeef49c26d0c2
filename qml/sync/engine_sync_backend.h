#pragma once
// EngineSyncBackend: the real sync engine (sync::SyncEngine, Qt-free) behind
// SyncBackend. The engine exists while the store is open: made on attach,
// stopped on detach (lock, sign out), so a locked device neither holds the
// key for sync nor syncs. First sign-in runs sync::SyncClient directly on
// the store thread while the new store is being made.

#include <memory>
#include <mutex>

#include "qml/sync/sync_backend.h"
#include "sync/sync_engine.h"

namespace rtw::app {

class EngineSyncBackend final : public SyncBackend {
public:
    /// `options.dataDir` is the store's folder; `options.clock` the app's clock.
    explicit EngineSyncBackend(sync::SyncEngineOptions options);
    ~EngineSyncBackend() override;

    bool available() const override { return true; }
    Result<store::DeviceProfile> signIn(store::Store& store, const SignInRequest& request) override;
    Result<store::DeviceProfile> enrol(store::Store& store, const EnrolRequest& request) override;
    void attach(std::shared_ptr<store::Store> store) override;
    void detach() override;
    void signOut(std::function<void()> done) override;
    void signInAgain(const SignInRequest& request, std::function<void(Status)> done) override;
    void syncNow() override;
    void localChangeMade() override;
    void setOnline(bool online) override;
    SyncSnapshot snapshot() const override;
    void setListener(std::function<void(const SyncSnapshot&)> listener) override;

    /// How the engine's state reads in the app's terms (tested directly).
    static SyncSnapshot toSnapshot(const sync::SyncStatus& s);
    /// A failed sign-in as a Status the sign-in form can show (the server's
    /// field messages, e.g. about an invite code, kept as field errors).
    static Status toStatus(const sync::ApiError& e);
    /// Who signed in, from the session the server gave.
    static store::DeviceProfile profileOf(const sync::Session& session);

private:
    sync::SyncEngineOptions options_;
    std::unique_ptr<sync::SyncEngine> engine_;
    bool online_ = true;
    mutable std::mutex mutex_;  // guards listener_ and last_ (the engine calls from its thread)
    std::function<void(const SyncSnapshot&)> listener_;
    SyncSnapshot last_;
};

}  // namespace rtw::app
