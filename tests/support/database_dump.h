#pragma once
// Every row of every table of a server database, as text, for tests that
// must prove a request changed nothing ("dump before == dump after").

#include <string>

#include "server/db/sql_database.h"

namespace rtw::testsupport {

/// Tables in name order, each with its rows sorted; works on both backends.
std::string dumpDatabase(server::db::SqlDatabase& db);

}  // namespace rtw::testsupport
