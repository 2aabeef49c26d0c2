#include <gtest/gtest.h>

#include "sync/push_batch.h"

namespace rtw::sync {
namespace {

store::OutboxEntry entry(int i, std::size_t textSize = 10) {
    store::OutboxEntry e;
    e.seq = i;
    e.opId = "op-" + std::to_string(i);
    e.recordId = "rec-" + std::to_string(i);
    e.recordType = "case_note";
    e.caseId = "case-1";
    e.op = store::OpKind::Create;
    e.fields = {{"text", std::string(textSize, 'x')}};
    e.hlc = "019c8a000000-0000-dev";
    return e;
}

TEST(PushBatch, EncodesEveryFieldOfTheEntry) {
    auto op = encodeOperation(entry(7));
    EXPECT_EQ(op["opId"], "op-7");
    EXPECT_EQ(op["recordId"], "rec-7");
    EXPECT_EQ(op["type"], "case_note");
    EXPECT_EQ(op["caseId"], "case-1");
    EXPECT_EQ(op["op"], "create");
    EXPECT_EQ(op["fields"]["text"], "xxxxxxxxxx");
    EXPECT_EQ(op["hlc"], "019c8a000000-0000-dev");
}

TEST(PushBatch, CutsByCountKeepingOrder) {
    std::vector<store::OutboxEntry> entries;
    for (int i = 0; i < 1201; ++i) entries.push_back(entry(i));
    auto batches = makeBatches(entries);
    ASSERT_EQ(batches.size(), 3u);
    EXPECT_EQ(batches[0].operations.size(), 500u);
    EXPECT_EQ(batches[2].operations.size(), 201u);
    EXPECT_EQ(batches[1].operations[0]["opId"], "op-500");
    EXPECT_EQ(batches[2].operations.back()["opId"], "op-1200");
}

TEST(PushBatch, CutsBySizeAndSendsAnOversizeOpAlone) {
    std::vector<store::OutboxEntry> entries = {entry(0, 100), entry(1, 5000), entry(2, 100),
                                               entry(3, 100)};
    auto batches = makeBatches(entries, {.maxOperations = 100, .maxBytes = 1000});
    ASSERT_EQ(batches.size(), 3u);
    EXPECT_EQ(batches[0].operations.size(), 1u);
    EXPECT_EQ(batches[1].operations.size(), 1u) << "the big op travels alone";
    EXPECT_EQ(batches[2].operations.size(), 2u);
    for (const auto& b : batches) EXPECT_GT(b.encodedBytes, 0u);
}

TEST(PushBatch, EmptyOutboxMakesNoBatches) {
    EXPECT_TRUE(makeBatches({}).empty());
}

}  // namespace
}  // namespace rtw::sync
