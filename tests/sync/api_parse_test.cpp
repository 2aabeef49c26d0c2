// The shapes the device accepts from the server, and the status line the UI
// shows. Anything malformed is refused as a whole (and retried later), never
// half-applied.
#include <gtest/gtest.h>

#include "sync/api_client.h"
#include "sync/sync_status.h"

namespace rtw::sync {
namespace {

using nlohmann::json;

const json kOps = json::array({{{"opId", "a"}}, {{"opId", "b"}}});

TEST(PushAnswer, EveryOperationAnsweredOnce) {
    json good = {{"results",
                  {{{"opId", "a"}, {"status", "accepted"}, {"seq", 7}},
                   {{"opId", "b"},
                    {"status", "rejected"},
                    {"code", "invalid"},
                    {"message", "The goal could not be saved."},
                    {"current", nullptr}}}}};
    auto r = parsePushAnswer(good, kOps);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE((*r)[0].accepted);
    EXPECT_EQ((*r)[0].seq, 7);
    EXPECT_FALSE((*r)[1].accepted);
    EXPECT_EQ((*r)[1].rejection.message, "The goal could not be saved.");
    EXPECT_FALSE((*r)[1].rejection.current.has_value());

    json missing = good;
    missing["results"].erase(1);
    EXPECT_FALSE(parsePushAnswer(missing, kOps)) << "an unanswered op must not be dropped";
    json twice = good;
    twice["results"][1]["opId"] = "a";
    EXPECT_FALSE(parsePushAnswer(twice, kOps));
    json stranger = good;
    stranger["results"][1]["opId"] = "z";
    EXPECT_FALSE(parsePushAnswer(stranger, kOps));
    json oddStatus = good;
    oddStatus["results"][0]["status"] = "maybe";
    EXPECT_FALSE(parsePushAnswer(oddStatus, kOps));
    json badCurrent = good;
    badCurrent["results"][1]["current"] = {{"id", "x"}};
    EXPECT_FALSE(parsePushAnswer(badCurrent, kOps));
    EXPECT_FALSE(parsePushAnswer(json::array(), kOps));
}

TEST(PullPage, ShapeIsChecked) {
    json page = {{"records", json::array()}, {"cursor", "12"},
                 {"hasMore", false},         {"total", 0},
                 {"remaining", 0},           {"scopes", {"c1", "c2"}}};
    auto p = parsePullPage(page);
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->cursor, "12");
    ASSERT_TRUE(p->scopes.has_value());
    EXPECT_EQ(p->scopes->size(), 2u);
    json noScopes = page;
    noScopes.erase("scopes");
    EXPECT_FALSE(parsePullPage(noScopes)->scopes.has_value()) << "no scopes: purge nothing";
    for (const char* key : {"records", "cursor", "hasMore"}) {
        json bad = page;
        bad.erase(key);
        EXPECT_FALSE(parsePullPage(bad)) << key;
    }
    json badRecord = page;
    badRecord["records"] = json::array({{{"id", "x"}}});
    EXPECT_FALSE(parsePullPage(badRecord));
    json numericCursor = page;
    numericCursor["cursor"] = 12;
    EXPECT_FALSE(parsePullPage(numericCursor)) << "the cursor is opaque text";
}

TEST(SessionJson, RoundTripsAndRefusesPartialSessions) {
    Session s{"https://sync.example", "acc", 100, "ref", 200, "dev", {{"id", "u1"}}};
    auto back = Session::fromJson(s.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->refreshToken, "ref");
    json partial = s.toJson();
    partial.erase("refreshToken");
    EXPECT_FALSE(Session::fromJson(partial));
}

TEST(SyncStatusLine, SaysWhatIsHappeningInPlainEnglish) {
    SyncStatus s;
    s.phase = SyncPhase::Synced;
    s.lastSyncedMs = 1'767'266'520'000;  // 2026-01-01 11:22 UTC
    EXPECT_EQ(describe(s), "Synced at 11:22");
    s.pending = 3;
    s.openConflicts = 1;
    EXPECT_EQ(describe(s), "Synced at 11:22 · 3 changes waiting · 1 edit to review");
    s = {};
    s.phase = SyncPhase::Syncing;
    s.initialSync = true;
    s.done = 500;
    s.total = 10'000;
    EXPECT_EQ(describe(s), "Downloading your caseload (500 of 10000)");
    s = {};
    s.phase = SyncPhase::Error;
    s.action = SyncAction::SignInAgain;
    s.message = "Your session has ended. Sign in again to keep syncing.";
    s.rejected = 1;
    EXPECT_EQ(describe(s),
              "Your session has ended. Sign in again to keep syncing. · 1 change refused");
    EXPECT_STREQ(syncActionName(SyncAction::UpdateApp), "update_app");
    EXPECT_STREQ(syncPhaseName(SyncPhase::Offline), "offline");
}

}  // namespace
}  // namespace rtw::sync
