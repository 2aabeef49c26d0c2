#pragma once
// The server's database, opened and brought to the current schema: what
// rtw-server, `rtw-server admin` and the tests all start from.

#include <memory>
#include <string>

#include "server/db/sql_database.h"

namespace rtw::server {

/// Opens `url` ("sqlite:PATH" or "postgresql://...") with a pool of
/// `connections`, then applies serverMigrations(). A database written by a
/// newer server is refused (Unsupported) and left unchanged. `sqliteKeyFile`
/// (RTW_DB_KEY_FILE) moves an SQLite database's key file away from it.
Result<std::unique_ptr<db::SqlDatabase>> openServerDatabase(const std::string& url,
                                                            int connections,
                                                            const std::string& sqliteKeyFile = {});

}  // namespace rtw::server
