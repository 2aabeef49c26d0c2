// SyncEngine, the facade the app drives, on its worker thread against the
// real server: sign-in, state snapshots and progress, offline, revocation
// (data and key erased), sign-out with wipe.
#include <gtest/gtest.h>

#include <future>
#include <mutex>

#include "crypto/key_vault.h"
#include "sync/sync_engine.h"
#include "test_server.h"
#include "util/random_id.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using sync::SyncPhase;

class EngineTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("rtw-engine-" + newUuid());
        store::StoreOptions o;
        o.kdf = crypto::KdfParams::minimumForTests();
        auto s = store::Store::create(dir, "engine passcode 1", clock, o);
        ASSERT_TRUE(s.isOk());
        store = std::shared_ptr<store::Store>(std::move(*s));
    }
    void TearDown() override {
        engine.reset();
        store.reset();
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void makeEngine(sync::SyncClientOptions client = {}, sync::CurlOptions net = {}) {
        sync::SyncEngineOptions o;
        o.dataDir = dir;
        o.clock = &clock;
        o.random = [] { return 0.5; };
        o.client = client;
        o.transport = net;
        engine = std::make_unique<sync::SyncEngine>(store, o);
        engine->setListener([this](const sync::SyncStatus& s) {
            std::lock_guard lock(seenMutex);
            seen.push_back(s);
        });
        engine->start();
    }
    Status signIn(const std::string& url, const testsupport::TestAccount& a) {
        std::promise<Status> done;
        engine->signIn(url, a.email, a.password, "tablet", [&](Status s) { done.set_value(s); });
        return done.get_future().get();
    }

    testsupport::TestClock clock;
    fs::path dir;
    std::shared_ptr<store::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
    std::mutex seenMutex;
    std::vector<sync::SyncStatus> seen;
};

TEST_F(EngineTest, SignsInSyncsAndReportsProgressOfTheInitialSync) {
    testsupport::TestServer server;
    // Something to download: a case with 450 notes from the adviser's other device.
    auto ann = server.signIn(server.adviser());
    const std::string caseId = server.createCase(ann);
    nlohmann::json ops = nlohmann::json::array();
    for (int i = 0; i < 450; ++i)
        ops.push_back({{"opId", newUuid()},
                       {"recordId", newUuid()},
                       {"type", "case_note"},
                       {"caseId", caseId},
                       {"op", "create"},
                       {"fields",
                        {{"kind", "note"},
                         {"text", "n" + std::to_string(i)},
                         {"authorId", ann.userId},
                         {"deviceId", "other"},
                         {"writtenAt", "2026-03-02T10:15:00Z"},
                         {"sharedWithPatient", false}}},
                       {"hlc", server.nextHlc(ann.deviceId)}});
    ASSERT_EQ(server.client(ann.accessToken).push(ops).status, 200);

    sync::SyncClientOptions small;
    small.pullPageSize = 100;
    makeEngine(small);
    EXPECT_EQ(engine->state().phase, SyncPhase::SignedOut);
    ASSERT_TRUE(signIn(server.baseUrl(), server.adviser()).isOk());
    ASSERT_TRUE(engine->waitIdle(20s));
    const auto s = engine->state();
    EXPECT_EQ(s.phase, SyncPhase::Synced) << s.message;
    EXPECT_GT(s.lastSyncedMs, 0);
    EXPECT_EQ(s.pending, 0);
    EXPECT_GT(s.nextAttemptMs, clock.nowMs()) << "the next periodic sync is scheduled";
    EXPECT_EQ(store->records().list("case_note", caseId)->size(), 450u);
    std::lock_guard lock(seenMutex);
    std::int64_t lastDone = -1;
    int progress = 0;
    for (const auto& st : seen)
        if (st.phase == SyncPhase::Syncing && st.initialSync && st.total > 0) {
            EXPECT_GE(st.done, lastDone);
            lastDone = st.done;
            ++progress;
        }
    EXPECT_GE(progress, 4) << "done/total reported page by page";
}

TEST_F(EngineTest, LocalChangesArePushedSoonAfterTheyAreMade) {
    testsupport::TestServer server;
    makeEngine();
    ASSERT_TRUE(signIn(server.baseUrl(), server.adviser()).isOk());
    ASSERT_TRUE(engine->waitIdle(10s));
    auto me = nlohmann::json::parse(**store->sync().value("session"))["user"];
    auto caseId = store->records().create("case", "",
                                          {{"practiceId", server.practiceId()},
                                           {"adviserId", me["id"]},
                                           {"status", "active"},
                                           {"openedOn", "2026-03-02"}});
    ASSERT_TRUE(caseId.isOk());
    engine->localChangeMade();
    ASSERT_TRUE(engine->waitIdle(5s));
    EXPECT_EQ(engine->state().pending, 1) << "not yet: a burst of typing makes one push";
    clock.advance(2'500);
    engine->wake();
    ASSERT_TRUE(engine->waitIdle(10s));
    EXPECT_EQ(engine->state().pending, 0);
    EXPECT_EQ(*store->records().pendingCount(), 0);
}

TEST_F(EngineTest, NoServerMeansOfflineWithABackoff) {
    // Signed in earlier to a server that is not there now.
    const sync::Session session{
        "http://127.0.0.1:9", "a", clock.nowMs() + 3'600'000, "r", clock.nowMs() + 7'200'000, "d",
        {{"id", "u"}}};
    ASSERT_TRUE(store->sync().setValues({{"session", session.toJson().dump()}}).isOk());
    sync::CurlOptions net;
    net.connectTimeoutMs = 200;
    makeEngine({}, net);  // signed in: syncs at start
    ASSERT_TRUE(engine->waitIdle(10s));
    const auto s = engine->state();
    EXPECT_EQ(s.phase, SyncPhase::Offline);
    EXPECT_NE(s.message.find("kept on this device"), std::string::npos);
    EXPECT_GE(s.nextAttemptMs, clock.nowMs() + 1'000) << "first retry after the backoff";
    engine->setOnline(false);
    EXPECT_EQ(engine->state().nextAttemptMs, 0) << "nothing automatic while offline";
}

TEST_F(EngineTest, ARevokedDeviceErasesItsDataAndKey) {
    testsupport::TestServer server;
    makeEngine();
    ASSERT_TRUE(signIn(server.baseUrl(), server.adviser()).isOk());
    ASSERT_TRUE(engine->waitIdle(10s));
    const auto deviceId = nlohmann::json::parse(**store->sync().value("session"))["deviceId"];
    ASSERT_TRUE(server.app().accounts().revokeDevice(deviceId).isOk());
    engine->syncNow();
    ASSERT_TRUE(engine->waitIdle(10s));
    const auto s = engine->state();
    EXPECT_EQ(s.phase, SyncPhase::SignedOut);
    EXPECT_TRUE(s.wiped);
    EXPECT_NE(s.message.find("erased"), std::string::npos);
    EXPECT_FALSE(store::Store::exists(dir)) << "database and wrapped key are gone";
    EXPECT_FALSE(store->records().caseload({}).isOk()) << "the open store is closed too";
}

TEST_F(EngineTest, SignOutWithWipeErasesEverything) {
    testsupport::TestServer server;
    makeEngine();
    ASSERT_TRUE(signIn(server.baseUrl(), server.adviser()).isOk());
    ASSERT_TRUE(engine->waitIdle(10s));
    std::promise<Status> done;
    engine->signOut(true, [&](Status st) { done.set_value(st); });
    EXPECT_TRUE(done.get_future().get().isOk());
    EXPECT_EQ(engine->state().phase, SyncPhase::SignedOut);
    EXPECT_FALSE(store::Store::exists(dir));
    // The server no longer accepts the old session.
    EXPECT_EQ(server.client().get("/v1/me").status, 401);
}

}  // namespace
}  // namespace rtw::testing
