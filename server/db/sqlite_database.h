#pragma once
// SqlDatabase on one SQLite (SQLCipher) file: the embedded default.
//
// The file holds health data, so it is encrypted like the device store: a
// random 256-bit key kept in a key file next to it ("<file>.key", mode 0600,
// created with the database). Keep the key file on a different volume or in
// a secret store in production (RTW_DB_KEY_FILE); with both files together,
// the encryption only protects copies of the database alone (backups, dumps).

#include <filesystem>
#include <memory>

#include "server/db/sql_database.h"

namespace rtw::server::db {

/// Opens (creating if missing) the database file and its key file.
/// `keyFile` empty means "<file>.key". A pool of `connections` connections.
Result<std::unique_ptr<SqlDatabase>> openSqlite(const std::filesystem::path& file,
                                                int connections,
                                                const std::filesystem::path& keyFile = {});

}  // namespace rtw::server::db
