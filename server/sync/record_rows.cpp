#include "server/sync/record_rows.h"

#include <algorithm>

namespace rtw::server::sync {

using db::SqlParams;
using db::SqlTx;
using nlohmann::json;

const char* const kRecordColumns =
    "r.id, r.type, r.case_id, r.fields, r.field_hlcs, r.created_hlc, r.updated_hlc, r.deleted, "
    "r.seq";

Result<StoredRecord> recordFrom(const db::SqlRow& row) {
    StoredRecord r;
    r.id = row.text(0);
    r.type = row.text(1);
    r.caseId = row.text(2);
    r.state.fields = json::parse(row.text(3), nullptr, false);
    r.state.fieldHlcs = json::parse(row.text(4), nullptr, false);
    if (!r.state.fields.is_object() || !r.state.fieldHlcs.is_object())
        return Status::error(
            ErrorCode::Corrupt,
            "a stored record's fields are not a JSON object (record " + r.id + ")");
    r.state.createdHlc = row.text(5);
    r.state.updatedHlc = row.text(6);
    r.state.deleted = row.integer(7) != 0;
    r.seq = row.integer(8);
    return r;
}

std::string placeholders(std::size_t first, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (i) out += ", ";
        out += "$" + std::to_string(first + i);
    }
    return out;
}

namespace {

Status appendRows(SqlTx& tx, const std::string& sql, const SqlParams& params,
                  std::vector<StoredRecord>& out) {
    auto rows = tx.query(sql, params);
    if (!rows) return rows.status();
    for (const auto& row : *rows) {
        auto r = recordFrom(row);
        if (!r) return r.status();
        out.push_back(std::move(*r));
    }
    return Status::ok();
}

}  // namespace

Result<std::vector<StoredRecord>> loadRecords(SqlTx& tx, const std::vector<std::string>& ids) {
    std::vector<StoredRecord> out;
    for (std::size_t at = 0; at < ids.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, ids.size() - at);
        SqlParams params(ids.begin() + static_cast<std::ptrdiff_t>(at),
                         ids.begin() + static_cast<std::ptrdiff_t>(at + n));
        if (Status s = appendRows(tx,
                                  std::string("SELECT ") + kRecordColumns +
                                      " FROM records r WHERE r.id IN (" + placeholders(1, n) + ")",
                                  params, out);
            !s)
            return s;
    }
    return out;
}

Result<std::vector<StoredRecord>> loadCaseRecords(SqlTx& tx,
                                                  const std::vector<std::string>& caseIds,
                                                  const std::vector<std::string>& types) {
    std::vector<StoredRecord> out;
    for (std::size_t at = 0; at < caseIds.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, caseIds.size() - at);
        SqlParams params(types.begin(), types.end());
        params.insert(params.end(), caseIds.begin() + static_cast<std::ptrdiff_t>(at),
                      caseIds.begin() + static_cast<std::ptrdiff_t>(at + n));
        const std::string sql = std::string("SELECT ") + kRecordColumns +
                                " FROM records r WHERE r.type IN (" +
                                placeholders(1, types.size()) + ") AND r.case_id IN (" +
                                placeholders(types.size() + 1, n) + ")";
        if (Status s = appendRows(tx, sql, params, out); !s) return s;
    }
    return out;
}

Status saveRecords(SqlTx& tx, const std::vector<const StoredRecord*>& records) {
    constexpr std::size_t kColumns = 9;
    for (std::size_t at = 0; at < records.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, records.size() - at);
        std::string sql =
            "INSERT INTO records (id, type, case_id, fields, field_hlcs, created_hlc, "
            "updated_hlc, deleted, seq) VALUES ";
        SqlParams params;
        params.reserve(n * kColumns);
        for (std::size_t i = 0; i < n; ++i) {
            const StoredRecord& r = *records[at + i];
            if (i) sql += ", ";
            sql += "(" + placeholders(i * kColumns + 1, kColumns) + ")";
            params.emplace_back(r.id);
            params.emplace_back(r.type);
            params.emplace_back(r.caseId);
            params.emplace_back(r.state.fields.dump());
            params.emplace_back(r.state.fieldHlcs.dump());
            params.emplace_back(r.state.createdHlc);
            params.emplace_back(r.state.updatedHlc);
            params.emplace_back(std::int64_t{r.state.deleted ? 1 : 0});
            params.emplace_back(r.seq);
        }
        sql +=
            " ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, "
            "field_hlcs = excluded.field_hlcs, created_hlc = excluded.created_hlc, "
            "updated_hlc = excluded.updated_hlc, deleted = excluded.deleted, seq = excluded.seq";
        if (Status s = tx.exec(sql, params); !s) return s;
    }
    return Status::ok();
}

Result<std::int64_t> renumberCase(SqlTx& tx, const std::string& caseId, std::int64_t lastSeq) {
    auto count = tx.queryOne("SELECT count(*) FROM records WHERE case_id = $1", {caseId});
    if (!count) return count.status();
    // Every new number is above every number in use, so the UNIQUE index on
    // seq never sees a clash, whatever order the rows are updated in.
    if (Status s = tx.exec("UPDATE records AS r SET seq = $2 + x.rn FROM "
                           "(SELECT id, row_number() OVER (ORDER BY seq) AS rn FROM records "
                           "WHERE case_id = $1) AS x WHERE r.id = x.id",
                           {caseId, lastSeq});
        !s)
        return s;
    return lastSeq + (*count)->integer(0);
}

Result<std::int64_t> readSeq(SqlTx& tx) {
    auto row = tx.queryOne("SELECT value FROM counters WHERE name = 'seq'");
    if (!row) return row.status();
    if (!*row) return Status::error(ErrorCode::Corrupt, "the sequence counter is missing");
    return (*row)->integer(0);
}

Status writeSeq(SqlTx& tx, std::int64_t seq) {
    return tx.exec("UPDATE counters SET value = $1 WHERE name = 'seq'", {seq});
}

}  // namespace rtw::server::sync
