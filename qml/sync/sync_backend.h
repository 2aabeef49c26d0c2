#pragma once
// SyncBackend: what the app needs from the sync engine, and nothing more —
// first sign-in into a new store, attach to the store while it is open,
// sync now, a snapshot of its state and a callback when it changes.
// SyncController shows it. EngineSyncBackend wraps the real engine
// (sync/sync_engine.h); UnavailableSyncBackend is for builds and tests
// without a server: it says plainly that it cannot sign in.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "store/device_profile.h"
#include "store/store.h"
#include "util/status.h"

namespace rtw::app {

/// Where sync stands, as the engine reports it.
struct SyncSnapshot {
    enum class Phase {
        NotSignedIn,  ///< no session with a server
        Offline,      ///< signed in, no connection
        Idle,         ///< signed in, the last sync finished
        Syncing,      ///< pushing or pulling; see done/total
        Error,        ///< sync stopped or keeps failing; see error/action
    };
    Phase phase = Phase::NotSignedIn;
    std::int64_t done = 0;           ///< progress of the pull in flight
    std::int64_t total = 0;          ///< 0 when not known yet
    bool initialSync = false;        ///< the first download onto this device
    std::int64_t lastSyncedMs = 0;   ///< end of the last complete sync; 0 = never
    std::string error;               ///< what went wrong, for a person
    std::string action;              ///< what to do about it ("Sign in again"), may be empty
    bool signInNeeded = false;       ///< the session ended: the action is to sign in again
    std::int64_t rejected = 0;       ///< changes the server refused, not yet read
    std::int64_t openConflicts = 0;  ///< edits that lost to another, to review
    bool wiped = false;              ///< the service revoked this device: its data is erased
    bool operator==(const SyncSnapshot&) const = default;
};

/// First sign-in on this device.
struct SignInRequest {
    std::string serverUrl;
    std::string email;
    std::string password;
    std::string deviceName;
};

/// A patient's first sign-in with the invite code their adviser gave them:
/// the account they make (email, name, password) and this device.
struct EnrolRequest {
    std::string serverUrl;
    std::string code;
    std::string email;
    std::string displayName;
    std::string password;
    std::string deviceName;
};

class SyncBackend {
public:
    virtual ~SyncBackend() = default;
    /// False when this build has no engine to sign in or sync with.
    virtual bool available() const = 0;
    /// Signs in while a new store is being made (on the store thread,
    /// blocking): keeps the session in `store` and says who signed in.
    virtual Result<store::DeviceProfile> signIn(store::Store& store,
                                                const SignInRequest& request) = 0;
    /// Enrols a patient with an invite code while a new store is being made
    /// (on the store thread, blocking), as signIn.
    virtual Result<store::DeviceProfile> enrol(store::Store& store,
                                               const EnrolRequest& request) = 0;
    /// The store is open: start syncing it.
    virtual void attach(std::shared_ptr<store::Store> store) = 0;
    /// The store is about to close (lock, sign out): stop and let go of it.
    virtual void detach() = 0;
    /// Ends the session on the server (best effort) before the device is erased.
    virtual void signOut(std::function<void()> done) = 0;
    /// The session ended (password changed, tokens expired): signs the same
    /// person in again into the open store, keeping every record and every
    /// change still waiting. `done` runs on any thread. The engine refuses
    /// an answer for a different person.
    virtual void signInAgain(const SignInRequest& request, std::function<void(Status)> done) = 0;
    virtual void syncNow() = 0;
    /// The app saved something: push soon.
    virtual void localChangeMade() = 0;
    virtual void setOnline(bool online) = 0;
    virtual SyncSnapshot snapshot() const = 0;
    /// Called (on any thread) whenever the snapshot changes.
    virtual void setListener(std::function<void(const SyncSnapshot&)> listener) = 0;
};

/// For builds and tests without a server: never signed in, says why.
class UnavailableSyncBackend final : public SyncBackend {
public:
    static constexpr const char* kWhy =
        "this build of the app cannot connect to a server: sign-in and sync are not available";
    bool available() const override { return false; }
    Result<store::DeviceProfile> signIn(store::Store&, const SignInRequest&) override {
        return Status::error(ErrorCode::Unsupported, kWhy);
    }
    Result<store::DeviceProfile> enrol(store::Store&, const EnrolRequest&) override {
        return Status::error(ErrorCode::Unsupported, kWhy);
    }
    void attach(std::shared_ptr<store::Store>) override {}
    void detach() override {}
    void signOut(std::function<void()> done) override { done(); }
    void signInAgain(const SignInRequest&, std::function<void(Status)> done) override {
        done(Status::error(ErrorCode::Unsupported, kWhy));
    }
    void syncNow() override {}
    void localChangeMade() override {}
    void setOnline(bool) override {}
    SyncSnapshot snapshot() const override { return {}; }
    void setListener(std::function<void(const SyncSnapshot&)>) override {}
};

}  // namespace rtw::app
