// The SqlDatabase contract, run against every backend: what the stores above
// it rely on must hold the same on SQLite and on PostgreSQL.
//
// Backends come from tests/server/backend_fixture.h.

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "backend_fixture.h"
#include "server/db/postgres_database.h"
#include "server/db/sql_database.h"

namespace rtw::server::db {
namespace {

using namespace std::chrono_literals;

class SqlFixture : public ::testing::Test, public testing::BackendFixture {
protected:
    void TearDown() override { dropSchema(); }

    std::unique_ptr<SqlDatabase> open(int connections = 4) {
        auto db = openDatabase(url_, connections);
        EXPECT_TRUE(db) << db.status().message();
        return db ? std::move(*db) : nullptr;
    }

    static Status run(SqlDatabase& db, std::string_view sql, const SqlParams& params = {}) {
        return db.transact(TxMode::Write, [&](SqlTx& tx) { return tx.exec(sql, params); });
    }

    static SqlRows select(SqlDatabase& db, std::string_view sql, const SqlParams& params = {}) {
        SqlRows rows;
        Status s = db.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
            auto r = tx.query(sql, params);
            if (!r) return r.status();
            rows = std::move(*r);
            return Status::ok();
        });
        EXPECT_TRUE(s) << s.message();
        return rows;
    }

    static std::int64_t count(SqlDatabase& db, const std::string& table) {
        auto rows = select(db, "SELECT count(*) FROM " + table);
        return rows.empty() ? -1 : rows[0].integer(0);
    }
};

class SqlDatabaseTest : public SqlFixture, public ::testing::WithParamInterface<std::string> {
protected:
    void SetUp() override { setUpBackend(GetParam()); }
};

constexpr const char* kPeople =
    "CREATE TABLE people (id BIGINT PRIMARY KEY, name TEXT, score BIGINT)";

TEST_P(SqlDatabaseTest, NamesItsBackendAndAnswersPing) {
    auto db = open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->backend(), GetParam());
    Status s = db->ping();
    EXPECT_TRUE(s) << s.message();
}

TEST_P(SqlDatabaseTest, ValuesRoundTripIncludingNullNonAsciiAndQuotes) {
    auto db = open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    const std::string tricky = "Zoë O'Brien said \"hello\"; -- $1 ' ? \\ 日本語 🙂";
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const std::int64_t small = std::numeric_limits<std::int64_t>::min();
    Status s = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        const char* insert = "INSERT INTO people (id, name, score) VALUES ($1, $2, $3)";
        if (Status e = tx.exec(insert, {std::int64_t{1}, tricky, big}); !e) return e;
        if (Status e = tx.exec(insert, {std::int64_t{2}, nullptr, small}); !e) return e;
        if (Status e = tx.exec(insert, {std::int64_t{3}, std::string(), nullptr}); !e) return e;
        return tx.exec(insert, {std::int64_t{4}, std::string("plain"), std::int64_t{-7}});
    });
    ASSERT_TRUE(s) << s.message();

    auto rows = select(*db, "SELECT id, name, score FROM people ORDER BY id");
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].integer(0), 1);
    EXPECT_EQ(rows[0].text(1), tricky);
    EXPECT_EQ(rows[0].integer(2), big);
    EXPECT_TRUE(rows[1].isNull(1));
    EXPECT_EQ(rows[1].text(1), "");
    EXPECT_EQ(rows[1].optionalText(1), std::nullopt);
    EXPECT_EQ(rows[1].integer(2), small);
    EXPECT_FALSE(rows[2].isNull(1));  // empty text is not NULL
    EXPECT_EQ(rows[2].text(1), "");
    EXPECT_TRUE(rows[2].isNull(2));
    EXPECT_EQ(rows[3].text(1), "plain");
    EXPECT_EQ(rows[3].integer(2), -7);

    // Parameters in WHERE, and text that looks like SQL stays text.
    auto found = select(*db, "SELECT id FROM people WHERE name = $1", {tricky});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].integer(0), 1);
    auto none = select(*db, "SELECT id FROM people WHERE id = $1", {std::int64_t{99}});
    EXPECT_TRUE(none.empty());
}

TEST_P(SqlDatabaseTest, CommitsOnOkAndRollsBackWhenWorkFails) {
    auto db = open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));

    Status failed = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        if (Status e = tx.exec("INSERT INTO people (id, name) VALUES (1, 'a')"); !e) return e;
        if (Status e = tx.exec("INSERT INTO people (id, name) VALUES (2, 'b')"); !e) return e;
        return Status::error(ErrorCode::NotAllowed, "changed my mind");
    });
    EXPECT_EQ(failed.code(), ErrorCode::NotAllowed);
    EXPECT_EQ(failed.message(), "changed my mind");
    EXPECT_EQ(count(*db, "people"), 0);

    Status ok = db->transact(TxMode::Write, [&](SqlTx& tx) {
        return tx.exec("INSERT INTO people (id, name) VALUES (1, 'a')");
    });
    ASSERT_TRUE(ok) << ok.message();
    EXPECT_EQ(count(*db, "people"), 1);

    // Committed data is visible to a second connection of a new pool.
    db.reset();
    auto again = open(2);
    ASSERT_TRUE(again);
    EXPECT_EQ(count(*again, "people"), 1);
}

TEST_P(SqlDatabaseTest, DuplicateKeyIsAlreadyExistsAndRollsBack) {
    auto db = open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    ASSERT_TRUE(run(*db, "INSERT INTO people (id, name) VALUES ($1, $2)",
                    {std::int64_t{1}, std::string("first")}));

    Status s = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        if (Status e = tx.exec("INSERT INTO people (id, name) VALUES (2, 'second')"); !e) return e;
        return tx.exec("INSERT INTO people (id, name) VALUES ($1, $2)",
                       {std::int64_t{1}, std::string("again")});
    });
    EXPECT_EQ(s.code(), ErrorCode::AlreadyExists) << s.message();
    auto rows = select(*db, "SELECT id, name FROM people ORDER BY id");
    ASSERT_EQ(rows.size(), 1u);  // id 2 rolled back with it
    EXPECT_EQ(rows[0].text(1), "first");

    // Work that swallows the error still cannot commit half a transaction
    // on PostgreSQL; on SQLite the statement alone failed. Either way the
    // duplicate was not written.
    Status swallowed = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        (void)tx.exec("INSERT INTO people (id, name) VALUES (1, 'dup')");
        return Status::ok();
    });
    (void)swallowed;
    rows = select(*db, "SELECT name FROM people WHERE id = 1");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].text(0), "first");

    // ON CONFLICT is the portable way to tolerate a duplicate.
    Status upsert = run(*db,
                        "INSERT INTO people (id, name) VALUES ($1, $2) "
                        "ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                        {std::int64_t{1}, std::string("updated")});
    ASSERT_TRUE(upsert) << upsert.message();
    rows = select(*db, "SELECT name FROM people WHERE id = 1");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].text(0), "updated");
}

const std::vector<SqlMigration> kMigrations = {
    {1, "people", "CREATE TABLE people (id BIGINT PRIMARY KEY, name TEXT NOT NULL)"},
    {2, "scores and a first person",
     "CREATE TABLE scores (person BIGINT NOT NULL, score BIGINT NOT NULL);\n"
     "CREATE INDEX scores_by_person ON scores (person);\n"
     "INSERT INTO people (id, name) VALUES (1, 'from migration 2');"},
    {3, "a second person", "INSERT INTO people (id, name) VALUES (2, 'from migration 3');"},
};

TEST_P(SqlDatabaseTest, MigrateAppliesInOrderOnceAndRefusesNewerSchemas) {
    {
        auto db = open();
        ASSERT_TRUE(db);
        Status s = migrate(*db, kMigrations);
        ASSERT_TRUE(s) << s.message();
        auto applied = select(*db, "SELECT version, description FROM schema_migrations ORDER BY 1");
        ASSERT_EQ(applied.size(), 3u);
        EXPECT_EQ(applied[0].integer(0), 1);
        EXPECT_EQ(applied[1].text(1), "scores and a first person");
        EXPECT_EQ(applied[2].integer(0), 3);
        EXPECT_EQ(count(*db, "people"), 2);
        EXPECT_EQ(count(*db, "scores"), 0);
        ASSERT_TRUE(run(*db, "INSERT INTO scores (person, score) VALUES (1, 42)"));
    }
    {
        // Reopened: nothing runs twice (the INSERTs would fail on the key).
        auto db = open();
        ASSERT_TRUE(db);
        Status s = migrate(*db, kMigrations);
        ASSERT_TRUE(s) << s.message();
        EXPECT_EQ(count(*db, "schema_migrations"), 3);
        EXPECT_EQ(count(*db, "people"), 2);
        EXPECT_EQ(count(*db, "scores"), 1);
    }
    {
        // An older server meets this database: refused, nothing touched.
        auto db = open();
        ASSERT_TRUE(db);
        const std::vector<SqlMigration> older(kMigrations.begin(), kMigrations.begin() + 2);
        Status s = migrate(*db, older);
        EXPECT_EQ(s.code(), ErrorCode::Unsupported) << s.message();
        EXPECT_EQ(count(*db, "schema_migrations"), 3);
        EXPECT_EQ(count(*db, "people"), 2);
        EXPECT_EQ(count(*db, "scores"), 1);
    }
}

TEST_P(SqlDatabaseTest, ReturningGivesTheWrittenRows) {
    auto db = open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    SqlRows inserted, updated;
    Status s = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto r = tx.query(
            "INSERT INTO people (id, name, score) VALUES ($1, $2, $3) "
            "RETURNING id, name, score",
            {std::int64_t{5}, std::string("Ana"), std::int64_t{10}});
        if (!r) return r.status();
        inserted = std::move(*r);
        auto u = tx.query("UPDATE people SET score = score + $1 WHERE id = $2 RETURNING score",
                          {std::int64_t{32}, std::int64_t{5}});
        if (!u) return u.status();
        updated = std::move(*u);
        return Status::ok();
    });
    ASSERT_TRUE(s) << s.message();
    ASSERT_EQ(inserted.size(), 1u);
    EXPECT_EQ(inserted[0].integer(0), 5);
    EXPECT_EQ(inserted[0].text(1), "Ana");
    EXPECT_EQ(inserted[0].integer(2), 10);
    ASSERT_EQ(updated.size(), 1u);
    EXPECT_EQ(updated[0].integer(0), 42);

    // queryOne: first row or nothing.
    Status q = db->transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto one = tx.queryOne("SELECT name FROM people WHERE id = $1", {std::int64_t{5}});
        if (!one) return one.status();
        EXPECT_TRUE(one->has_value());
        if (*one) {
            EXPECT_EQ((*one)->text(0), "Ana");
        }
        auto missing = tx.queryOne("SELECT name FROM people WHERE id = $1", {std::int64_t{6}});
        if (!missing) return missing.status();
        EXPECT_FALSE(missing->has_value());
        return Status::ok();
    });
    EXPECT_TRUE(q) << q.message();
}

TEST_P(SqlDatabaseTest, ConcurrentIncrementsUnderTheChangeLogLockAreNotLost) {
    auto db = open(4);  // fewer connections than threads: borrowers wait
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)"));
    ASSERT_TRUE(run(*db, "INSERT INTO counter (id, n) VALUES (1, 0)"));

    constexpr int kThreads = 8;
    constexpr int kEach = 25;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < kEach; ++i) {
                Status s = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
                    if (Status l = tx.lock(SqlLock::ChangeLog); !l) return l;
                    auto row = tx.queryOne("SELECT n FROM counter WHERE id = 1");
                    if (!row) return row.status();
                    // Read, then write back: only the lock keeps this from losing updates.
                    return tx.exec("UPDATE counter SET n = $1 WHERE id = 1",
                                   {(*row)->integer(0) + 1});
                });
                if (!s) {
                    ++failures;
                    ADD_FAILURE() << s.message();
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(failures.load(), 0);
    auto rows = select(*db, "SELECT n FROM counter WHERE id = 1");
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].integer(0), kThreads * kEach);
}

TEST_P(SqlDatabaseTest, ErrorMessagesNeverContainParameterValues) {
    auto db = open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db,
                    "CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL, "
                    "n BIGINT NOT NULL CHECK (n >= 0))"));
    const std::string secretId = "patient-9434765919-depression";
    const std::string secretBody = "diagnosed with severe depression after redundancy";
    ASSERT_TRUE(
        run(*db, "INSERT INTO notes (id, body, n) VALUES ($1, $2, 1)", {secretId, secretBody}));

    auto expectClean = [&](const Status& s, const char* what) {
        ASSERT_FALSE(s) << what << " should fail";
        EXPECT_EQ(s.message().find(secretId), std::string::npos) << what << ": " << s.message();
        EXPECT_EQ(s.message().find(secretBody), std::string::npos) << what << ": " << s.message();
        EXPECT_EQ(s.message().find("9434765919"), std::string::npos) << what << ": " << s.message();
        EXPECT_EQ(s.message().find("depression"), std::string::npos) << what << ": " << s.message();
    };
    Status dup =
        run(*db, "INSERT INTO notes (id, body, n) VALUES ($1, $2, 1)", {secretId, secretBody});
    EXPECT_EQ(dup.code(), ErrorCode::AlreadyExists);
    expectClean(dup, "duplicate key");
    expectClean(run(*db, "INSERT INTO notes (id, body, n) VALUES ($1, NULL, 1)", {secretId + "-2"}),
                "not null");
    expectClean(run(*db, "INSERT INTO notes (id, body, n) VALUES ($1, $2, -5)",
                    {secretId + "-3", secretBody}),
                "check constraint");
    expectClean(
        run(*db, "INSERT INTO no_such_table (id, body) VALUES ($1, $2)", {secretId, secretBody}),
        "missing table");
    if (GetParam() == "postgresql") {
        // PostgreSQL types are strict and quote the bad value in its message.
        expectClean(run(*db, "INSERT INTO notes (id, body, n) VALUES ($1, $2, $3)",
                        {secretId + "-4", secretBody, std::string("depression")}),
                    "bad integer");
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, SqlDatabaseTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

// What only PostgreSQL does: several processes, restarts, deadlocks.
class PostgresSqlDatabaseTest : public SqlFixture {
protected:
    void SetUp() override { setUpBackend("postgresql"); }
};

TEST_F(PostgresSqlDatabaseTest, ReconnectsAfterTheServerDropsItsConnections) {
    auto db = open(2);
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    // As a server restart does: every connection of this pool is killed.
    auto killed = select(*admin_,
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE application_name = $1",
                         {schema_});
    EXPECT_EQ(killed.size(), 2u);
    for (int i = 0; i < 3; ++i) {
        Status s = run(*db, "INSERT INTO people (id, name) VALUES ($1, 'x')", {std::int64_t{i}});
        EXPECT_TRUE(s) << s.message();
    }
    EXPECT_EQ(count(*db, "people"), 3);
}

TEST_F(PostgresSqlDatabaseTest, DeadlockedTransactionsAreRetried) {
    auto db = open(2);
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    ASSERT_TRUE(run(*db, "INSERT INTO people (id, name, score) VALUES (1, 'a', 0), (2, 'b', 0)"));
    // Each takes one row, waits until the other has its row, then takes the
    // other's: PostgreSQL kills one of them (40P01), which must be rerun.
    std::atomic<int> holding{0};
    std::atomic<int> runs{0};
    auto worker = [&](std::int64_t first, std::int64_t second) {
        return [&, first, second] {
            bool firstRun = true;
            Status s = db->transact(TxMode::Write, [&](SqlTx& tx) -> Status {
                ++runs;
                if (Status e =
                        tx.exec("UPDATE people SET score = score + 1 WHERE id = $1", {first});
                    !e)
                    return e;
                if (firstRun) {
                    firstRun = false;
                    ++holding;
                    const auto until = std::chrono::steady_clock::now() + 5s;
                    while (holding.load() < 2 && std::chrono::steady_clock::now() < until)
                        std::this_thread::sleep_for(1ms);
                }
                return tx.exec("UPDATE people SET score = score + 1 WHERE id = $1", {second});
            });
            EXPECT_TRUE(s) << s.message();
        };
    };
    std::thread a(worker(1, 2));
    std::thread b(worker(2, 1));
    a.join();
    b.join();
    EXPECT_GE(runs.load(), 3);
    auto rows = select(*db, "SELECT score FROM people ORDER BY id");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].integer(0), 2);
    EXPECT_EQ(rows[1].integer(0), 2);
}

TEST_F(PostgresSqlDatabaseTest, DdlNoticesStayOffStderr) {
    auto db = open(1);
    ASSERT_TRUE(db);
    ASSERT_TRUE(run(*db, kPeople));
    ::testing::internal::CaptureStderr();
    Status s = run(*db, "CREATE TABLE IF NOT EXISTS people (id BIGINT PRIMARY KEY)");
    const std::string err = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(s) << s.message();
    EXPECT_EQ(err, "");
}

// Needs no server: nothing listens in that folder.
TEST(PostgresOpenTest, ConnectionFailureNamesTheDatabaseButNotThePassword) {
    auto db = openPostgres(
        "postgresql://someone:hunter2secret@/nodb?host=/nonexistent-rtw-dir&connect_timeout=2", 1);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.status().code(), ErrorCode::Io);
    EXPECT_NE(db.status().message().find("nodb"), std::string::npos) << db.status().message();
    EXPECT_NE(db.status().message().find("/nonexistent-rtw-dir"), std::string::npos)
        << db.status().message();
    EXPECT_EQ(db.status().message().find("hunter2secret"), std::string::npos)
        << db.status().message();
}

}  // namespace
}  // namespace rtw::server::db
