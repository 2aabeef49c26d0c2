#pragma once
// SyncStatus: the snapshot of sync state the UI shows (always visible), and
// how to say it in plain English.

#include <cstdint>
#include <string>

namespace rtw::sync {

enum class SyncPhase {
    SignedOut,  ///< no session: show sign-in
    Offline,    ///< no connection (or the server cannot be reached); changes wait
    Syncing,    ///< a cycle is running; done/total during a long pull (initial sync)
    Synced,     ///< the last cycle finished; lastSyncedMs says when
    Error,      ///< sync stopped or keeps failing; `action` says what the person can do
};

/// What the person can do about an error.
enum class SyncAction {
    None,
    SignInAgain,     ///< the session ended (password changed, tokens dropped)
    UpdateApp,       ///< the server speaks a newer protocol
    ContactService,  ///< the server is older than the app, or refuses this device/account
    TryLater,        ///< the server keeps failing; it retries by itself
};

const char* syncPhaseName(SyncPhase p);
const char* syncActionName(SyncAction a);

struct SyncStatus {
    SyncPhase phase = SyncPhase::SignedOut;
    std::int64_t done = 0;   ///< records applied so far in this pull
    std::int64_t total = 0;  ///< records expected in this pull (0 = not known)
    bool initialSync = false;
    std::int64_t lastSyncedMs = 0;  ///< 0 = never
    SyncAction action = SyncAction::None;
    std::string message;             ///< plain English for Error / Offline / SignedOut
    std::int64_t pending = 0;        ///< changes waiting to be sent
    std::int64_t rejected = 0;       ///< changes the server refused, not yet dismissed
    std::int64_t openConflicts = 0;  ///< edits that lost to another, for review
    std::int64_t nextAttemptMs = 0;  ///< when the next automatic attempt is due (0 = none)
    bool wiped = false;              ///< the device was revoked and its data erased

    bool operator==(const SyncStatus&) const = default;
};

/// One line for the status bar, e.g. "Synced at 14:02 · 3 changes waiting".
/// `localTime` formats a time for the person (the UI passes its locale's).
std::string describe(const SyncStatus& s, std::string (*localTime)(std::int64_t ms) = nullptr);

}  // namespace rtw::sync
