#pragma once
// A database URL for each server backend, for tests that must hold on both:
// "sqlite" gives a file in a fresh temp folder; "postgresql" gives a fresh
// schema on the throwaway server scripts/with-postgres starts, dropped again
// at the end, so tests run side by side (ctest -j) on one server.
//
// PostgreSQL needs RTW_TEST_PG_URL (scripts/with-postgres sets it). Without
// it those tests are skipped, unless RTW_REQUIRE_PG is set (scripts/test
// does), when they fail.

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <random>
#include <string>

#include "server/db/postgres_database.h"
#include "server/db/sql_database.h"
#include "temp_dir.h"

namespace rtw::server::testing {

class BackendFixture {
public:
    ~BackendFixture() { dropSchema(); }

    /// Call from SetUp (ASSERT-style: check HasFatalFailure / IsSkipped after).
    void setUpBackend(const std::string& backend) {
        backend_ = backend;
        if (backend == "sqlite") {
            url_ = "sqlite:" + (dir_.path() / "server.db").string();
            return;
        }
        const std::string base = env("RTW_TEST_PG_URL");
        if (base.empty()) {
            if (!env("RTW_REQUIRE_PG").empty())
                FAIL() << "RTW_REQUIRE_PG is set but RTW_TEST_PG_URL is not: run the tests "
                          "under scripts/with-postgres";
            GTEST_SKIP() << "no PostgreSQL: set RTW_TEST_PG_URL (scripts/with-postgres does)";
        }
        schema_ = "rtw_t_" + randomSuffix();
        auto admin = db::openPostgres(base, 1);
        ASSERT_TRUE(admin) << admin.status().message();
        admin_ = std::move(*admin);
        Status s = admin_->transact(
            db::TxMode::Write, [&](db::SqlTx& tx) { return tx.exec("CREATE SCHEMA " + schema_); });
        ASSERT_TRUE(s) << s.message();
        // Every connection of the database under test works in that schema
        // and is findable by its application name.
        url_ = base + (base.find('?') == std::string::npos ? "?" : "&") +
               "options=-csearch_path%3D" + schema_ + "&application_name=" + schema_;
    }

    void dropSchema() {
        if (!admin_) return;
        Status s = admin_->transact(db::TxMode::Write, [&](db::SqlTx& tx) {
            return tx.exec("DROP SCHEMA " + schema_ + " CASCADE");
        });
        EXPECT_TRUE(s) << s.message();
        admin_.reset();
    }

    const std::string& url() const { return url_; }
    const std::string& backend() const { return backend_; }
    const std::filesystem::path& dir() const { return dir_.path(); }

protected:
    static std::string env(const char* name) {
        const char* v = std::getenv(name);
        return v ? v : "";
    }
    static std::string randomSuffix() {
        std::random_device rd;
        std::string out;
        static constexpr char kHex[] = "0123456789abcdef";
        for (int i = 0; i < 16; ++i) out += kHex[rd() % 16];
        return out;
    }

    std::string backend_;
    TempDir dir_;
    std::string url_;
    std::string schema_;
    std::unique_ptr<db::SqlDatabase> admin_;  // PostgreSQL only: owns the schema
};

/// For INSTANTIATE_TEST_SUITE_P(Backends, X, kBackends, backendName).
inline const auto kBackends = ::testing::Values(std::string("sqlite"), std::string("postgresql"));
inline std::string backendName(const ::testing::TestParamInfo<std::string>& p) {
    return p.param;
}

}  // namespace rtw::server::testing
