#include "server/storage/sqlite_storage.h"

namespace rtw::server {

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const std::filesystem::path& file) {
    // The server's file is protected by the host (disk encryption, file
    // permissions), like a PostgreSQL data directory; it is not keyed.
    auto db = store::Database::open(file, nullptr, /*create=*/true);
    if (!db) return db.status().withContext("opening the server database");
    if (Status s = (*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"); !s)
        return s.withContext("opening the server database");
    return std::unique_ptr<SqliteStorage>(new SqliteStorage(std::move(*db)));
}

Status SqliteStorage::ping() {
    std::lock_guard lock(mutex_);
    auto one = db_->queryInt("SELECT 1");
    if (!one) return Status::error(ErrorCode::Io, "the database does not answer");
    return Status::ok();
}

}  // namespace rtw::server
