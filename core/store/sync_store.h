#pragma once
// SyncStore: the device store's side of sync (docs/sync-protocol.md). It
// shares the connection (and its mutex) with RecordStore and is used only by
// the sync engine:
//
// - the session and the pull cursor, kept in `sync_state` inside the
//   encrypted file (never in a plaintext file);
// - acknowledging pushed operations: accepted ones leave the outbox; rejected
//   ones move to `rejected` (shown to the user) and their record is reset to
//   the server's `current` with the other pending operations laid over it;
// - applying a pulled page in ONE transaction with its cursor: for each
//   record, local state := pulled state, then this device's pending
//   operations for it are applied again with merge::apply (the server's own
//   merge). Nothing is written to the outbox while a page is applied;
// - purging the cases the user may no longer see (the last page's scopes).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hlc/hlc.h"
#include "store/database.h"
#include "store/record_store.h"
#include "util/clock.h"
#include "util/status.h"

namespace rtw::store {

/// A record state as the server sends it in a pull (or as `current` of a
/// rejected operation).
struct PulledRecord {
    std::string id;
    std::string type;
    std::string caseId;
    std::string view = "full";
    nlohmann::json fields = nlohmann::json::object();
    nlohmann::json fieldHlcs = nlohmann::json::object();  ///< only fields written after creation
    std::string createdHlc;
    std::string updatedHlc;
    bool deleted = false;
    std::int64_t seq = 0;
};

/// The server's refusal of one pushed operation.
struct Rejection {
    std::string opId;
    std::string code;     ///< "invalid", "not_found", "not_allowed", "op_id_reused"
    std::string message;  ///< plain English, for the user
    nlohmann::json fieldErrors = nlohmann::json::array();
    std::optional<PulledRecord> current;  ///< the record as the server holds it; none if missing
};

/// A change the server refused, kept until the user has read it.
struct RejectedChange {
    std::string opId;
    std::string recordId;
    std::string recordType;
    std::string caseId;
    OpKind op = OpKind::Update;
    nlohmann::json fields;  ///< what the user typed
    std::string code;
    std::string message;
    nlohmann::json fieldErrors = nlohmann::json::array();
    std::int64_t rejectedMs = 0;
};

/// Counts the UI shows next to the sync state.
struct SyncCounts {
    std::int64_t pending = 0;        ///< changes waiting to be pushed
    std::int64_t rejected = 0;       ///< refused changes the user has not dismissed
    std::int64_t openConflicts = 0;  ///< `conflict` records with status "open"
};

class SyncStore {
public:
    SyncStore(Database& db, HlcClock& hlc, const Clock& clock);

    /// One value of the sync state (session, cursor, ...), if set.
    Result<std::optional<std::string>> value(const std::string& key);
    /// Sets several values in one transaction; a nullopt value removes the key.
    Status setValues(const std::vector<std::pair<std::string, std::optional<std::string>>>& values);
    /// The saved pull cursor ("0" before the first page).
    Result<std::string> cursor();

    /// Outbox entries in push order.
    Result<std::vector<OutboxEntry>> pendingOutbox(int limit);
    /// One push answer, in one transaction: accepted op ids leave the outbox;
    /// rejected ones move to the rejected list and their records are reset to
    /// the server's state with the remaining pending operations laid over it.
    Status recordPushResults(const std::vector<std::string>& accepted,
                             const std::vector<Rejection>& rejected);

    /// Applies one pulled page and saves its cursor, all in one transaction.
    /// When `scopes` is given (the last page), every case not listed is purged
    /// (records, search index, caseload row), except cases this device has
    /// created and not yet pushed. Returns the purged case ids.
    Result<std::vector<std::string>> applyPage(
        const std::vector<PulledRecord>& records, const std::string& cursor,
        const std::optional<std::vector<std::string>>& scopes);

    Result<std::vector<RejectedChange>> rejectedChanges();
    Status dismissRejected(const std::string& opId);
    Result<SyncCounts> counts();

    /// Every case id held (live or deleted records), sorted.
    Result<std::vector<std::string>> heldCases();
    /// Every record this device holds, including tombstones, ordered by id,
    /// as the server would send it (no seq): for convergence checks and support.
    Result<std::vector<PulledRecord>> snapshot();

    /// Deletes every record, outbox entry, rejected change and sync value (a
    /// revoked device's wipe, before its files are removed).
    Status eraseAll();

private:
    Status applyOne(const PulledRecord& pulled, bool mayHavePending);
    Status purge(const std::vector<std::string>& caseIds);
    Result<std::vector<std::string>> casesOutside(const std::vector<std::string>& scopes);

    Database& db_;
    HlcClock& hlc_;
    const Clock& clock_;
};

/// Parses a record state from the wire (pull `records[]`, a rejection's
/// `current`); InvalidArgument naming the first bad key.
Result<PulledRecord> pulledRecordFromJson(const nlohmann::json& j);
nlohmann::json toJson(const PulledRecord& r);

}  // namespace rtw::store
