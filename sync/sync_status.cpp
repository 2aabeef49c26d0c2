#include "sync/sync_status.h"

#include <ctime>

namespace rtw::sync {

namespace {

std::string hhmmUtc(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M", &tm);
    return buf;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

const char* syncPhaseName(SyncPhase p) {
    switch (p) {
        case SyncPhase::SignedOut:
            return "signed_out";
        case SyncPhase::Offline:
            return "offline";
        case SyncPhase::Syncing:
            return "syncing";
        case SyncPhase::Synced:
            return "synced";
        case SyncPhase::Error:
            return "error";
    }
    return "?";
}

const char* syncActionName(SyncAction a) {
    switch (a) {
        case SyncAction::None:
            return "none";
        case SyncAction::SignInAgain:
            return "sign_in_again";
        case SyncAction::UpdateApp:
            return "update_app";
        case SyncAction::ContactService:
            return "contact_service";
        case SyncAction::TryLater:
            return "try_later";
    }
    return "?";
}

std::string describe(const SyncStatus& s, std::string (*localTime)(std::int64_t ms)) {
    auto when = [&](std::int64_t ms) { return localTime ? localTime(ms) : hhmmUtc(ms); };
    std::string line;
    switch (s.phase) {
        case SyncPhase::SignedOut:
            line = s.message.empty() ? "Signed out" : s.message;
            break;
        case SyncPhase::Offline:
            line = "Offline";
            if (s.lastSyncedMs) line += " · last synced at " + when(s.lastSyncedMs);
            break;
        case SyncPhase::Syncing:
            line = s.initialSync ? "Downloading your caseload" : "Syncing";
            if (s.total > 0)
                line += " (" + std::to_string(s.done) + " of " + std::to_string(s.total) + ")";
            break;
        case SyncPhase::Synced:
            line = "Synced at " + when(s.lastSyncedMs);
            break;
        case SyncPhase::Error:
            line = s.message.empty() ? "Sync problem" : s.message;
            break;
    }
    if (s.pending > 0) line += " · " + plural(s.pending, "change waiting", "changes waiting");
    if (s.rejected > 0) line += " · " + plural(s.rejected, "change refused", "changes refused");
    if (s.openConflicts > 0)
        line += " · " + plural(s.openConflicts, "edit to review", "edits to review");
    return line;
}

}  // namespace rtw::sync
