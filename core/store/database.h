#pragma once
// A thin RAII layer over one SQLCipher connection: open with a raw key,
// prepared statements, transactions, and SQLite errors turned into Status.
// It knows nothing of records; see RecordStore for that.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "crypto/secure_key.h"
#include "util/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace rtw::store {

class Statement;

/// One connection. Not thread-safe by itself: every user that may run on
/// another thread (RecordStore, SyncStore) holds mutex() for each call, so
/// the UI thread and the sync worker can share one open store.
class Database {
public:
    /// Opens (creating if asked) and keys the file. A null key opens it as plain
    /// SQLite — used only by the benchmark that measures encryption overhead.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path,
                                                  const crypto::SecureKey* key, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /// A prepared statement kept for reuse (hot paths); reset before returning.
    Result<Statement*> cached(const std::string& sql);
    /// A single integer from a query such as "PRAGMA user_version".
    Result<std::int64_t> queryInt(std::string_view sql);

    /// Every row of a check pragma joined, or empty when it reports "ok".
    Result<std::string> checkPragma(std::string_view sql);

    /// Never checkpoint the WAL into the main file on close; used when a file
    /// failed verification, so a damaged file is left exactly as it was found.
    void leaveUntouchedOnClose(bool untouched = true);

    sqlite3* handle() { return db_; }
    /// Held by every RecordStore / SyncStore call; recursive so a batch of
    /// writes (inTransaction) can call the single-write methods.
    std::recursive_mutex& mutex() { return mutex_; }
    /// Closes the connection now (remote wipe, sign-out); every later call
    /// fails with "the data is closed".
    void close();
    bool isOpen() const { return db_ != nullptr; }
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    bool inTransaction() const;
    Status lastError(std::string_view what) const;

private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
    std::recursive_mutex mutex_;
};

/// A prepared statement; bind by 1-based index, step, read columns.
class Statement {
public:
    Statement(Statement&& o) noexcept;
    Statement& operator=(Statement&& o) noexcept;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bindNull(int index);
    /// Runs one step. Result: true when a row is available, false when done.
    Result<bool> step();
    /// step() expecting no rows; then resets so the statement can run again.
    Status run();
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    Database* db_;
    sqlite3_stmt* stmt_;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() succeeded.
/// Nested inside another transaction it becomes a SAVEPOINT, so a batch of
/// writes can share one durable commit while each write stays all-or-nothing.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    const Status& begun() const { return begun_; }
    Status commit();

private:
    Database& db_;
    bool nested_;
    Status begun_;
    bool done_ = false;
};

}  // namespace rtw::store
