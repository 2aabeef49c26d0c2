// rtw-cli account and sync commands.
#include "sync/cli/cli_context.h"
#include "sync/sync_client.h"

namespace rtw::cli {

using nlohmann::json;

namespace {

std::string deviceName(Context& c) {
    return c.optionalFlag("device-name").value_or("rtw-cli");
}

json sessionJson(const sync::Session& s) {
    return {{"server", s.server}, {"deviceId", s.deviceId}, {"user", s.user}};
}

int apiFailure(Context& c, const sync::ApiError& e) {
    return c.fail(sync::apiFailureName(e.kind), e.message, e.fields);
}

int signedIn(Context& c, const sync::ApiResult<sync::Session>& r) {
    if (!r.ok()) return apiFailure(c, r.error);
    const std::string name = r.value->user.value("displayName", r.value->user.value("email", ""));
    c.print({{"signedIn", true}, {"session", sessionJson(*r.value)}}, "Signed in as " + name + ".");
    return 0;
}

// A revoked device erases its data and key, as the app does.
int revoked(Context& c, const sync::ApiError& e) {
    if (Status s = c.wipeStore(); !s) return c.fail(s);
    return c.fail("revoked",
                  "This device was removed from the account, so its data has been erased (" +
                      e.message + "). Sign in again.");
}

}  // namespace

int cmdSignIn(Context& c) {
    c.allowOnly({"server", "email", "device-name"});
    const std::string server = c.flag("server"), email = c.flag("email");
    const std::string password = c.secret("RTW_PASSWORD", "Password for " + email);
    const bool existed = store::Store::exists(c.dataDir());
    auto store = c.store(/*create=*/true);
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    auto r = client.signIn(server, email, password, deviceName(c));
    // A store made just for this attempt is not left behind when it fails.
    if (!r.ok() && !existed) (void)c.wipeStore();
    return signedIn(c, r);
}

int cmdEnrol(Context& c) {
    c.allowOnly({"server", "code", "email", "name", "device-name"});
    const std::string server = c.flag("server"), code = c.flag("code"), email = c.flag("email"),
                      name = c.flag("name");
    const std::string password = c.secret("RTW_PASSWORD", "Choose a password");
    const bool existed = store::Store::exists(c.dataDir());
    auto store = c.store(/*create=*/true);
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    auto r = client.enrol(server, code, email, name, password, deviceName(c));
    // A store made just for this attempt is not left behind when it fails.
    if (!r.ok() && !existed) (void)c.wipeStore();
    return signedIn(c, r);
}

int cmdSignOut(Context& c) {
    c.allowOnly({"wipe"});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    const std::int64_t pending = (*store)->sync().counts()->pending;
    if (Status s = client.signOut(); !s) return c.fail(s);
    const bool wipe = c.has("wipe");
    if (wipe) {
        if (Status s = c.wipeStore(); !s) return c.fail(s);
    }
    std::string text = wipe ? "Signed out; this device's data is erased." : "Signed out.";
    if (wipe && pending > 0)
        text += " " + std::to_string(pending) + " changes that were never sent are gone.";
    c.print({{"signedOut", true}, {"wiped", wipe}, {"unsentChangesLost", wipe ? pending : 0}},
            text);
    return 0;
}

int cmdSync(Context& c) {
    c.allowOnly({});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    if (!client.session()) return c.fail("signed_out", "Sign in first (rtw-cli sign-in).");
    const auto r = client.syncOnce();
    if (r.error.kind == sync::ApiFailure::Revoked) return revoked(c, r.error);
    if (r.ok())
        (void)(*store)->sync().setValues(
            {{"last_synced_ms", std::to_string(SystemClock::instance().nowMs())}});
    const auto counts = (*store)->sync().counts();
    json j = {{"ok", r.ok()},
              {"pushed", r.pushed},
              {"rejected", r.rejected},
              {"pulled", r.pulled},
              {"purgedCases", r.purgedCases},
              {"pending", counts ? counts->pending : 0},
              {"openConflicts", counts ? counts->openConflicts : 0}};
    if (!r.ok()) {
        if (c.jsonOutput()) {
            j["error"] = {{"code", sync::apiFailureName(r.error.kind)},
                          {"message", r.error.message}};
            c.print(j, "");
            return 1;
        }
        return apiFailure(c, r.error);
    }
    std::string text =
        "Synced: sent " + std::to_string(r.pushed) + ", received " + std::to_string(r.pulled) + ".";
    if (r.rejected) text += " " + std::to_string(r.rejected) + " refused (rtw-cli rejected).";
    if (!r.purgedCases.empty())
        text +=
            " " + std::to_string(r.purgedCases.size()) + " cases you no longer hold were removed.";
    c.print(j, text);
    return 0;
}

int cmdStatus(Context& c) {
    c.allowOnly({});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    const auto session = client.session();
    const auto counts = (*store)->sync().counts();
    if (!counts) return c.fail(counts.status());
    const auto last = (*store)->sync().value("last_synced_ms");
    const std::int64_t lastMs = last && *last ? std::stoll(**last) : 0;
    json j = {{"signedIn", session.has_value()}, {"pending", counts->pending},
              {"rejected", counts->rejected},    {"openConflicts", counts->openConflicts},
              {"lastSyncedMs", lastMs},          {"cursor", *(*store)->sync().cursor()}};
    if (session) j["session"] = sessionJson(*session);
    std::string text =
        session ? "Signed in as " + session->user.value("email", "?") + " on " + session->server
                : "Signed out";
    text += "\nChanges waiting: " + std::to_string(counts->pending) +
            "\nRefused changes: " + std::to_string(counts->rejected) +
            "\nEdits to review: " + std::to_string(counts->openConflicts) +
            "\nLast synced: " + (lastMs ? std::to_string(lastMs) + " ms since 1970" : "never");
    c.print(j, text);
    return 0;
}

int cmdInvite(Context& c) {
    c.allowOnly({"case"});
    const std::string caseId = c.flag("case");
    auto store = c.store();
    if (!store) return c.fail(store.status());
    sync::CurlTransport transport(c.transportOptions());
    sync::SyncClient client(**store, transport, SystemClock::instance());
    auto r = client.createInvite(caseId);
    if (!r.ok()) return apiFailure(c, r.error);
    c.print(*r.value, "Invite code: " + r.value->value("code", "?"));
    return 0;
}

int cmdRejected(Context& c) {
    c.allowOnly({});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto list = (*store)->sync().rejectedChanges();
    if (!list) return c.fail(list.status());
    json arr = json::array();
    std::string text = list->empty() ? "No refused changes." : "";
    for (const auto& r : *list) {
        arr.push_back({{"opId", r.opId},
                       {"recordId", r.recordId},
                       {"recordType", r.recordType},
                       {"caseId", r.caseId},
                       {"op", store::opKindName(r.op)},
                       {"fields", r.fields},
                       {"code", r.code},
                       {"message", r.message},
                       {"fieldErrors", r.fieldErrors},
                       {"rejectedMs", r.rejectedMs}});
        text += std::string(store::opKindName(r.op)) + " " + r.recordType + " in case " + r.caseId +
                ": " + r.message + "\n";
    }
    c.print({{"rejected", arr}}, text);
    return 0;
}

}  // namespace rtw::cli
