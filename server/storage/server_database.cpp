#include "server/storage/server_database.h"

#include "server/storage/server_schema.h"

namespace rtw::server {

Result<std::unique_ptr<db::SqlDatabase>> openServerDatabase(const std::string& url,
                                                            int connections,
                                                            const std::string& sqliteKeyFile) {
    auto database = db::openDatabase(url, connections, sqliteKeyFile);
    if (!database) return database.status();
    if (Status s = db::migrate(**database, serverMigrations()); !s) return s;
    return std::move(*database);
}

}  // namespace rtw::server
