#include "server/db/sql_database.h"

#include <charconv>

#include "server/db/sqlite_database.h"
#include "util/clock.h"

namespace rtw::server::db {

// In postgres_database.cpp.
Result<std::unique_ptr<SqlDatabase>> openPostgres(const std::string& url, int connections);

const std::string& SqlRow::text(std::size_t i) const {
    static const std::string kEmpty;
    const auto& c = columns.at(i);
    return c ? *c : kEmpty;
}

std::int64_t SqlRow::integer(std::size_t i) const {
    const auto& c = columns.at(i);
    if (!c) return 0;
    std::int64_t v = 0;
    std::from_chars(c->data(), c->data() + c->size(), v);
    return v;
}

Status SqlTx::exec(std::string_view sql, const SqlParams& params) {
    auto rows = query(sql, params);
    return rows ? Status::ok() : rows.status();
}

Result<std::optional<SqlRow>> SqlTx::queryOne(std::string_view sql, const SqlParams& params) {
    auto rows = query(sql, params);
    if (!rows) return rows.status();
    if (rows->empty()) return std::optional<SqlRow>();
    return std::optional<SqlRow>(std::move(rows->front()));
}

Status migrate(SqlDatabase& db, const std::vector<SqlMigration>& migrations) {
    // The bookkeeping table itself is created idempotently by every server.
    if (Status s = db.transact(TxMode::Write, [](SqlTx& tx) {
            if (Status l = tx.lock(SqlLock::Schema); !l) return l;
            return tx.exec(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version BIGINT PRIMARY KEY, description TEXT NOT NULL, applied_ms BIGINT NOT "
                "NULL)");
        });
        !s)
        return s.withContext("preparing the server database");
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    for (const auto& m : migrations) {
        Status s = db.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
            if (Status l = tx.lock(SqlLock::Schema); !l) return l;
            auto current = tx.queryOne("SELECT coalesce(max(version), 0) FROM schema_migrations");
            if (!current) return current.status();
            const std::int64_t have = (*current)->integer(0);
            if (have > newest)
                return Status::error(ErrorCode::Unsupported,
                                     "this database was written by a newer rtw-server (schema " +
                                         std::to_string(have) + "); run that version or newer");
            if (have >= m.version) return Status::ok();
            if (Status d = tx.script(m.sql); !d) return d;
            return tx.exec(
                "INSERT INTO schema_migrations (version, description, applied_ms) "
                "VALUES ($1, $2, $3)",
                {std::int64_t{m.version}, std::string(m.description),
                 SystemClock::instance().nowMs()});
        });
        if (!s) {
            if (s.code() == ErrorCode::Unsupported) return s;
            return s.withContext("upgrading the server database to version " +
                                 std::to_string(m.version));
        }
    }
    return Status::ok();
}

Result<std::unique_ptr<SqlDatabase>> openDatabase(const std::string& url, int connections,
                                                  const std::string& sqliteKeyFile) {
    if (url.rfind("sqlite:", 0) == 0)
        return openSqlite(url.substr(7), connections, sqliteKeyFile);
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
        return openPostgres(url, connections);
    return Status::invalid(
        {{"db", "must be sqlite:PATH or a postgresql://user@host/database URL"}});
}

}  // namespace rtw::server::db
