#pragma once
// Synced records in the server database (table `records`): each row is one
// record's merged state and the sequence number of its latest change. The
// loads and saves here are batched (IN lists and multi-row upserts in
// chunks), so a push or a pull costs a handful of statements, not one per
// record.

#include <cstdint>
#include <string>
#include <vector>

#include "merge/merge.h"
#include "server/db/sql_database.h"

namespace rtw::server::sync {

/// One record as the server keeps it.
struct StoredRecord {
    std::string id;
    std::string type;
    std::string caseId;
    merge::RecordState state;
    std::int64_t seq = 0;
};

/// The columns recordFrom reads, prefixed with `r.`:
/// id, type, case_id, fields, field_hlcs, created_hlc, updated_hlc, deleted, seq.
extern const char* const kRecordColumns;

/// A row selected with kRecordColumns. Corrupt when its JSON does not parse.
Result<StoredRecord> recordFrom(const db::SqlRow& row);

/// "$first, $first+1, ..." for `count` parameters.
std::string placeholders(std::size_t first, std::size_t count);

/// At most this many values go in one IN list or multi-row insert.
inline constexpr std::size_t kChunk = 200;

/// The records with these ids (missing ones are simply absent).
Result<std::vector<StoredRecord>> loadRecords(db::SqlTx& tx, const std::vector<std::string>& ids);

/// The live and deleted records of `types` in these cases.
Result<std::vector<StoredRecord>> loadCaseRecords(db::SqlTx& tx,
                                                  const std::vector<std::string>& caseIds,
                                                  const std::vector<std::string>& types);

/// Inserts or replaces these records (their state and seq).
Status saveRecords(db::SqlTx& tx, const std::vector<const StoredRecord*>& records);

/// Gives every record of the case a new sequence number, in their present
/// order, starting after `lastSeq`; returns the new last sequence number.
Result<std::int64_t> renumberCase(db::SqlTx& tx, const std::string& caseId, std::int64_t lastSeq);

/// The sequence counter (read under SqlLock::ChangeLog) and its update.
Result<std::int64_t> readSeq(db::SqlTx& tx);
Status writeSeq(db::SqlTx& tx, std::int64_t seq);

}  // namespace rtw::server::sync
