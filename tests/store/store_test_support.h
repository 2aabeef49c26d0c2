#pragma once
// Shared helpers for the store tests: a private temp folder per test, a
// store made with test-speed key derivation, and valid example records.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "util/clock.h"

namespace rtw::testing {

/// A fresh folder under the system temp dir, removed afterwards.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

inline constexpr const char* kPasscode = "correct horse 42";

/// Minimum Argon2id cost: unit tests check behaviour, not KDF strength.
store::StoreOptions testOptions();

/// The Status of a Status or a Result, copied (so temporaries are safe).
inline Status statusOf(const Status& s) {
    return s;
}
template <typename T>
Status statusOf(const Result<T>& r) {
    return r.status();
}

/// Fails the test (with the message) unless the status or result is OK.
#define RTW_ASSERT_OK(expr)                                              \
    do {                                                                 \
        const ::rtw::Status rtw_s_ = ::rtw::testing::statusOf(expr);     \
        ASSERT_TRUE(rtw_s_.isOk()) << #expr << ": " << rtw_s_.message(); \
    } while (0)
#define RTW_EXPECT_OK(expr)                                              \
    do {                                                                 \
        const ::rtw::Status rtw_s_ = ::rtw::testing::statusOf(expr);     \
        EXPECT_TRUE(rtw_s_.isOk()) << #expr << ": " << rtw_s_.message(); \
    } while (0)

nlohmann::json caseFields();
nlohmann::json clientFields(const std::string& given = "Amira",
                            const std::string& family = "Okafor");
nlohmann::json noteFields(const std::string& text, const std::string& deviceId);

/// Creates a case with a client; returns the case id.
std::string addCaseWithClient(store::RecordStore& records, const std::string& given,
                              const std::string& family);

/// Every byte of a file (empty if unreadable).
std::string fileBytes(const std::filesystem::path& file);

}  // namespace rtw::testing
