#include "server/db/postgres_database.h"

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>
#include <utility>

namespace rtw::server::db {
namespace {

constexpr int kMaxAttempts = 5;
constexpr Oid kInt8Oid = 20;               // pg_type.oid of bigint
constexpr std::size_t kMaxPrepared = 512;  // per connection

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

ResultPtr wrap(PGresult* r) {
    return ResultPtr(r, &PQclear);
}

std::string firstLine(const char* text) {
    std::string s = text ? text : "";
    if (auto nl = s.find('\n'); nl != std::string::npos) s.resize(nl);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    return s;
}

std::string field(const PGresult* r, int which) {
    const char* v = r ? PQresultErrorField(r, which) : nullptr;
    return v ? v : "";
}

// The primary message of a refusal, with anything that could be one of the
// parameter values (health data) taken out. Data errors (class 22) quote the
// offending value after a colon; other messages quote identifiers, which are
// kept unless they look like a value that was bound.
std::string redact(std::string msg, const std::string& sqlstate,
                   const std::vector<std::string>& values) {
    static const std::string kHidden = "(value hidden)";
    if (sqlstate.rfind("22", 0) == 0) {
        if (auto colon = msg.find(':'); colon != std::string::npos) msg.resize(colon);
    }
    // Quoted segments that hold (or are) a bound value.
    std::string out;
    std::size_t i = 0;
    while (i < msg.size()) {
        const std::size_t open = msg.find('"', i);
        const std::size_t close = open == std::string::npos ? open : msg.find('"', open + 1);
        if (close == std::string::npos) {
            out += msg.substr(i);
            break;
        }
        const std::string inner = msg.substr(open + 1, close - open - 1);
        bool hide = false;
        for (const auto& v : values)
            if (!v.empty() && (inner == v || (v.size() >= 4 && inner.find(v) != std::string::npos)))
                hide = true;
        out += msg.substr(i, open - i);
        out += '"';
        out += hide ? kHidden : inner;
        out += '"';
        i = close + 1;
    }
    // Longer values anywhere else.
    for (const auto& v : values) {
        if (v.size() < 6) continue;
        for (auto at = out.find(v); at != std::string::npos; at = out.find(v, at + kHidden.size()))
            out.replace(at, v.size(), kHidden);
    }
    if (out.size() > 300) out.resize(300);
    return out;
}

bool isTransient(const std::string& sqlstate) {
    return sqlstate == "40001" || sqlstate == "40P01";
}

// One pooled connection; reconnected when it broke.
struct Connection {
    PGconn* pg = nullptr;
    /// Statements prepared on this connection: SQL text -> statement name.
    /// Prepared statements outlive transactions, so each is parsed and
    /// planned once per connection, not once per call.
    std::unordered_map<std::string, std::string> prepared;
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() { reset(); }
    void reset() {
        if (pg) PQfinish(pg);
        pg = nullptr;
        prepared.clear();
    }
    bool healthy() const { return pg && PQstatus(pg) == CONNECTION_OK; }
};

class PgTx final : public SqlTx {
public:
    explicit PgTx(Connection& c) : pg_(c.pg), prepared_(c.prepared) {}

    Result<SqlRows> query(std::string_view sql, const SqlParams& params) override {
        if (!failure_.isOk()) return aborted();
        std::vector<std::string> texts(params.size());
        std::vector<const char*> values(params.size(), nullptr);
        std::vector<Oid> types(params.size(), 0);
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (const auto* n = std::get_if<std::int64_t>(&params[i])) {
                texts[i] = std::to_string(*n);
                values[i] = texts[i].c_str();
                types[i] = kInt8Oid;
            } else if (const auto* s = std::get_if<std::string>(&params[i])) {
                if (s->find('\0') != std::string::npos)
                    return Status::error(ErrorCode::InvalidArgument,
                                         "parameter $" + std::to_string(i + 1) +
                                             " holds a NUL character, which PostgreSQL text "
                                             "cannot store");
                texts[i] = *s;
                values[i] = texts[i].c_str();  // type left for the server to infer
            }
        }
        std::string text(sql);
        auto name = prepared_.find(text);
        if (name == prepared_.end() && prepared_.size() >= kMaxPrepared) {
            // Enough kept on this connection (statements built for IN lists
            // of every length): run it unprepared.
            auto r = wrap(PQexecParams(pg_, text.c_str(), static_cast<int>(params.size()),
                                       types.data(), values.data(), nullptr, nullptr, 0));
            if (Status s = check(r.get(), texts); !s) return s;
            return rowsOf(r.get());
        }
        if (name == prepared_.end()) {
            const std::string fresh = "rtw" + std::to_string(prepared_.size() + 1);
            auto made = wrap(PQprepare(pg_, fresh.c_str(), text.c_str(),
                                       static_cast<int>(params.size()), types.data()));
            if (Status s = check(made.get(), {}); !s) return s;
            name = prepared_.emplace(std::move(text), fresh).first;
        }
        auto r = wrap(PQexecPrepared(pg_, name->second.c_str(), static_cast<int>(params.size()),
                                     values.data(), nullptr, nullptr, 0));
        if (Status s = check(r.get(), texts); !s) return s;
        return rowsOf(r.get());
    }

    static SqlRows rowsOf(const PGresult* result) {
        SqlRows rows;
        if (PQresultStatus(result) != PGRES_TUPLES_OK) return rows;
        const int n = PQntuples(result);
        const int cols = PQnfields(result);
        rows.reserve(static_cast<std::size_t>(n));
        for (int row = 0; row < n; ++row) {
            SqlRow out;
            out.columns.reserve(static_cast<std::size_t>(cols));
            for (int c = 0; c < cols; ++c) {
                if (PQgetisnull(result, row, c))
                    out.columns.emplace_back(std::nullopt);
                else
                    out.columns.emplace_back(
                        std::string(PQgetvalue(result, row, c),
                                    static_cast<std::size_t>(PQgetlength(result, row, c))));
            }
            rows.push_back(std::move(out));
        }
        return rows;
    }

    Status script(std::string_view sql) override {
        if (!failure_.isOk()) return aborted();
        const std::string text(sql);
        auto r = wrap(PQexec(pg_, text.c_str()));
        return check(r.get(), {});
    }

    Status lock(SqlLock which) override {
        return exec("SELECT pg_advisory_xact_lock($1)", {static_cast<std::int64_t>(which)});
    }

    /// The first statement that failed; PostgreSQL aborts the transaction
    /// there, so nothing after it can be committed.
    const Status& failure() const { return failure_; }
    /// Worth running the whole transaction again (serialisation failure,
    /// deadlock, a connection lost before COMMIT).
    bool retryable() const { return retryable_; }

private:
    Status aborted() const {
        return Status::error(
            failure_.code(),
            "the transaction was aborted by an earlier statement: " + failure_.message());
    }

    Status check(const PGresult* r, const std::vector<std::string>& values) {
        const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
            return Status::ok();
        Status s;
        const std::string sqlstate = field(r, PG_DIAG_SQLSTATE);
        if (PQstatus(pg_) != CONNECTION_OK) {
            s = Status::error(ErrorCode::Io, "the database connection was lost: " +
                                                 firstLine(PQerrorMessage(pg_)));
            retryable_ = true;
        } else {
            const std::string msg = "the database refused a statement: " + sqlstate + " " +
                                    redact(field(r, PG_DIAG_MESSAGE_PRIMARY), sqlstate, values);
            s = Status::error(sqlstate == "23505" ? ErrorCode::AlreadyExists : ErrorCode::Io, msg);
            retryable_ = isTransient(sqlstate);
        }
        failure_ = s;
        return s;
    }

    PGconn* pg_;
    std::unordered_map<std::string, std::string>& prepared_;
    Status failure_;
    bool retryable_ = false;
};

class PostgresDatabase final : public SqlDatabase {
public:
    PostgresDatabase(std::string url, std::string where)
        : url_(std::move(url)), where_(std::move(where)) {}

    std::string_view backend() const override { return "postgresql"; }

    Status connectAll(int n) {
        for (int i = 0; i < n; ++i) {
            auto c = std::make_unique<Connection>();
            if (Status s = connect(*c); !s) return s;
            idle_.push_back(std::move(c));
        }
        return Status::ok();
    }

    Status transact(TxMode, const std::function<Status(SqlTx&)>& work) override {
        Status last;
        for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
            if (attempt > 1) backoff(attempt);
            Lease lease(*this);
            bool retry = false;
            Status s = runOnce(*lease.conn, work, retry);
            if (!retry) return s;
            last = s;
        }
        return last.withContext("the transaction kept failing after " +
                                std::to_string(kMaxAttempts) + " attempts");
    }

    Status ping() override {
        return transact(TxMode::Read, [](SqlTx& tx) { return tx.exec("SELECT 1"); });
    }

private:
    struct Lease {
        explicit Lease(PostgresDatabase& owner) : pool(owner) {
            std::unique_lock lk(pool.mu_);
            pool.cv_.wait(lk, [&] { return !pool.idle_.empty(); });
            conn = std::move(pool.idle_.back());
            pool.idle_.pop_back();
        }
        ~Lease() {
            {
                std::lock_guard lk(pool.mu_);
                pool.idle_.push_back(std::move(conn));
            }
            pool.cv_.notify_one();
        }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        PostgresDatabase& pool;
        std::unique_ptr<Connection> conn;
    };

    Status connect(Connection& c) const {
        c.reset();
        // Settings in the URL override these defaults (later keywords win).
        const char* const keys[] = {"connect_timeout", "fallback_application_name", "dbname",
                                    nullptr};
        const char* const vals[] = {"10", "rtw-server", url_.c_str(), nullptr};
        c.pg = PQconnectdbParams(keys, vals, 1);
        if (!c.pg) return Status::error(ErrorCode::Io, "cannot connect to " + where_);
        if (PQstatus(c.pg) != CONNECTION_OK) {
            Status s = Status::error(ErrorCode::Io, "cannot connect to " + where_ + ": " +
                                                        firstLine(PQerrorMessage(c.pg)));
            c.reset();
            return s;
        }
        // DDL's NOTICEs ("relation already exists, skipping") are noise.
        auto r = wrap(PQexec(c.pg, "SET client_min_messages TO warning"));
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
            Status s = Status::error(ErrorCode::Io, "cannot set up the connection to " + where_ +
                                                        ": " + firstLine(PQerrorMessage(c.pg)));
            c.reset();
            return s;
        }
        return Status::ok();
    }

    static void rollbackQuietly(Connection& c) {
        if (c.healthy()) wrap(PQexec(c.pg, "ROLLBACK"));
    }

    // One attempt; `retry` says whether running it again may succeed.
    Status runOnce(Connection& c, const std::function<Status(SqlTx&)>& work, bool& retry) {
        retry = false;
        // A connection left inside a transaction (a failed ROLLBACK) starts over.
        if (c.healthy() && PQtransactionStatus(c.pg) != PQTRANS_IDLE) c.reset();
        if (!c.healthy()) {
            if (Status s = connect(c); !s) return s;
        }
        {
            auto r = wrap(PQexec(c.pg, "BEGIN"));
            if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
                // Typically an idle connection the server closed (restart).
                Status s = Status::error(ErrorCode::Io, "the database connection was lost: " +
                                                            firstLine(PQerrorMessage(c.pg)));
                retry = !c.healthy();
                if (c.healthy()) rollbackQuietly(c);
                return s;
            }
        }
        PgTx tx(c);
        Status s;
        try {
            s = work(tx);
        } catch (...) {
            rollbackQuietly(c);
            throw;
        }
        if (s.isOk() && !tx.failure().isOk()) s = tx.failure();  // would only roll back
        if (!s.isOk()) {
            rollbackQuietly(c);
            retry = tx.retryable();
            return s;
        }
        auto r = wrap(PQexec(c.pg, "COMMIT"));
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
            if (!c.healthy())
                return Status::error(ErrorCode::Io,
                                     "the database connection was lost while committing, so "
                                     "whether the transaction was saved is unknown");
            const std::string sqlstate = field(r.get(), PG_DIAG_SQLSTATE);
            retry = isTransient(sqlstate);
            rollbackQuietly(c);
            return Status::error(sqlstate == "23505" ? ErrorCode::AlreadyExists : ErrorCode::Io,
                                 "the database refused to commit: " + sqlstate + " " +
                                     redact(field(r.get(), PG_DIAG_MESSAGE_PRIMARY), sqlstate, {}));
        }
        if (std::string_view(PQcmdStatus(r.get())) != "COMMIT")
            return Status::error(ErrorCode::Io, "the database rolled the transaction back");
        return Status::ok();
    }

    static void backoff(int attempt) {
        thread_local std::minstd_rand rng{std::random_device{}()};
        const int ceiling = 2 << attempt;  // 8, 16, 32, 64 ms
        std::uniform_int_distribution<int> ms(1, ceiling);
        std::this_thread::sleep_for(std::chrono::milliseconds(ms(rng)));
    }

    const std::string url_;
    const std::string where_;  ///< "database "x" on host "y"", for messages
    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<std::unique_ptr<Connection>> idle_;
};

// Names the database and host of a URL for messages, never its password.
Result<std::string> describe(const std::string& url) {
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(url.c_str(), &err);
    if (!opts) {
        if (err) PQfreemem(err);
        return Status::invalid({{"db", "is not a valid PostgreSQL URL or connection string"}});
    }
    std::string host, port, dbname, user;
    for (PQconninfoOption* o = opts; o->keyword; ++o) {
        if (!o->val) continue;
        const std::string_view k = o->keyword;
        if (k == "host" || (k == "hostaddr" && host.empty())) host = o->val;
        if (k == "port") port = o->val;
        if (k == "dbname") dbname = o->val;
        if (k == "user") user = o->val;
    }
    PQconninfoFree(opts);
    std::string where = "the PostgreSQL database";
    if (!dbname.empty()) where += " \"" + dbname + "\"";
    where += host.empty() ? std::string(" on the local socket") : " on host \"" + host + "\"";
    if (!port.empty()) where += " port " + port;
    if (!user.empty()) where += " as user \"" + user + "\"";
    return where;
}

}  // namespace

Result<std::unique_ptr<SqlDatabase>> openPostgres(const std::string& url, int connections) {
    auto where = describe(url);
    if (!where) return where.status();
    auto db = std::make_unique<PostgresDatabase>(url, *where);
    if (Status s = db->connectAll(std::max(1, connections)); !s) return s;
    return std::unique_ptr<SqlDatabase>(std::move(db));
}

}  // namespace rtw::server::db
