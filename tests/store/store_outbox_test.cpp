// Change capture: every write is one transaction holding the row change and
// exactly the expected outbox entry; bad input changes nothing.
#include <gtest/gtest.h>

#include "hlc/hlc.h"
#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using nlohmann::json;
using store::OpKind;
using store::Store;

class Outbox : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
    }
    store::RecordStore& records() { return store->records(); }
    std::vector<store::OutboxEntry> outbox() {
        auto o = records().pendingOutbox(1000);
        EXPECT_TRUE(o.isOk());
        return o.isOk() ? *o : std::vector<store::OutboxEntry>{};
    }
    std::int64_t rowCount() { return *store->database().queryInt("SELECT count(*) FROM records"); }

    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
};

TEST_F(Outbox, CreateQueuesAllFieldsWithOneHlc) {
    auto caseId = records().create("case", "", caseFields());
    ASSERT_TRUE(caseId.isOk()) << caseId.status().message();
    auto entries = outbox();
    ASSERT_EQ(entries.size(), 1u);
    const auto& e = entries[0];
    EXPECT_EQ(e.op, OpKind::Create);
    EXPECT_EQ(e.recordId, *caseId);
    EXPECT_EQ(e.caseId, *caseId) << "a case is its own scope";
    EXPECT_EQ(e.recordType, "case");
    EXPECT_EQ(e.fields, caseFields());
    auto hlc = Hlc::parse(e.hlc);
    ASSERT_TRUE(hlc.has_value());
    EXPECT_EQ(hlc->node, store->deviceId());
    EXPECT_EQ(hlc->wallMs, clock.nowMs());
    EXPECT_EQ(e.opId.size(), 36u);
    auto rec = records().get(*caseId);
    ASSERT_TRUE(rec.isOk());
    const auto fields = caseFields();
    for (const auto& [k, v] : fields.items()) EXPECT_EQ(rec->fieldHlcs[k], e.hlc) << k;
}

TEST_F(Outbox, UpdateQueuesOnlyFieldsThatChanged) {
    auto caseId = records().create("case", "", caseFields());
    ASSERT_TRUE(caseId.isOk());
    const auto createHlc = outbox()[0].hlc;
    clock.advance(1000);
    RTW_ASSERT_OK(records().update(*caseId, {{"status", "active"}, {"practiceId", "P81001"}}));
    auto entries = outbox();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[1].op, OpKind::Update);
    EXPECT_EQ(entries[1].fields, json({{"status", "active"}}))
        << "unchanged practiceId is not queued";
    EXPECT_GT(entries[1].hlc, createHlc);
    auto rec = records().get(*caseId);
    EXPECT_EQ(rec->fields["status"], "active");
    EXPECT_EQ(rec->fieldHlcs["status"], entries[1].hlc);
    EXPECT_EQ(rec->fieldHlcs["practiceId"], createHlc) << "untouched field keeps its HLC";
}

TEST_F(Outbox, UpdateThatChangesNothingQueuesNothing) {
    auto caseId = records().create("case", "", caseFields());
    RTW_ASSERT_OK(records().update(*caseId, {{"status", "awaiting_first_contact"}}));
    EXPECT_EQ(outbox().size(), 1u);
}

TEST_F(Outbox, ClearingAnOptionalFieldQueuesNull) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    auto client = records().list("client", caseId);
    ASSERT_EQ(client->size(), 1u);
    RTW_ASSERT_OK(records().update((*client)[0].id, {{"nhsNumber", nullptr}}));
    auto entries = outbox();
    EXPECT_EQ(entries.back().fields, json({{"nhsNumber", nullptr}}));
    EXPECT_FALSE(records().get((*client)[0].id)->fields.contains("nhsNumber"));
}

TEST_F(Outbox, DeleteLeavesATombstoneAndQueuesIt) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    auto client = (*records().list("client", caseId))[0];
    RTW_ASSERT_OK(records().remove(client.id));
    EXPECT_EQ(records().get(client.id).status().code(), ErrorCode::NotFound);
    EXPECT_EQ(
        *store->database().queryInt("SELECT deleted FROM records WHERE id = '" + client.id + "'"),
        1);
    auto entries = outbox();
    EXPECT_EQ(entries.back().op, OpKind::Delete);
    EXPECT_EQ(entries.back().recordId, client.id);
    EXPECT_TRUE(records().search("Okafor", "client")->empty()) << "deleted records leave search";
}

TEST_F(Outbox, AppendOnlyNotesRefuseUpdateAndDelete) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    auto note =
        records().create("case_note", caseId, noteFields("Discussed pacing.", store->deviceId()));
    ASSERT_TRUE(note.isOk()) << note.status().message();
    const auto before = outbox().size();
    EXPECT_EQ(records().update(*note, {{"text", "changed"}}).code(), ErrorCode::NotAllowed);
    EXPECT_EQ(records().remove(*note).code(), ErrorCode::NotAllowed);
    EXPECT_EQ(records().get(*note)->fields["text"], "Discussed pacing.");
    EXPECT_EQ(outbox().size(), before);
}

TEST_F(Outbox, AmendmentMustReferToANoteInTheSameCase) {
    const std::string caseA = addCaseWithClient(records(), "Amira", "Okafor");
    const std::string caseB = addCaseWithClient(records(), "Ben", "Hughes");
    auto original =
        records().create("case_note", caseA, noteFields("Off work 3 weeks.", store->deviceId()));
    ASSERT_TRUE(original.isOk());
    json amendment = noteFields("Correction: off work 4 weeks.", store->deviceId());
    amendment["kind"] = "amendment";
    amendment["refersTo"] = *original;
    EXPECT_TRUE(records().create("case_note", caseA, amendment).isOk());
    auto wrongCase = records().create("case_note", caseB, amendment);
    ASSERT_FALSE(wrongCase.isOk());
    EXPECT_EQ(wrongCase.status().fieldErrors().at(0).field, "refersTo");
}

TEST_F(Outbox, InvalidInputChangesNothing) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    const auto rows = rowCount();
    const auto queued = outbox().size();
    json badClient = clientFields();
    badClient["nhsNumber"] = "9434765918";  // wrong check digit
    auto r = records().create("client", caseId, badClient);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(r.status().fieldErrors().at(0).field, "nhsNumber");
    EXPECT_EQ(records().create("no_such_type", caseId, json::object()).status().code(),
              ErrorCode::InvalidArgument);
    EXPECT_EQ(
        records().create("client", "not-a-case", clientFields()).status().fieldErrors().at(0).field,
        "caseId");
    auto client = (*records().list("client", caseId))[0];
    EXPECT_FALSE(records().update(client.id, {{"dateOfBirth", "2026-02-30"}}).isOk());
    EXPECT_FALSE(records().update(client.id, json::array()).isOk());
    EXPECT_EQ(records().update("00000000-0000-4000-8000-000000000000", {{"x", 1}}).code(),
              ErrorCode::NotFound);
    EXPECT_EQ(rowCount(), rows);
    EXPECT_EQ(outbox().size(), queued);
    EXPECT_EQ(records().get(client.id)->fields, clientFields());
}

TEST_F(Outbox, RowAndOutboxEntryCommitTogetherOrNotAtAll) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    const auto rows = rowCount();
    const auto queued = outbox().size();
    // Make the outbox insert fail inside the write's transaction.
    RTW_ASSERT_OK(
        store->database().exec("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
                               "SELECT RAISE(ABORT, 'disk full'); END"));
    EXPECT_FALSE(
        records().create("case_note", caseId, noteFields("lost?", store->deviceId())).isOk());
    auto client = (*records().list("client", caseId))[0];
    EXPECT_FALSE(records().update(client.id, {{"givenName", "Amina"}}).isOk());
    EXPECT_FALSE(records().remove(client.id).isOk());
    EXPECT_EQ(rowCount(), rows) << "the row must roll back with its outbox entry";
    EXPECT_EQ(records().get(client.id)->fields["givenName"], "Amira");
    EXPECT_EQ(outbox().size(), queued);
    RTW_ASSERT_OK(store->database().exec("DROP TRIGGER fail_outbox"));
    EXPECT_TRUE(records().update(client.id, {{"givenName", "Amina"}}).isOk());
}

TEST_F(Outbox, AcknowledgeRemovesOnlyThoseEntries) {
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    auto entries = outbox();
    ASSERT_EQ(entries.size(), 2u);
    RTW_ASSERT_OK(records().acknowledge({entries[0].opId, "unknown-op"}));
    auto left = outbox();
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0].opId, entries[1].opId);
    EXPECT_EQ(*records().pendingCount(), 1);
}

TEST_F(Outbox, EveryRecordTypeCanBeWrittenThroughTheOutbox) {
    // The store's registry and the model agree: a case made here takes writes.
    const std::string caseId = addCaseWithClient(records(), "Amira", "Okafor");
    EXPECT_EQ(outbox().size(), 2u);
    EXPECT_EQ(outbox()[1].recordType, "client");
    EXPECT_EQ(outbox()[1].caseId, caseId);
}

TEST_F(Outbox, HlcResumesAfterReopen) {
    auto caseId = records().create("case", "", caseFields());
    const auto first = outbox()[0].hlc;
    store.reset();
    clock.set(clock.nowMs() - 60'000);  // device clock went back while closed
    auto reopened = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_TRUE(reopened.isOk());
    RTW_ASSERT_OK((*reopened)->records().update(*caseId, {{"status", "active"}}));
    auto entries = (*reopened)->records().pendingOutbox(10);
    EXPECT_GT(entries->back().hlc, first);
}

}  // namespace
}  // namespace rtw::testing

namespace rtw::testing {
namespace {

TEST(OutboxHlcs, UntouchedFieldsShareTheCreateHlcWithoutStoringIt) {
    TempDir dir;
    FakeClock clock;
    auto s = store::Store::create(dir.path(), kPasscode, clock, testOptions());
    ASSERT_TRUE(s.isOk());
    auto& r = (*s)->records();
    const std::string caseId = addCaseWithClient(r, "Amira", "Okafor");
    // Stored compactly: nothing is written to field_hlcs until a field changes.
    EXPECT_EQ(*(*s)->database().queryInt("SELECT count(*) FROM records WHERE field_hlcs <> '{}'"),
              0);
    clock.advance(5);
    auto client = (*r.list("client", caseId))[0];
    RTW_ASSERT_OK(r.update(client.id, {{"phone", "07700 900123"}, {"nhsNumber", nullptr}}));
    auto after = r.get(client.id);
    const std::string updateHlc = r.pendingOutbox(10)->back().hlc;
    EXPECT_EQ(after->fieldHlcs["phone"], updateHlc);
    EXPECT_EQ(after->fieldHlcs["nhsNumber"], updateHlc) << "a cleared field remembers when";
    EXPECT_EQ(after->fieldHlcs["givenName"], client.fieldHlcs["givenName"]);
    EXPECT_LT(client.fieldHlcs["givenName"].get<std::string>(), updateHlc);
}

}  // namespace
}  // namespace rtw::testing
