#pragma once
// The server's database, behind one small interface so every store (accounts,
// sessions, records, audit) is written ONCE in portable SQL and runs on both
// backends: SQLite (embedded default, one machine) and PostgreSQL (several
// stateless server processes on one database).
//
// Portable SQL here means: placeholders $1..$n, types TEXT and BIGINT only
// (JSON is TEXT, booleans are 0/1), INSERT ... ON CONFLICT, RETURNING. No
// AUTOINCREMENT/SERIAL: the code assigns ids and sequence numbers itself.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/status.h"

namespace rtw::server::db {

/// A bound parameter: NULL, an integer or text.
using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string>;
using SqlParams = std::vector<SqlParam>;

/// One result row; every column as text (NULL = nullopt), as both backends
/// can deliver it.
struct SqlRow {
    std::vector<std::optional<std::string>> columns;

    bool isNull(std::size_t i) const { return !columns.at(i).has_value(); }
    /// The column's text; empty for NULL.
    const std::string& text(std::size_t i) const;
    /// The column as an integer; 0 for NULL.
    std::int64_t integer(std::size_t i) const;
    std::optional<std::string> optionalText(std::size_t i) const { return columns.at(i); }
};
using SqlRows = std::vector<SqlRow>;

/// Application-level locks held until the transaction ends. PostgreSQL takes
/// an advisory lock, so they hold across server processes; SQLite's write
/// transactions are already exclusive, so there they cost nothing.
enum class SqlLock : std::int64_t {
    Schema = 1,     ///< migrations: one process upgrades, the others wait
    ChangeLog = 2,  ///< assigning sequence numbers: commit order = sequence order
};

/// One open transaction.
class SqlTx {
public:
    virtual ~SqlTx() = default;
    /// Runs one statement and returns its rows (none for statements without
    /// RETURNING). A unique-constraint violation is AlreadyExists; other
    /// failures are Io ("the database ...") with no parameter values in them.
    virtual Result<SqlRows> query(std::string_view sql, const SqlParams& params = {}) = 0;
    /// Runs a script of several statements without parameters (migrations).
    virtual Status script(std::string_view sql) = 0;
    virtual Status lock(SqlLock which) = 0;

    Status exec(std::string_view sql, const SqlParams& params = {});
    /// The first row, or nullopt when there is none.
    Result<std::optional<SqlRow>> queryOne(std::string_view sql, const SqlParams& params = {});
};

enum class TxMode { Read, Write };

class SqlDatabase {
public:
    virtual ~SqlDatabase() = default;
    /// "sqlite" or "postgresql".
    virtual std::string_view backend() const = 0;
    /// Runs `work` in one transaction: committed when it returns OK, rolled
    /// back otherwise (its error is returned). When the database reports a
    /// transient failure (serialisation failure, deadlock, busy) the whole
    /// transaction is retried a few times, so `work` may run more than once
    /// and must rebuild any state it fills in outside the database.
    virtual Status transact(TxMode mode, const std::function<Status(SqlTx&)>& work) = 0;
    /// OK when the database answers a trivial query.
    virtual Status ping() = 0;
};

/// One step of the server schema.
struct SqlMigration {
    int version;
    const char* description;
    const char* sql;  ///< portable DDL, may hold several statements
};

/// Applies the migrations not yet recorded in `schema_migrations`, each in
/// its own transaction under SqlLock::Schema (so two servers starting at once
/// do not both upgrade). A database from a newer server is refused unchanged.
Status migrate(SqlDatabase& db, const std::vector<SqlMigration>& migrations);

/// Opens the database a `--db` value names: "sqlite:PATH" or
/// "postgresql://..." (also "postgres://"). `connections` is the pool size;
/// `sqliteKeyFile` overrides where an SQLite database's key file lives.
Result<std::unique_ptr<SqlDatabase>> openDatabase(const std::string& url, int connections,
                                                  const std::string& sqliteKeyFile = {});

}  // namespace rtw::server::db
