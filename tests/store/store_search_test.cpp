// Full-text search over client names and case notes, and the caseload list.
#include <gtest/gtest.h>

#include "store/name_collation.h"
#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using store::Store;

class Search : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
        okafor = addCaseWithClient(records(), "Amira", "Okafor");
        hughes = addCaseWithClient(records(), "Ben", "Hughes");
        zoe = addCaseWithClient(records(), "Zoë", "Åström");
        ASSERT_TRUE(
            records()
                .create("case_note", hughes,
                        noteFields("Phased return agreed with line manager.", store->deviceId()))
                .isOk());
        ASSERT_TRUE(
            records()
                .create("case_note", okafor,
                        noteFields("Lower back pain worse after lifting.", store->deviceId()))
                .isOk());
    }
    store::RecordStore& records() { return store->records(); }

    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
    std::string okafor, hughes, zoe;
};

TEST_F(Search, FindsClientsByNamePrefixAsYouType) {
    auto hits = records().search("oka", "client");
    ASSERT_TRUE(hits.isOk());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].caseId, okafor);
    EXPECT_EQ(records().search("amira okaf", "client")->size(), 1u);
    EXPECT_EQ(records().search("amira hughes", "client")->size(), 0u) << "terms are ANDed";
}

TEST_F(Search, IgnoresAccentsAndCase) {
    auto hits = records().search("ASTROM zoe", "client");
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].caseId, zoe);
}

TEST_F(Search, FindsNotesWithSnippet) {
    auto hits = records().search("phased", "case_note");
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].caseId, hughes);
    EXPECT_NE((*hits)[0].snippet.find("[Phased]"), std::string::npos) << (*hits)[0].snippet;
    EXPECT_EQ(records().search("phased", "client")->size(), 0u);
    EXPECT_EQ(records().search("lifting", std::nullopt)->size(), 1u);
}

TEST_F(Search, FollowsRenames) {
    auto client = (*records().list("client", okafor))[0];
    RTW_ASSERT_OK(records().update(client.id, {{"familyName", "Mensah"}}));
    EXPECT_EQ(records().search("okafor", "client")->size(), 0u);
    EXPECT_EQ(records().search("mensah", "client")->size(), 1u);
}

TEST_F(Search, SearchSyntaxInInputIsHarmless) {
    for (const char* q :
         {"\"", "*", "NEAR(", "a OR b", "oka*", "-", "col:val", "'); DROP TABLE records; --"})
        EXPECT_TRUE(records().search(q, std::nullopt).isOk()) << q;
    EXPECT_EQ(records().search("oka*", "client")->size(), 1u);
    EXPECT_TRUE(records().search("   ", std::nullopt)->empty());
    EXPECT_EQ(store::toFtsQuery("smi  jo-ann"), "\"smi\"* \"jo\"* \"ann\"*");
}

TEST_F(Search, CaseloadListsCasesSortedByNameWithPendingChanges) {
    auto rows = records().caseload({});
    ASSERT_TRUE(rows.isOk()) << rows.status().message();
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ((*rows)[0].familyName, "Åström");
    EXPECT_EQ((*rows)[1].familyName, "Hughes");
    EXPECT_EQ((*rows)[2].familyName, "Okafor");
    EXPECT_EQ((*rows)[1].pendingChanges, 3) << "case, client and note wait to sync";
    EXPECT_EQ((*rows)[2].status, "awaiting_first_contact");
}

TEST_F(Search, CaseloadFiltersByStatusAndText) {
    RTW_ASSERT_OK(records().update(hughes, {{"status", "active"}}));
    auto active = records().caseload({.status = "active"});
    ASSERT_EQ(active->size(), 1u);
    EXPECT_EQ((*active)[0].caseId, hughes);
    auto named = records().caseload({.text = "okaf"});
    ASSERT_EQ(named->size(), 1u);
    EXPECT_EQ((*named)[0].givenName, "Amira");
    EXPECT_TRUE(records().caseload({.text = "lifting"})->empty())
        << "caseload text matches names, not notes";
}

TEST_F(Search, CaseloadFollowsEveryKindOfChange) {
    // The caseload is a summary kept by triggers: check it after each change.
    auto row = [&](const std::string& caseId) -> std::optional<store::CaseloadRow> {
        auto rows = records().caseload({});
        EXPECT_TRUE(rows.isOk());
        for (const auto& r : *rows)
            if (r.caseId == caseId) return r;
        return std::nullopt;
    };
    auto client = (*records().list("client", hughes))[0];
    RTW_ASSERT_OK(records().update(client.id, {{"givenName", "Benedict"}}));
    EXPECT_EQ(row(hughes)->givenName, "Benedict");
    EXPECT_EQ(row(hughes)->pendingChanges, 4);

    nlohmann::json referral = {{"source", "gp"},
                               {"referralDate", "2026-03-01"},
                               {"reason", "Back pain at work."},
                               {"conditionGroup", "musculoskeletal"},
                               {"painSites", {"lower_back"}},
                               {"workStatus", "employed_struggling"},
                               {"fitNoteStatus", "none"},
                               {"consentToContact", true},
                               {"eligibility", {{"decision", "pending"}, {"overridden", false}}},
                               {"status", "received"}};
    auto ref = records().create("referral", hughes, referral);
    ASSERT_TRUE(ref.isOk()) << ref.status().message();
    EXPECT_EQ(row(hughes)->workStatus, "employed_struggling");
    referral["workStatus"] = "self_employed";
    ASSERT_TRUE(records().create("referral", hughes, referral).isOk());
    EXPECT_EQ(row(hughes)->workStatus, "self_employed") << "the latest referral wins";

    RTW_ASSERT_OK(records().update(hughes, {{"status", "active"}}));
    EXPECT_EQ(row(hughes)->status, "active");

    RTW_ASSERT_OK(records().remove(client.id));
    EXPECT_EQ(row(hughes)->familyName, "") << "a deleted client leaves the row nameless";

    RTW_ASSERT_OK(records().remove(okafor));
    EXPECT_FALSE(row(okafor).has_value()) << "a deleted case leaves the caseload";
    EXPECT_EQ(records().caseload({})->size(), 2u);
}

TEST_F(Search, AcknowledgedChangesNoLongerCountAsPending) {
    auto entries = records().pendingOutbox(100);
    std::vector<std::string> ids;
    for (const auto& e : *entries) ids.push_back(e.opId);
    RTW_ASSERT_OK(records().acknowledge(ids));
    auto rows = records().caseload({});
    ASSERT_TRUE(rows.isOk());
    ASSERT_EQ(rows->size(), 3u);
    for (const auto& row : *rows) EXPECT_EQ(row.pendingChanges, 0);
}

}  // namespace
}  // namespace rtw::testing

namespace rtw::store {
namespace {

TEST(NameCollation, FoldsCaseAndLatinAccents) {
    EXPECT_EQ(foldForSorting("Åström"), "astrom");
    EXPECT_EQ(foldForSorting("ZOË"), "zoe");
    EXPECT_EQ(foldForSorting("Łukasz Żółć"), "lukasz zolc");
    EXPECT_EQ(foldForSorting("Ó Súilleabháin"), "o suilleabhain");
    EXPECT_EQ(foldForSorting("Иван"), "Иван") << "other scripts are left as they are";
}

}  // namespace
}  // namespace rtw::store
