#pragma once
// The server's embedded database (the default, for one machine). For now it
// opens the file and answers readiness; accounts and devices live in
// SqliteAccountStore on the same file, and synced records come with the sync API.

#include <filesystem>
#include <memory>
#include <mutex>

#include "store/database.h"
#include "util/status.h"

namespace rtw::server {

class SqliteStorage {
public:
    static Result<std::unique_ptr<SqliteStorage>> open(const std::filesystem::path& file);
    /// OK when the database answers a query.
    Status ping();

private:
    explicit SqliteStorage(std::unique_ptr<store::Database> db) : db_(std::move(db)) {}
    std::mutex mutex_;  // one connection, used by several server threads
    std::unique_ptr<store::Database> db_;
};

}  // namespace rtw::server
