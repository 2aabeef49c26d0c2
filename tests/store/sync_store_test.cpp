// The store's side of sync: base HLCs in the outbox, pulled pages applied
// with pending operations laid over them, push answers, scope purges.
#include <gtest/gtest.h>

#include <thread>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using nlohmann::json;
using store::PulledRecord;
using store::Store;

constexpr const char* kOther = "aaaaaaaa-0000-4000-8000-00000000000b";  // another device

std::string hlc(std::int64_t wall, std::uint32_t counter = 0, const std::string& node = kOther) {
    return Hlc{wall, counter, node}.toString();
}

class SyncStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
    }
    store::RecordStore& records() { return store->records(); }
    store::SyncStore& sync() { return store->sync(); }

    // A case and its client as another device wrote them, at wall time `t`.
    std::vector<PulledRecord> remoteCase(const std::string& caseId, const std::string& clientId,
                                         std::int64_t t, const std::string& family = "Okafor") {
        PulledRecord c;
        c.id = caseId;
        c.type = "case";
        c.caseId = caseId;
        c.fields = caseFields();
        c.createdHlc = c.updatedHlc = hlc(t);
        c.seq = 1;
        PulledRecord cl;
        cl.id = clientId;
        cl.type = "client";
        cl.caseId = caseId;
        cl.fields = clientFields("Amira", family);
        cl.createdHlc = cl.updatedHlc = hlc(t, 1);
        cl.seq = 2;
        return {c, cl};
    }

    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
};

const std::string kCase = "c0000000-0000-4000-8000-0000000000c1";
const std::string kClient = "c1000000-0000-4000-8000-0000000000c1";

TEST_F(SyncStoreTest, UpdateAndDeleteRecordWhatTheWriterSaw) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    auto client = records().list("client", caseId);
    ASSERT_EQ(client->size(), 1u);
    const std::string id = (*client)[0].id;
    const std::string created = (*client)[0].createdHlc;
    RTW_ASSERT_OK(records().update(id, {{"familyName", "Okafor-Smith"}, {"postcode", "LS1 4AP"}}));
    auto out = sync().pendingOutbox(10);
    const auto& first = out->back();
    EXPECT_EQ(first.baseHlcs, (json{{"familyName", created}, {"postcode", created}}))
        << "a field the record never had counts as written at creation";
    RTW_ASSERT_OK(records().update(id, {{"familyName", "Smith"}}));
    const auto second = sync().pendingOutbox(10)->back();
    EXPECT_EQ(second.baseHlcs["familyName"], first.hlc) << "the second edit saw the first";
    RTW_ASSERT_OK(records().remove(id));
    const auto del = sync().pendingOutbox(10)->back();
    EXPECT_EQ(del.baseHlcs["familyName"], second.hlc);
    EXPECT_EQ(del.baseHlcs["givenName"], created);
    EXPECT_TRUE(sync().pendingOutbox(10)->front().baseHlcs.empty()) << "a create saw nothing";
}

TEST_F(SyncStoreTest, PulledPageIsStoredWithItsCursorAndQueuesNothing) {
    // The client arrives before its case (the server's order is by change, not creation).
    auto page = remoteCase(kCase, kClient, 1'767'225'000'000);
    std::swap(page[0], page[1]);
    auto purged = sync().applyPage(page, "17", std::nullopt);
    ASSERT_TRUE(purged.isOk()) << purged.status().message();
    EXPECT_TRUE(purged->empty());
    EXPECT_EQ(*sync().cursor(), "17");
    EXPECT_EQ(*records().pendingCount(), 0) << "applying remote changes writes no outbox entry";
    auto client = records().get(kClient);
    ASSERT_TRUE(client.isOk());
    EXPECT_EQ(client->fields["familyName"], "Okafor");
    auto caseload = records().caseload({});
    ASSERT_EQ(caseload->size(), 1u);
    EXPECT_EQ((*caseload)[0].familyName, "Okafor")
        << "the caseload row picks up the earlier client";
    EXPECT_EQ(records().search("okafor", "client")->size(), 1u);
}

TEST_F(SyncStoreTest, PendingLocalEditsAreLaidOverThePulledState) {
    RTW_ASSERT_OK(
        sync().applyPage(remoteCase(kCase, kClient, 1'767'225'000'000), "2", std::nullopt));
    clock.set(1'767'226'000'000);
    RTW_ASSERT_OK(records().update(kClient, {{"givenName", "Amy"}}));
    // Meanwhile another device changed the family name, later than our edit.
    PulledRecord changed = remoteCase(kCase, kClient, 1'767'225'000'000)[1];
    changed.fields["familyName"] = "Smith";
    changed.fieldHlcs = {{"familyName", hlc(1'767'227'000'000)}};
    changed.updatedHlc = hlc(1'767'227'000'000);
    changed.seq = 3;
    RTW_ASSERT_OK(sync().applyPage({changed}, "3", std::nullopt));
    auto client = records().get(kClient);
    EXPECT_EQ(client->fields["givenName"], "Amy") << "our unpushed edit survives the pull";
    EXPECT_EQ(client->fields["familyName"], "Smith") << "their edit arrives";
    EXPECT_EQ(*records().pendingCount(), 1);
    // Applying the same page again changes nothing.
    RTW_ASSERT_OK(sync().applyPage({changed}, "3", std::nullopt));
    EXPECT_EQ(records().get(kClient)->fields, client->fields);
    // A later local edit is stamped after everything the record holds.
    RTW_ASSERT_OK(records().update(kClient, {{"familyName", "Jones"}}));
    EXPECT_GT(sync().pendingOutbox(10)->back().hlc, changed.updatedHlc);
}

TEST_F(SyncStoreTest, ARedactedViewIsStoredButCannotBeEdited) {
    auto page = remoteCase(kCase, kClient, 1'767'225'000'000);
    page[1].view = "patient";
    page[1].fields = {{"givenName", "Amira"}};  // not a valid client on its own
    RTW_ASSERT_OK(sync().applyPage(page, "2", std::nullopt));
    auto client = records().get(kClient);
    ASSERT_TRUE(client.isOk());
    EXPECT_EQ(client->view, "patient");
    auto s = records().update(kClient, {{"givenName", "Amy"}});
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_EQ(*records().pendingCount(), 0);
}

TEST_F(SyncStoreTest, LastPageScopesPurgeCasesNoLongerVisible) {
    RTW_ASSERT_OK(
        sync().applyPage(remoteCase(kCase, kClient, 1'767'225'000'000), "2", std::nullopt));
    const std::string kept = "c0000000-0000-4000-8000-0000000000c2";
    RTW_ASSERT_OK(sync().applyPage(
        remoteCase(kept, "c1000000-0000-4000-8000-0000000000c2", 1'767'225'000'000, "Brown"), "4",
        std::nullopt));
    RTW_ASSERT_OK(records().update(kClient, {{"givenName", "Amy"}}));        // unsynced edit
    const std::string mine = addCaseWithClient(records(), "Local", "Only");  // not yet pushed
    auto purged = sync().applyPage({}, "5", std::vector<std::string>{kept});
    ASSERT_TRUE(purged.isOk()) << purged.status().message();
    EXPECT_EQ(*purged, std::vector<std::string>{kCase});
    EXPECT_EQ(records().get(kClient).status().code(), ErrorCode::NotFound);
    EXPECT_EQ(records().search("okafor", std::nullopt)->size(), 0u) << "search index purged";
    auto caseload = records().caseload({});
    ASSERT_EQ(caseload->size(), 2u);
    for (const auto& row : *caseload) EXPECT_NE(row.caseId, kCase);
    EXPECT_TRUE(records().get(mine).isOk()) << "a case not yet pushed is not revoked";
    // The unsynced edit is still queued: the server will refuse it and the user is told.
    bool queued = false;
    const auto outbox = *sync().pendingOutbox(100);
    for (const auto& e : outbox) queued |= e.recordId == kClient;
    EXPECT_TRUE(queued);
    EXPECT_EQ(*sync().heldCases(),
              (std::vector<std::string>{std::min(kept, mine), std::max(kept, mine)}));
}

TEST_F(SyncStoreTest, PushAnswersClearAcceptedAndKeepRejectedForTheUser) {
    RTW_ASSERT_OK(
        sync().applyPage(remoteCase(kCase, kClient, 1'767'225'000'000), "2", std::nullopt));
    RTW_ASSERT_OK(records().update(kClient, {{"givenName", "Amy"}}));
    RTW_ASSERT_OK(records().update(kClient, {{"familyName", "Smith"}}));
    auto goal =
        records().create("case_note", kCase, noteFields("Phoned the employer.", store->deviceId()));
    ASSERT_TRUE(goal.isOk());
    auto ops = *sync().pendingOutbox(10);
    ASSERT_EQ(ops.size(), 3u);
    // The server refuses the first edit and says what it holds now.
    store::Rejection no;
    no.opId = ops[0].opId;
    no.code = "not_allowed";
    no.message = "Patients cannot change this.";
    PulledRecord current = remoteCase(kCase, kClient, 1'767'225'000'000)[1];
    current.fields["givenName"] = "Amira";
    no.current = current;
    RTW_ASSERT_OK(sync().recordPushResults({ops[1].opId, ops[2].opId}, {no}));
    EXPECT_EQ(*records().pendingCount(), 0);
    auto client = records().get(kClient);
    EXPECT_EQ(client->fields["givenName"], "Amira") << "the refused edit is undone";
    EXPECT_EQ(client->fields["familyName"], "Smith") << "the accepted edit stays";
    auto rejected = sync().rejectedChanges();
    ASSERT_EQ(rejected->size(), 1u);
    EXPECT_EQ((*rejected)[0].message, "Patients cannot change this.");
    EXPECT_EQ((*rejected)[0].fields["givenName"], "Amy") << "what the user typed is kept";
    EXPECT_EQ(sync().counts()->rejected, 1);
    RTW_ASSERT_OK(sync().dismissRejected((*rejected)[0].opId));
    EXPECT_EQ(sync().counts()->rejected, 0);
    EXPECT_EQ(sync().dismissRejected("nope").code(), ErrorCode::NotFound);
}

TEST_F(SyncStoreTest, ARefusedCreateRemovesTheLocalRecord) {
    RTW_ASSERT_OK(
        sync().applyPage(remoteCase(kCase, kClient, 1'767'225'000'000), "2", std::nullopt));
    auto note = records().create("case_note", kCase, noteFields("Text.", store->deviceId()));
    ASSERT_TRUE(note.isOk());
    store::Rejection no;
    no.opId = sync().pendingOutbox(1)->front().opId;
    no.code = "not_found";
    no.message = "No such case.";
    RTW_ASSERT_OK(sync().recordPushResults({}, {no}));
    EXPECT_EQ(records().get(*note).status().code(), ErrorCode::NotFound);
    EXPECT_EQ(sync().rejectedChanges()->size(), 1u);
    // The same answer seen twice (a retried request) changes nothing more.
    RTW_ASSERT_OK(sync().recordPushResults({}, {no}));
    EXPECT_EQ(sync().rejectedChanges()->size(), 1u);
}

TEST_F(SyncStoreTest, SessionValuesAndEraseAll) {
    RTW_ASSERT_OK(sync().setValues({{"session", "{}"}, {"user_id", "u1"}}));
    EXPECT_EQ(**sync().value("user_id"), "u1");
    RTW_ASSERT_OK(sync().setValues({{"user_id", std::nullopt}}));
    EXPECT_FALSE(sync().value("user_id")->has_value());
    addCaseWithClient(records(), "Amira", "Okafor");
    RTW_ASSERT_OK(sync().eraseAll());
    EXPECT_EQ(*records().pendingCount(), 0);
    EXPECT_TRUE(records().caseload({})->empty());
    EXPECT_TRUE(sync().snapshot()->empty());
    EXPECT_FALSE(sync().value("session")->has_value());
}

TEST_F(SyncStoreTest, PulledRecordJsonIsChecked) {
    json good = {{"id", kClient},
                 {"type", "client"},
                 {"caseId", kCase},
                 {"view", "full"},
                 {"fields", {{"givenName", "A"}}},
                 {"fieldHlcs", json::object()},
                 {"createdHlc", hlc(1)},
                 {"updatedHlc", hlc(1)},
                 {"deleted", false},
                 {"seq", 4}};
    auto r = store::pulledRecordFromJson(good);
    ASSERT_TRUE(r.isOk());
    EXPECT_EQ(r->seq, 4);
    for (const char* key : {"id", "fields", "createdHlc"}) {
        json bad = good;
        bad.erase(key);
        EXPECT_FALSE(store::pulledRecordFromJson(bad).isOk()) << key;
    }
    json badHlc = good;
    badHlc["fieldHlcs"] = {{"givenName", "yesterday"}};
    EXPECT_FALSE(store::pulledRecordFromJson(badHlc).isOk());
}

TEST_F(SyncStoreTest, LocalWritesAndPageAppliesFromTwoThreadsDoNotCollide) {
    RTW_ASSERT_OK(
        sync().applyPage(remoteCase(kCase, kClient, 1'767'225'000'000), "2", std::nullopt));
    std::thread writer([&] {
        for (int i = 0; i < 200; ++i)
            EXPECT_TRUE(records()
                            .create("case_note", kCase,
                                    noteFields("n" + std::to_string(i), store->deviceId()))
                            .isOk());
    });
    for (int i = 0; i < 200; ++i) {
        auto page = remoteCase(kCase, kClient, 1'767'225'000'000);
        EXPECT_TRUE(sync().applyPage(page, std::to_string(3 + i), std::nullopt).isOk());
    }
    writer.join();
    EXPECT_EQ(*records().pendingCount(), 200);
    EXPECT_EQ(*sync().cursor(), "202");
}

}  // namespace
}  // namespace rtw::testing
