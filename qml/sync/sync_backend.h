#pragma once
// SyncBackend: what the app needs from the sync engine, and nothing more —
// sign in, sync now, a snapshot of its state and a callback when it
// changes. SyncController shows it; the engine itself (`sync/`, Qt-free)
// is wrapped by an adapter implementing this. Until the engine's façade is
// merged, UnavailableSyncBackend says plainly that this build cannot reach
// a server, and everything else works offline.

#include <cstdint>
#include <functional>
#include <string>

#include "store/device_profile.h"
#include "util/status.h"

namespace rtw::app {

/// Where sync stands, as the engine reports it.
struct SyncSnapshot {
    enum class Phase {
        NotSignedIn,  ///< no session with a server
        Offline,      ///< signed in, no connection
        Idle,         ///< signed in, connected, nothing in flight
        Syncing,      ///< pushing or pulling; see done/total
        Error,        ///< the last attempt failed; see error/action
    };
    Phase phase = Phase::NotSignedIn;
    int done = 0;                   ///< progress of the sync in flight
    int total = 0;                  ///< 0 when the size is not known yet
    std::int64_t lastSyncedMs = 0;  ///< end of the last complete sync; 0 = never
    std::string error;              ///< what went wrong, for a person
    std::string action;             ///< what to do about it ("Sign in again"), may be empty
    bool operator==(const SyncSnapshot&) const = default;
};

/// First sign-in on this device.
struct SignInRequest {
    std::string serverUrl;
    std::string email;
    std::string password;
    std::string deviceName;
};

class SyncBackend {
public:
    virtual ~SyncBackend() = default;
    /// False when this build has no engine to sign in or sync with.
    virtual bool available() const = 0;
    /// Signs in; `done` gets the user's profile (to keep in the new store) or why not.
    /// May call back on any thread.
    virtual void signIn(const SignInRequest& request,
                        std::function<void(Result<store::DeviceProfile>)> done) = 0;
    /// Starts a sync now if none is running.
    virtual void syncNow() = 0;
    virtual SyncSnapshot snapshot() const = 0;
    /// Called (on any thread) whenever the snapshot changes.
    virtual void setListener(std::function<void(const SyncSnapshot&)> listener) = 0;
};

/// The stand-in until the engine lands: never signed in, says why.
class UnavailableSyncBackend final : public SyncBackend {
public:
    static constexpr const char* kWhy =
        "this build of the app cannot connect to a server yet: sign-in and sync come with the "
        "sync engine";
    bool available() const override { return false; }
    void signIn(const SignInRequest&,
                std::function<void(Result<store::DeviceProfile>)> done) override {
        done(Status::error(ErrorCode::Unsupported, kWhy));
    }
    void syncNow() override {}
    SyncSnapshot snapshot() const override { return {}; }
    void setListener(std::function<void(const SyncSnapshot&)>) override {}
};

}  // namespace rtw::app
