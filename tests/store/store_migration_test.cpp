// Schema migrations, each run from a real file written at the previous version.
#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using store::Store;

constexpr const char* kFixturePasscode = "fixture passcode";

class MigrateFrom : public ::testing::TestWithParam<int> {};

TEST_P(MigrateFrom, OldFileOpensUpgradedWithItsDataIntact) {
    TempDir dir;
    const fs::path fixture = fs::path(RTW_TEST_DATA_DIR) / ("store-v" + std::to_string(GetParam()));
    ASSERT_TRUE(fs::exists(fixture / "rtw.db")) << fixture;
    fs::copy(fixture, dir.path(), fs::copy_options::recursive);
    FakeClock clock;
    {
        // Confirm the fixture really is at the old version before we upgrade it.
        auto key =
            crypto::KeyVault(dir.path() / "rtw.key", clock, crypto::KdfParams::minimumForTests())
                .unlock(kFixturePasscode);
        ASSERT_TRUE(key.isOk()) << key.status().message();
        auto db = store::Database::open(dir.path() / "rtw.db", &*key, false);
        ASSERT_TRUE(db.isOk());
        EXPECT_EQ(*(*db)->queryInt("PRAGMA user_version"), GetParam());
    }
    auto s = Store::open(dir.path(), kFixturePasscode, clock, testOptions());
    ASSERT_TRUE(s.isOk()) << s.status().message();
    EXPECT_EQ((*s)->schemaVersion(), store::currentSchemaVersion());
    RTW_EXPECT_OK((*s)->verify());
    auto& r = (*s)->records();
    EXPECT_EQ((*s)->deviceId(), "0b6f3c2e-1111-4aaa-8bbb-000000000001");
    auto client = r.get("c1000000-0000-4000-8000-000000000001");
    ASSERT_TRUE(client.isOk());
    EXPECT_EQ(client->fields["familyName"], "Okafor");
    // v2: search was built from the rows already there.
    EXPECT_EQ(r.search("okafor", "client")->size(), 1u);
    EXPECT_EQ(r.search("phased", "case_note")->size(), 1u);
    // v6: sync tables; the unused v3 conflicts table is gone; queued changes
    // have (empty) base HLCs and records are full views.
    EXPECT_FALSE((*s)->database().queryInt("SELECT count(*) FROM conflicts").isOk());
    EXPECT_EQ(*(*s)->sync().cursor(), "0");
    EXPECT_EQ((*s)->sync().counts()->rejected, 0);
    EXPECT_TRUE(r.pendingOutbox(1)->front().baseHlcs.empty());
    EXPECT_EQ(client->view, "full");
    // v5: the caseload summary was built from the rows already there.
    auto caseload = r.caseload({});
    ASSERT_TRUE(caseload.isOk()) << caseload.status().message();
    ASSERT_EQ(caseload->size(), 1u);
    EXPECT_EQ((*caseload)[0].familyName, "Okafor");
    EXPECT_EQ((*caseload)[0].status, "active");
    EXPECT_EQ((*caseload)[0].pendingChanges, 1);
    // Queued changes survived and new writes work and are found.
    EXPECT_EQ(*r.pendingCount(), 1);
    auto note = r.create("case_note", "c0000000-0000-4000-8000-000000000001",
                         noteFields("First note after the upgrade.", (*s)->deviceId()));
    ASSERT_TRUE(note.isOk()) << note.status().message();
    EXPECT_EQ(r.search("upgrade", "case_note")->size(), 1u);
    EXPECT_GT(r.pendingOutbox(10)->back().hlc, "019c8a000000-0002")
        << "HLC resumes past stored writes";
}

INSTANTIATE_TEST_SUITE_P(StoreMigration, MigrateFrom, ::testing::Values(1, 2, 3, 4, 5));

TEST(StoreMigration, EveryVersionBeforeCurrentHasAFixture) {
    for (const auto& m : store::migrations()) {
        if (m.version == store::currentSchemaVersion()) continue;
        EXPECT_TRUE(fs::exists(fs::path(RTW_TEST_DATA_DIR) /
                               ("store-v" + std::to_string(m.version)) / "rtw.db"))
            << "add a fixture for schema v" << m.version << " with make_store_fixture";
    }
}

TEST(StoreMigration, FileFromNewerAppIsRefusedAndUntouched) {
    TempDir dir;
    FakeClock clock;
    {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk());
        RTW_ASSERT_OK((*s)->database().exec("PRAGMA user_version = 99"));
    }
    const std::string before = fileBytes(dir.path() / "rtw.db");
    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_FALSE(s.isOk());
    EXPECT_EQ(s.status().code(), ErrorCode::Unsupported);
    EXPECT_NE(s.status().message().find("update the app"), std::string::npos);
    EXPECT_EQ(fileBytes(dir.path() / "rtw.db"), before);
}

TEST(StoreMigration, MigrationsAreNumberedInOrder) {
    int expected = 1;
    for (const auto& m : store::migrations()) EXPECT_EQ(m.version, expected++);
}

}  // namespace
}  // namespace rtw::testing
