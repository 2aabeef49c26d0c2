#pragma once
// SqlDatabase on PostgreSQL (libpq): several stateless rtw-server processes on
// one database. A fixed pool of connections; each transaction borrows one.

#include <memory>
#include <string>

#include "server/db/sql_database.h"

namespace rtw::server::db {

/// Connects `connections` connections (at least 1) to the database a libpq
/// URL or conninfo names, e.g. "postgresql://rtw@db.internal/rtw" or
/// "postgresql:///rtw?host=/run/postgresql". Extra settings go in the URL
/// (e.g. "options=-csearch_path%3Dother_schema"). A connection that breaks
/// (the server restarted) is reconnected on its next use.
Result<std::unique_ptr<SqlDatabase>> openPostgres(const std::string& url, int connections);

}  // namespace rtw::server::db
