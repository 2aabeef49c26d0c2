#include "store_test_support.h"

#include <fstream>
#include <random>
#include <sstream>

#include "crypto/key_vault.h"
#include "util/random_id.h"

namespace rtw::testing {

TempDir::TempDir() {
    path_ = std::filesystem::temp_directory_path() / ("rtw-test-" + newUuid());
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

store::StoreOptions testOptions() {
    store::StoreOptions o;
    o.kdf = crypto::KdfParams::minimumForTests();
    return o;
}

nlohmann::json caseFields() {
    return {{"practiceId", "P81001"},
            {"adviserId", "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11"},
            {"status", "awaiting_first_contact"},
            {"openedOn", "2026-03-02"}};
}

nlohmann::json clientFields(const std::string& given, const std::string& family) {
    return {{"givenName", given},
            {"familyName", family},
            {"dateOfBirth", "1984-07-19"},
            {"nhsNumber", "9434765919"}};
}

nlohmann::json noteFields(const std::string& text, const std::string& deviceId) {
    return {{"kind", "note"},
            {"text", text},
            {"authorId", "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11"},
            {"deviceId", deviceId},
            {"writtenAt", "2026-03-02T10:15:00Z"},
            {"sharedWithPatient", false}};
}

std::string addCaseWithClient(store::RecordStore& records, const std::string& given,
                              const std::string& family) {
    auto caseId = records.create("case", "", caseFields());
    EXPECT_TRUE(caseId.isOk()) << caseId.status().message();
    if (!caseId) return {};
    auto client = records.create("client", *caseId, clientFields(given, family));
    EXPECT_TRUE(client.isOk()) << client.status().message();
    return *caseId;
}

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace rtw::testing
