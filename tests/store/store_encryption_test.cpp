// Encryption at rest: no plaintext in any file, wrong passcodes, re-keying,
// and damaged or foreign files reported and left untouched.
#include <gtest/gtest.h>

#include <fstream>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using store::Store;

constexpr const char* kMarker = "Zanzibarquux-marker-7781";

// Each file's name, size and content hash: equal snapshots mean untouched files
// (and a failure prints a short diff, not megabytes of ciphertext).
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string bytes = fileBytes(e.path());
        files[e.path().filename().string()] = std::to_string(bytes.size()) + " bytes, hash " +
                                              std::to_string(std::hash<std::string>{}(bytes));
    }
    return files;
}

void expectNoPlaintext(const fs::path& dir) {
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        ++files;
        const std::string bytes = fileBytes(e.path());
        EXPECT_EQ(bytes.find(kMarker), std::string::npos) << "marker in " << e.path();
        EXPECT_EQ(bytes.find("Okafor"), std::string::npos) << "client name in " << e.path();
        EXPECT_EQ(bytes.find("9434765919"), std::string::npos) << "NHS number in " << e.path();
        EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos)
            << "plain header in " << e.path();
    }
    EXPECT_GE(files, 2);
}

// Writes a store with a marker in a note and a client, then closes it.
void makeStore(const fs::path& dir, const FakeClock& clock) {
    auto s = Store::create(dir, kPasscode, clock, testOptions());
    ASSERT_TRUE(s.isOk()) << s.status().message();
    auto& r = (*s)->records();
    const std::string caseId = addCaseWithClient(r, "Amira", "Okafor");
    for (int i = 0; i < 50; ++i)
        RTW_ASSERT_OK(r.create("case_note", caseId,
                               noteFields(std::string(kMarker) + " pain flare", (*s)->deviceId())));
}

TEST(StoreEncryption, NoPlaintextInAnyFileWhileOpenOrClosed) {
    TempDir dir;
    FakeClock clock;
    auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
    ASSERT_TRUE(s.isOk()) << s.status().message();
    auto& r = (*s)->records();
    const std::string caseId = addCaseWithClient(r, "Amira", "Okafor");
    for (int i = 0; i < 200; ++i)
        RTW_ASSERT_OK(r.create("case_note", caseId,
                               noteFields(std::string(kMarker) + " note", (*s)->deviceId())));
    // The marker really is stored (and searchable) — the check below is not vacuous.
    auto hits = r.search("Zanzibarquux", "case_note");
    ASSERT_TRUE(hits.isOk());
    EXPECT_EQ(hits->size(), 50u);   // search is capped at its default limit
    expectNoPlaintext(dir.path());  // WAL and SHM included while open
    s->reset();
    expectNoPlaintext(dir.path());
}

TEST(StoreEncryption, TempStoreIsMemoryAndNoStrayFiles) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_TRUE(s.isOk()) << s.status().message();
    auto ts = (*s)->database().queryInt("PRAGMA temp_store");
    ASSERT_TRUE(ts.isOk());
    EXPECT_EQ(*ts, 2) << "temp_store must be MEMORY";
    // A big sort that would spill to a temp file on disk otherwise.
    RTW_ASSERT_OK((*s)->database().exec(
        "CREATE TEMP TABLE big AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
        "WHERE x < 20000) SELECT x, randomblob(200) AS b FROM n; SELECT * FROM big ORDER BY b;"));
    for (const auto& e : fs::directory_iterator(dir.path())) {
        const auto name = e.path().filename().string();
        EXPECT_TRUE(name == "rtw.db" || name == "rtw.db-wal" || name == "rtw.db-shm" ||
                    name == "rtw.key")
            << "unexpected file " << name;
    }
}

TEST(StoreEncryption, WrongPasscodeFailsCleanlyAndChangesNothing) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    const std::string dbBefore = fileBytes(dir.path() / "rtw.db");
    auto s = Store::open(dir.path(), "not the passcode", clock, testOptions());
    ASSERT_FALSE(s.isOk());
    EXPECT_EQ(s.status().code(), ErrorCode::WrongPasscode);
    EXPECT_NE(s.status().message().find("wrong passcode"), std::string::npos);
    EXPECT_EQ(fileBytes(dir.path() / "rtw.db"), dbBefore);
    auto ok = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_TRUE(ok.isOk()) << ok.status().message();
}

TEST(StoreEncryption, ChangePasscodeRewrapsWithoutReencrypting) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    const std::string dbBefore = fileBytes(dir.path() / "rtw.db");
    const std::string keyBefore = fileBytes(dir.path() / "rtw.key");
    RTW_ASSERT_OK(
        Store::changePasscode(dir.path(), kPasscode, "a new passcode 9", clock, testOptions()));
    EXPECT_EQ(fileBytes(dir.path() / "rtw.db"), dbBefore) << "database must not be rewritten";
    EXPECT_NE(fileBytes(dir.path() / "rtw.key"), keyBefore);
    EXPECT_EQ(Store::open(dir.path(), kPasscode, clock, testOptions()).status().code(),
              ErrorCode::WrongPasscode);
    clock.advance(3'600'000);
    auto s = Store::open(dir.path(), "a new passcode 9", clock, testOptions());
    ASSERT_TRUE(s.isOk()) << s.status().message();
    auto hits = (*s)->records().search("Okafor", "client");
    ASSERT_TRUE(hits.isOk());
    EXPECT_EQ(hits->size(), 1u);
}

TEST(StoreEncryption, ChangePasscodeWithWrongOldOrWeakNewChangesNothing) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    EXPECT_EQ(Store::changePasscode(dir.path(), kPasscode, "123", clock, testOptions()).code(),
              ErrorCode::InvalidArgument);
    EXPECT_EQ(
        Store::changePasscode(dir.path(), "wrong one!", "a new passcode 9", clock, testOptions())
            .code(),
        ErrorCode::WrongPasscode);
    clock.advance(3'600'000);
    EXPECT_TRUE(Store::open(dir.path(), kPasscode, clock, testOptions()).isOk());
}

class DamagedFile : public ::testing::TestWithParam<std::string> {};

// Each case damages the database file, then checks open() reports it with a
// clear error and the damaged bytes stay exactly as they were.
TEST_P(DamagedFile, IsReportedAndLeftUntouched) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    const fs::path db = dir.path() / "rtw.db";
    std::string bytes = fileBytes(db);
    ASSERT_GT(bytes.size(), 8192u);
    const std::string kind = GetParam();
    if (kind == "flip-header")
        bytes[20] = static_cast<char>(bytes[20] ^ 0x01);
    else if (kind == "flip-page1")
        bytes[1000] = static_cast<char>(bytes[1000] ^ 0x80);
    else if (kind == "flip-middle")
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
    else if (kind == "flip-last")
        bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 0x01);
    else if (kind == "cut-in-half")
        bytes.resize(bytes.size() / 2);
    else if (kind == "cut-odd")
        bytes.resize(bytes.size() - 1234);
    else if (kind == "empty")
        bytes.clear();
    else if (kind == "random")
        for (auto& c : bytes) c = static_cast<char>((&c - bytes.data()) * 131 % 251);
    std::ofstream(db, std::ios::binary | std::ios::trunc) << bytes;
    const auto before = snapshot(dir.path());

    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_FALSE(s.isOk()) << kind << " was not detected";
    EXPECT_TRUE(s.status().code() == ErrorCode::Corrupt ||
                s.status().code() == ErrorCode::NotOurFile)
        << s.status().message();
    EXPECT_NE(s.status().message().find("left untouched"), std::string::npos)
        << s.status().message();
    EXPECT_EQ(snapshot(dir.path()), before) << "files changed after a failed open";
}

INSTANTIATE_TEST_SUITE_P(StoreEncryption, DamagedFile,
                         ::testing::Values("flip-header", "flip-page1", "flip-middle", "flip-last",
                                           "cut-in-half", "cut-odd", "empty", "random"));

TEST(StoreEncryption, ForeignPlainSqliteFileIsRefusedAndUntouched) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    // Replace the data file with an ordinary unencrypted SQLite database.
    const fs::path db = dir.path() / "rtw.db";
    fs::remove(db);
    {
        auto plain = store::Database::open(db, nullptr, true);
        ASSERT_TRUE(plain.isOk());
        RTW_ASSERT_OK((*plain)->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
    }
    const auto before = snapshot(dir.path());
    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    ASSERT_FALSE(s.isOk());
    EXPECT_EQ(s.status().code(), ErrorCode::NotOurFile) << s.status().message();
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(StoreEncryption, MissingKeyFileIsReported) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    fs::remove(dir.path() / "rtw.key");
    const std::string dbBefore = fileBytes(dir.path() / "rtw.db");
    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    EXPECT_EQ(s.status().code(), ErrorCode::NotOurFile);
    EXPECT_EQ(fileBytes(dir.path() / "rtw.db"), dbBefore);
}

TEST(StoreEncryption, TamperedKeyFileIsReported) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    std::ofstream(dir.path() / "rtw.key", std::ios::trunc)
        << "{\"format\": \"rtw-keyfile\", \"version\": 1}";
    auto s = Store::open(dir.path(), kPasscode, clock, testOptions());
    EXPECT_EQ(s.status().code(), ErrorCode::Corrupt) << s.status().message();
}

TEST(StoreEncryption, CreateRefusesExistingDataAndWeakPasscode) {
    TempDir dir;
    FakeClock clock;
    EXPECT_EQ(Store::create(dir.path(), "12345", clock, testOptions()).status().code(),
              ErrorCode::InvalidArgument);
    makeStore(dir.path(), clock);
    const auto before = snapshot(dir.path());
    EXPECT_EQ(Store::create(dir.path(), kPasscode, clock, testOptions()).status().code(),
              ErrorCode::AlreadyExists);
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(StoreEncryption, WipeRemovesEveryFile) {
    TempDir dir;
    FakeClock clock;
    makeStore(dir.path(), clock);
    RTW_ASSERT_OK(Store::wipe(dir.path()));
    EXPECT_FALSE(Store::exists(dir.path()));
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

}  // namespace
}  // namespace rtw::testing
