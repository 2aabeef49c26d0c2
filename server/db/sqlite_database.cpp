#include "server/db/sqlite_database.h"

#include <condition_variable>
#include <mutex>
#include <system_error>

#include "crypto/secure_key.h"
#include "store/database.h"
#include "util/atomic_file.h"

namespace rtw::server::db {
namespace {

namespace fs = std::filesystem;

// "$3" -> "?3": SQLite's numbered parameters. Quoted text is left alone.
std::string toSqliteParams(std::string_view sql) {
    std::string out;
    out.reserve(sql.size());
    bool quoted = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'') quoted = !quoted;
        if (!quoted && c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
            out += '?';
        else
            out += c;
    }
    return out;
}

Result<crypto::SecureKey> loadOrCreateKey(const fs::path& keyFile, bool databaseExists) {
    std::error_code ec;
    if (!fs::exists(keyFile, ec)) {
        if (databaseExists)
            return Status::error(ErrorCode::NotFound,
                                 "the database's key file " + keyFile.string() +
                                     " is missing; without it the database cannot be read");
        crypto::SecureKey key = crypto::SecureKey::random();
        crypto::SecureString hex;
        static constexpr char kDigits[] = "0123456789abcdef";
        for (std::size_t i = 0; i < crypto::kKeyBytes; ++i) {
            hex.str() += kDigits[key.data()[i] >> 4];
            hex.str() += kDigits[key.data()[i] & 0xF];
        }
        hex.str() += '\n';
        if (Status s = writeFileAtomically(keyFile, hex.str()); !s) return s;
        fs::permissions(keyFile, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace, ec);
        if (ec)
            return Status::error(ErrorCode::Io, "cannot restrict the key file's permissions");
        return key;
    }
    auto text = readWholeFile(keyFile);
    if (!text) return text.status();
    crypto::SecureString hex(std::move(*text));
    while (!hex.str().empty() && (hex.str().back() == '\n' || hex.str().back() == '\r'))
        hex.str().pop_back();
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    crypto::SecureKey key;
    bool good = hex.str().size() == 2 * crypto::kKeyBytes;
    for (std::size_t i = 0; good && i < crypto::kKeyBytes; ++i) {
        const int hi = nibble(hex.str()[2 * i]), lo = nibble(hex.str()[2 * i + 1]);
        good = hi >= 0 && lo >= 0;
        if (good) key.data()[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    if (!good)
        return Status::error(ErrorCode::Corrupt, "the key file " + keyFile.string() +
                                                     " is not 64 hexadecimal digits");
    return key;
}

class SqliteTx final : public SqlTx {
public:
    explicit SqliteTx(store::Database& db) : db_(db) {}

    Result<SqlRows> query(std::string_view sql, const SqlParams& params) override {
        auto st = db_.cached(toSqliteParams(sql));
        if (!st) return st.status();
        store::Statement& s = **st;
        for (std::size_t i = 0; i < params.size(); ++i) {
            const int index = static_cast<int>(i + 1);
            if (const auto* n = std::get_if<std::int64_t>(&params[i]))
                s.bind(index, *n);
            else if (const auto* t = std::get_if<std::string>(&params[i]))
                s.bind(index, *t);
            else
                s.bindNull(index);
        }
        SqlRows rows;
        for (;;) {
            auto more = s.step();
            if (!more) {
                s.reset();
                return more.status();
            }
            if (!*more) break;
            SqlRow row;
            const int n = s.columnCount();
            row.columns.reserve(static_cast<std::size_t>(n));
            for (int c = 0; c < n; ++c)
                row.columns.push_back(s.isNull(c) ? std::nullopt
                                                  : std::optional<std::string>(s.text(c)));
            rows.push_back(std::move(row));
        }
        s.reset();
        return rows;
    }

    Status script(std::string_view sql) override { return db_.exec(sql); }
    Status lock(SqlLock) override { return Status::ok(); }  // BEGIN IMMEDIATE already excludes

private:
    store::Database& db_;
};

class SqliteDatabase final : public SqlDatabase {
public:
    explicit SqliteDatabase(std::vector<std::unique_ptr<store::Database>> pool)
        : pool_(std::move(pool)) {
        for (auto& c : pool_) free_.push_back(c.get());
    }

    std::string_view backend() const override { return "sqlite"; }

    Status transact(TxMode mode, const std::function<Status(SqlTx&)>& work) override {
        store::Database* conn = borrow();
        Status result = runOnce(*conn, mode, work);
        giveBack(conn);
        return result;
    }

    Status ping() override {
        return transact(TxMode::Read, [](SqlTx& tx) { return tx.exec("SELECT 1"); });
    }

private:
    static Status runOnce(store::Database& db, TxMode mode,
                          const std::function<Status(SqlTx&)>& work) {
        // Writers queue on busy_timeout inside BEGIN IMMEDIATE, so a write
        // transaction never fails half-way for lack of the lock.
        if (Status s = db.exec(mode == TxMode::Write ? "BEGIN IMMEDIATE" : "BEGIN"); !s)
            return Status::error(ErrorCode::Io, "the database is busy; try again");
        SqliteTx tx(db);
        Status s = work(tx);
        if (s) s = db.exec("COMMIT");
        if (!s) (void)db.exec("ROLLBACK");
        return s;
    }

    store::Database* borrow() {
        std::unique_lock lock(mutex_);
        available_.wait(lock, [&] { return !free_.empty(); });
        store::Database* c = free_.back();
        free_.pop_back();
        return c;
    }
    void giveBack(store::Database* c) {
        {
            std::lock_guard lock(mutex_);
            free_.push_back(c);
        }
        available_.notify_one();
    }

    std::vector<std::unique_ptr<store::Database>> pool_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<store::Database*> free_;
};

}  // namespace

Result<std::unique_ptr<SqlDatabase>> openSqlite(const fs::path& file, int connections,
                                                const fs::path& keyFile) {
    std::error_code ec;
    const bool exists = fs::exists(file, ec) && fs::file_size(file, ec) > 0;
    const fs::path keyPath = keyFile.empty() ? fs::path(file.string() + ".key") : keyFile;
    auto key = loadOrCreateKey(keyPath, exists);
    if (!key) return key.status().withContext("opening the server database");
    std::vector<std::unique_ptr<store::Database>> pool;
    for (int i = 0; i < std::max(1, connections); ++i) {
        auto db = store::Database::open(file, &*key, /*create=*/true);
        if (!db) return db.status().withContext("opening the server database");
        // The first read proves the key fits the file.
        if (auto check = (*db)->queryInt("SELECT count(*) FROM sqlite_master"); !check)
            return Status::error(ErrorCode::NotOurFile,
                                 "opening the server database: " + file.string() +
                                     " cannot be read with its key file (wrong key, or not an "
                                     "rtw-server database)");
        if (Status s = (*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                   "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000");
            !s)
            return s.withContext("opening the server database");
        pool.push_back(std::move(*db));
    }
    return std::unique_ptr<SqlDatabase>(new SqliteDatabase(std::move(pool)));
}

}  // namespace rtw::server::db
