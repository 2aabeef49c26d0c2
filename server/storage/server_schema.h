#pragma once
// The server schema: one list of portable migrations, run on SQLite and
// PostgreSQL alike (see server/db/sql_database.h for what "portable" means).

#include <vector>

#include "server/db/sql_database.h"

namespace rtw::server {

const std::vector<db::SqlMigration>& serverMigrations();

}  // namespace rtw::server
