#include "store/database.h"

#include "store/name_collation.h"

#include <sqlcipher/sqlite3.h>

#include <cstdio>
#include <utility>

namespace rtw::store {
namespace {

ErrorCode codeFor(int rc) {
    switch (rc & 0xFF) {
        case SQLITE_NOTADB:
            return ErrorCode::NotOurFile;
        case SQLITE_CORRUPT:
            return ErrorCode::Corrupt;
        case SQLITE_CONSTRAINT:
            return ErrorCode::AlreadyExists;
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return ErrorCode::Io;
        default:
            return ErrorCode::Internal;
    }
}

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path,
                                                 const crypto::SecureKey* key, bool create) {
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK) {
        return Status::error(ErrorCode::Io, std::string("cannot open the data file: ") +
                                                (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    sqlite3_extended_result_codes(raw, 1);
    // Our Status already says what went wrong; SQLCipher's own stderr log would
    // only add noise to the app's and server's logs.
    if (Status s = db->exec("PRAGMA cipher_log_level = NONE"); !s) return s;
    if (key) {
        // Raw-key form x'<64 hex>' skips SQLCipher's own PBKDF2: the key is
        // already random and full strength. The hex copy is wiped right after.
        crypto::SecureString hex(std::string(2 * crypto::kKeyBytes + 3, '\0'));
        hex.str()[0] = 'x';
        hex.str()[1] = '\'';
        static constexpr char kDigits[] = "0123456789abcdef";
        for (std::size_t i = 0; i < crypto::kKeyBytes; ++i) {
            hex.str()[2 + 2 * i] = kDigits[key->data()[i] >> 4];
            hex.str()[3 + 2 * i] = kDigits[key->data()[i] & 0xF];
        }
        hex.str().back() = '\'';
        rc = sqlite3_key(raw, hex.str().data(), static_cast<int>(hex.str().size()));
        if (rc != SQLITE_OK) return db->lastError("cannot key the data file");
    }
    // Nothing below may read the file: a damaged file must reach the store's
    // verification, which explains the damage and leaves the file untouched.
    if (registerNameCollation(raw) != SQLITE_OK) return db->lastError("cannot set up name sorting");
    // Temporary tables and sort spills stay in memory: no plaintext temp files.
    if (Status s = db->exec("PRAGMA temp_store = MEMORY"); !s) return s;
    return db;
}

Database::~Database() {
    close();
}

void Database::close() {
    cache_.clear();  // statements must be finalized before the connection closes
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
}

namespace {
Status closedError() {
    return Status::error(ErrorCode::NotFound, "the data on this device is closed");
}
}  // namespace

Result<Statement*> Database::cached(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
        auto st = prepare(sql);
        if (!st) return st.status();
        it = cache_.emplace(sql, std::make_unique<Statement>(std::move(*st))).first;
    }
    it->second->reset();
    return it->second.get();
}

void Database::leaveUntouchedOnClose(bool untouched) {
    sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, untouched ? 1 : 0, nullptr);
}

Status Database::lastError(std::string_view what) const {
    const int rc = sqlite3_extended_errcode(db_);
    return Status::error(codeFor(rc), std::string(what) + ": " + sqlite3_errmsg(db_));
}

Status Database::exec(std::string_view sql) {
    if (!db_) return closedError();
    char* err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        Status st = lastError("database error");
        sqlite3_free(err);
        return st;
    }
    return Status::ok();
}

Result<Statement> Database::prepare(std::string_view sql) {
    if (!db_) return closedError();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK)
        return lastError("database error");
    return Statement(this, stmt);
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
    auto st = prepare(sql);
    if (!st) return st.status();
    auto row = st->step();
    if (!row) return row.status();
    if (!*row) return Status::error(ErrorCode::Internal, "query returned no row");
    return st->integer(0);
}

Result<std::string> Database::checkPragma(std::string_view sql) {
    auto st = prepare(sql);
    if (!st) return st.status();
    std::string problems;
    for (;;) {
        auto row = st->step();
        if (!row) return row.status();
        if (!*row) break;
        std::string line = st->text(0);
        if (line == "ok") continue;
        if (!problems.empty()) problems += "; ";
        problems += line;
    }
    return problems;
}

Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
    if (this != &o) {
        if (stmt_) sqlite3_finalize(stmt_);
        db_ = o.db_;
        stmt_ = std::exchange(o.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Status s = db_->lastError("database error");
    sqlite3_reset(stmt_);
    return s;
}

Status Statement::run() {
    auto r = step();
    reset();
    if (!r) return r.status();
    return Status::ok();
}

int Statement::columnCount() const {
    return sqlite3_column_count(stmt_);
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int Database::changes() const {
    return db_ ? sqlite3_changes(db_) : 0;
}

bool Database::inTransaction() const {
    return db_ != nullptr && sqlite3_get_autocommit(db_) == 0;
}

Transaction::Transaction(Database& db)
    : db_(db),
      nested_(db.inTransaction()),
      begun_(db.exec(nested_ ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")) {}

Transaction::~Transaction() {
    if (begun_ && !done_)
        (void)db_.exec(nested_ ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
}

Status Transaction::commit() {
    if (!begun_) return begun_;
    Status s = db_.exec(nested_ ? "RELEASE nested" : "COMMIT");
    if (s) done_ = true;
    return s;
}

}  // namespace rtw::store
