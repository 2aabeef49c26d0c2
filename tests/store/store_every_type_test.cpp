// Every registered record type, through the store: create queues the stored
// (normalised) record under one HLC; mutable types update and delete through
// the outbox; append-only types refuse both; unknown fields change nothing.
// The examples live in record_examples.cpp: a new type needs one there.
#include <gtest/gtest.h>

#include <string>

#include "model/record_types.h"
#include "record_examples.h"
#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using model::Mutability;
using nlohmann::json;
using store::OpKind;
using store::Store;

std::string missingExample(std::string_view type, const char* function) {
    return "no example for record type '" + std::string(type) + "': add one to " + function +
           " in tests/store/record_examples.cpp";
}

class EveryType : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
        caseId = addCaseWithClient(records(), "Amira", "Okafor");
        ASSERT_FALSE(caseId.empty());
    }
    store::RecordStore& records() { return store->records(); }
    std::vector<store::OutboxEntry> outbox() {
        auto o = records().pendingOutbox(100000);
        EXPECT_TRUE(o.isOk()) << o.status().message();
        return o.isOk() ? *o : std::vector<store::OutboxEntry>{};
    }
    std::int64_t rowCount() { return *store->database().queryInt("SELECT count(*) FROM records"); }
    /// The case a record of `type` goes in: empty for a case (its own scope).
    std::string scopeFor(std::string_view type) const { return type == "case" ? "" : caseId; }
    json example(std::string_view type) {
        return exampleFields(type, scopeFor(type), store->deviceId());
    }

    /// Creates the example of `type` and checks its one create entry; sets *idOut.
    void createAndCheck(const model::RecordTypeInfo& info, std::string* idOut);
    void updateAndRemove(const model::RecordTypeInfo& info);
    void refuseChanges(const model::RecordTypeInfo& info);
    void refuseUnknownField(const model::RecordTypeInfo& info);

    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
    std::string caseId;
};

void EveryType::createAndCheck(const model::RecordTypeInfo& info, std::string* idOut) {
    const std::string type(info.name);
    const json fields = example(type);
    ASSERT_TRUE(fields.is_object()) << missingExample(type, "exampleFields");
    auto normalised = info.normalise(fields);
    ASSERT_TRUE(normalised.isOk()) << "example is invalid: " << normalised.status().message();
    const auto before = outbox();
    clock.advance(1000);
    auto id = records().create(type, scopeFor(type), fields);
    ASSERT_TRUE(id.isOk()) << id.status().message();
    *idOut = *id;

    auto entries = outbox();
    ASSERT_EQ(entries.size(), before.size() + 1);
    const auto& e = entries.back();
    EXPECT_EQ(e.op, OpKind::Create);
    EXPECT_EQ(e.recordType, type);
    EXPECT_EQ(e.recordId, *id);
    EXPECT_EQ(e.caseId, type == "case" ? *id : caseId);

    auto rec = records().get(*id);
    ASSERT_TRUE(rec.isOk()) << rec.status().message();
    EXPECT_EQ(rec->type, type);
    EXPECT_EQ(rec->caseId, e.caseId);
    EXPECT_EQ(rec->fields, *normalised) << "the store keeps the normalised form";
    EXPECT_EQ(e.fields, rec->fields) << "the outbox carries what was stored";
    EXPECT_EQ(rec->updatedHlc, e.hlc);
    EXPECT_EQ(rec->fieldHlcs.size(), rec->fields.size());
    for (const auto& [k, v] : rec->fields.items()) EXPECT_EQ(rec->fieldHlcs[k], e.hlc) << k;
}

void EveryType::updateAndRemove(const model::RecordTypeInfo& info) {
    const std::string type(info.name);
    std::string id;
    ASSERT_NO_FATAL_FAILURE(createAndCheck(info, &id));
    const json change = exampleChange(type);
    ASSERT_TRUE(change.is_object()) << missingExample(type, "exampleChange");
    ASSERT_EQ(change.size(), 1u) << "exampleChange names exactly one field";
    const std::string field = change.begin().key();
    const auto original = *records().get(id);
    ASSERT_NE(original.fields.value(field, json()), change[field]) << "the change must change";

    const auto before = outbox();
    clock.advance(1000);
    RTW_ASSERT_OK(records().update(id, change));
    auto entries = outbox();
    ASSERT_EQ(entries.size(), before.size() + 1);
    const store::OutboxEntry u = entries.back();  // a copy: entries is reused below
    auto updated = records().get(id);
    ASSERT_TRUE(updated.isOk()) << updated.status().message();
    EXPECT_EQ(u.op, OpKind::Update);
    EXPECT_EQ(u.recordType, type);
    EXPECT_EQ(u.recordId, id);
    EXPECT_EQ(u.caseId, original.caseId);
    EXPECT_EQ(u.fields, json({{field, updated->fields[field]}})) << "only the changed field";
    EXPECT_GT(u.hlc, original.updatedHlc);
    EXPECT_EQ(updated->fieldHlcs[field], u.hlc);
    json expected = original.fields;
    expected[field] = updated->fields[field];
    EXPECT_EQ(updated->fields, expected) << "other fields are untouched";

    clock.advance(1000);
    RTW_ASSERT_OK(records().remove(id));
    entries = outbox();
    ASSERT_EQ(entries.size(), before.size() + 2);
    const auto& d = entries.back();
    EXPECT_EQ(d.op, OpKind::Delete);
    EXPECT_EQ(d.recordType, type);
    EXPECT_EQ(d.recordId, id);
    EXPECT_EQ(d.caseId, original.caseId);
    EXPECT_GT(d.hlc, u.hlc);
    EXPECT_EQ(records().get(id).status().code(), ErrorCode::NotFound);
}

void EveryType::refuseChanges(const model::RecordTypeInfo& info) {
    const std::string type(info.name);
    std::string id;
    ASSERT_NO_FATAL_FAILURE(createAndCheck(info, &id));
    const json change = exampleChange(type);
    ASSERT_TRUE(change.is_object()) << missingExample(type, "exampleChange");
    const auto original = *records().get(id);
    // The change is valid, so only append-only-ness can refuse it.
    json merged = original.fields;
    merged.update(change);
    RTW_ASSERT_OK(info.normalise(merged));
    const auto rows = rowCount();
    const auto before = outbox();

    clock.advance(1000);
    EXPECT_EQ(records().update(id, change).code(), ErrorCode::NotAllowed);
    EXPECT_EQ(records().remove(id).code(), ErrorCode::NotAllowed);

    auto after = records().get(id);
    ASSERT_TRUE(after.isOk()) << after.status().message();
    EXPECT_EQ(after->fields, original.fields);
    EXPECT_EQ(after->fieldHlcs, original.fieldHlcs);
    EXPECT_EQ(after->updatedHlc, original.updatedHlc);
    EXPECT_EQ(rowCount(), rows);
    const auto entries = outbox();
    ASSERT_EQ(entries.size(), before.size());
    EXPECT_EQ(entries.back().opId, before.back().opId);
}

void EveryType::refuseUnknownField(const model::RecordTypeInfo& info) {
    const std::string type(info.name);
    json fields = example(type);
    ASSERT_TRUE(fields.is_object()) << missingExample(type, "exampleFields");
    fields["notAField"] = "surprise";
    const auto rows = rowCount();
    const auto queued = outbox().size();
    auto r = records().create(type, scopeFor(type), fields);
    ASSERT_FALSE(r.isOk()) << "created " << *r;
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    bool named = false;
    for (const auto& fe : r.status().fieldErrors()) named = named || fe.field == "notAField";
    EXPECT_TRUE(named) << r.status().message();
    EXPECT_EQ(rowCount(), rows);
    EXPECT_EQ(outbox().size(), queued);
}

TEST_F(EveryType, CreateQueuesTheStoredRecordUnderOneHlc) {
    for (const auto& info : model::allRecordTypes()) {
        SCOPED_TRACE(std::string(info.name));
        std::string id;
        createAndCheck(info, &id);
    }
}

TEST_F(EveryType, MutableTypesQueueOneChangedFieldAndDeletes) {
    for (const auto& info : model::allRecordTypes()) {
        if (info.mutability != Mutability::Mutable) continue;
        SCOPED_TRACE(std::string(info.name));
        updateAndRemove(info);
    }
}

TEST_F(EveryType, AppendOnlyTypesRefuseUpdateAndDeleteAndChangeNothing) {
    for (const auto& info : model::allRecordTypes()) {
        if (info.mutability != Mutability::AppendOnly) continue;
        SCOPED_TRACE(std::string(info.name));
        refuseChanges(info);
    }
}

TEST_F(EveryType, UnknownFieldIsRefusedAndWritesNothing) {
    for (const auto& info : model::allRecordTypes()) {
        SCOPED_TRACE(std::string(info.name));
        refuseUnknownField(info);
    }
}

TEST_F(EveryType, ThereIsNoExampleForAnUnknownType) {
    EXPECT_TRUE(exampleFields("no_such_type", caseId, store->deviceId()).is_null());
    EXPECT_TRUE(exampleChange("no_such_type").is_null());
}

}  // namespace
}  // namespace rtw::testing
