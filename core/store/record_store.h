#pragma once
// RecordStore: every read and write of domain records on the device.
//
// The one rule it exists to keep: a local write is ONE transaction holding the
// row change AND its outbox entry. There is no other write path, so nothing a
// user saves can miss the next sync. Fields are validated by the model's
// registry before anything is written; bad input changes nothing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "hlc/hlc.h"
#include "store/database.h"
#include "util/status.h"

namespace rtw::store {

/// A record as stored: envelope plus its fields.
struct Record {
    std::string id;
    std::string type;
    std::string caseId;
    nlohmann::json fields;     ///< object of the record's fields
    nlohmann::json fieldHlcs;  ///< field -> HLC of its last write (cleared fields included)
    bool deleted = false;
    std::string createdHlc;
    std::string updatedHlc;
    /// How much of the record this device may see: "full", or a redacted view
    /// from the server ("patient", "employer", "referrer"). A view is not a
    /// storable record (required fields may be missing) and cannot be edited.
    std::string view = "full";
};

enum class OpKind { Create, Update, Delete };
const char* opKindName(OpKind op);

/// One change waiting to be pushed.
struct OutboxEntry {
    std::int64_t seq = 0;  ///< push order
    std::string opId;      ///< UUID; the server applies each op once
    std::string recordId;
    std::string recordType;
    std::string caseId;
    OpKind op = OpKind::Create;
    nlohmann::json fields;  ///< the changed fields (null value = field cleared)
    std::string hlc;        ///< HLC of the change, shared by every changed field
    /// field -> HLC of the value this device held when it made the change (for
    /// a delete: every field it held). Lets merge tell a sequential overwrite
    /// from a concurrent one; empty for a create.
    nlohmann::json baseHlcs = nlohmann::json::object();
    std::int64_t createdMs = 0;
};

/// A full-text search match.
struct SearchHit {
    std::string recordId;
    std::string recordType;  ///< "client" or "case_note"
    std::string caseId;
    std::string snippet;  ///< matched text with [brackets] around the terms
};

/// One row of the adviser's caseload list.
struct CaseloadRow {
    std::string caseId;
    std::string status;
    std::string givenName;
    std::string familyName;
    std::string workStatus;
    std::int64_t pendingChanges = 0;  ///< outbox entries for this case not yet on the server
};

struct CaseloadQuery {
    std::optional<std::string> status;  ///< only cases in this status
    std::optional<std::string> text;    ///< full-text match on the client's name / NHS number
    int limit = 500;
};

/// Thread-safe: every call holds the connection's mutex, so the UI thread and
/// the sync worker (SyncStore, same connection) can share one store. Calls
/// are short transactions; a sync holds the lock only to apply one page.
class RecordStore {
public:
    RecordStore(Database& db, HlcClock& hlc, const Clock& clock);

    /// Creates a record and returns its new id. A `case` record is its own
    /// scope (its id is its case id, `caseId` must be empty); any other
    /// record must name an existing case.
    Result<std::string> create(std::string_view type, std::string_view caseId,
                               const nlohmann::json& fields);
    /// Changes some fields (a null value clears an optional field). Only the
    /// fields whose value really changes are written and queued. Append-only
    /// records refuse.
    Status update(std::string_view id, const nlohmann::json& changes);
    /// Marks a record deleted (a tombstone that syncs). Append-only records refuse.
    Status remove(std::string_view id);

    /// Runs several writes as one transaction with one durable commit (imports,
    /// bulk work). Each write inside is still all-or-nothing; if `writes`
    /// returns an error, every write in the batch is rolled back.
    template <typename Fn>
    Status inTransaction(Fn&& writes) {
        std::lock_guard lock(db_.mutex());
        Transaction tx(db_);
        if (!tx.begun()) return tx.begun();
        if (Status s = writes(*this); !s) return s;
        return tx.commit();
    }

    /// A live record; NotFound if missing or deleted.
    Result<Record> get(std::string_view id);
    /// Live records of one type in one case, oldest first.
    Result<std::vector<Record>> list(std::string_view type, std::string_view caseId);
    /// Live records of one type in every case, oldest first (for the few
    /// cross-case lists: conflicts to review).
    Result<std::vector<Record>> listAll(std::string_view type);

    Result<std::vector<OutboxEntry>> pendingOutbox(int limit);
    Result<std::int64_t> pendingCount();
    /// Drops entries the server has acknowledged; unknown op ids are ignored.
    Status acknowledge(const std::vector<std::string>& opIds);

    /// Full-text search; `kind` limits to "client" or "case_note".
    Result<std::vector<SearchHit>> search(std::string_view query,
                                          std::optional<std::string_view> kind, int limit = 50);
    Result<std::vector<CaseloadRow>> caseload(const CaseloadQuery& query);

private:
    Result<Record> load(std::string_view id);
    Status checkReferences(std::string_view type, std::string_view caseId,
                           const nlohmann::json& fields);
    Status enqueue(const Record& r, OpKind op, const nlohmann::json& fields, const Hlc& hlc,
                   const nlohmann::json& baseHlcs);
    /// An HLC for a write over `current`: after everything the record holds,
    /// even when another device's clock is ahead of ours.
    Hlc stampAfter(const Record& current);

    Database& db_;
    HlcClock& hlc_;
    const Clock& clock_;
};

/// Turns what a person typed into a safe FTS5 prefix query ("smi jo" ->
/// "smi"* "jo"*); returns empty when nothing searchable is left.
std::string toFtsQuery(std::string_view typed);

}  // namespace rtw::store
