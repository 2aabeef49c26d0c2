// Drafts: half-written notes kept encrypted in the store, never synced.
#include "store/draft_store.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using store::DraftStore;
using store::Store;

class Drafts : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
    }
    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
};

TEST_F(Drafts, SaveLoadReplaceAndDiscard) {
    DraftStore drafts(store->database(), clock);
    auto none = drafts.load("note/case-1");
    RTW_ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());

    RTW_ASSERT_OK(drafts.save("note/case-1", {{"text", "Client reports"}}));
    clock.advance(5000);
    RTW_ASSERT_OK(drafts.save("note/case-1", {{"text", "Client reports less pain"}}));
    auto loaded = drafts.load("note/case-1");
    RTW_ASSERT_OK(loaded);
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ((**loaded).content["text"], "Client reports less pain");
    EXPECT_EQ((**loaded).savedMs, clock.nowMs());

    RTW_ASSERT_OK(drafts.discard("note/case-1"));
    auto gone = drafts.load("note/case-1");
    RTW_ASSERT_OK(gone);
    EXPECT_FALSE(gone->has_value());
    RTW_EXPECT_OK(drafts.discard("note/case-1"));  // discarding nothing is fine
}

TEST_F(Drafts, SurviveClosingAndReopeningAndNeverQueueForSync) {
    {
        DraftStore drafts(store->database(), clock);
        RTW_ASSERT_OK(drafts.save("contact/abc", {{"text", "Half a sentence about pac"}}));
    }
    auto pendingBefore = store->records().pendingCount();
    RTW_ASSERT_OK(pendingBefore);
    EXPECT_EQ(*pendingBefore, 0) << "a draft is not a change to sync";
    store.reset();
    auto reopened = Store::open(dir.path(), kPasscode, clock, testOptions());
    RTW_ASSERT_OK(reopened);
    DraftStore drafts((*reopened)->database(), clock);
    auto loaded = drafts.load("contact/abc");
    RTW_ASSERT_OK(loaded);
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ((**loaded).content["text"], "Half a sentence about pac");
    // The text is inside the encrypted file, not beside it in plain text.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(fileBytes(entry.path()).find("Half a sentence"), std::string::npos)
            << entry.path();
}

TEST_F(Drafts, KeysByPrefixLeaveOtherMetadataAlone) {
    DraftStore drafts(store->database(), clock);
    RTW_ASSERT_OK(drafts.save("note/b", 1));
    RTW_ASSERT_OK(drafts.save("note/a", 2));
    RTW_ASSERT_OK(drafts.save("contact/a", 3));
    auto notes = drafts.keys("note/");
    RTW_ASSERT_OK(notes);
    EXPECT_EQ(*notes, (std::vector<std::string>{"note/a", "note/b"}));
    auto all = drafts.keys("");
    RTW_ASSERT_OK(all);
    EXPECT_EQ(all->size(), 3u) << "the device id in meta is not a draft";
    EXPECT_FALSE(store->deviceId().empty());
}

TEST_F(Drafts, BadKeysAndOversizeDraftsAreRefusedAndChangeNothing) {
    DraftStore drafts(store->database(), clock);
    EXPECT_EQ(drafts.save("", 1).code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(drafts.save(std::string(201, 'k'), 1).code(), ErrorCode::InvalidArgument);
    RTW_ASSERT_OK(drafts.save("note/x", {{"text", "kept"}}));
    const std::string huge(DraftStore::kMaxBytes, 'x');
    EXPECT_EQ(drafts.save("note/x", {{"text", huge}}).code(), ErrorCode::InvalidArgument);
    auto loaded = drafts.load("note/x");
    RTW_ASSERT_OK(loaded);
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ((**loaded).content["text"], "kept");
}

}  // namespace
}  // namespace rtw::testing
