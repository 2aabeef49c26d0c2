#pragma once
// The server side of sync (docs/sync-protocol.md): push applies a batch of
// operations in one transaction (validated by the model registry, checked by
// the access policy, merged by merge::apply, numbered under the change-log
// lock, each op id applied once), pull returns record states after a cursor
// within the caller's cases, redacted for the caller. Portable SQL: the same
// code runs on SQLite and PostgreSQL.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/access_policy.h"
#include "server/auth/auth_service.h"
#include "server/db/sql_database.h"
#include "server/http/metrics.h"
#include "server/sync/server_records.h"
#include "util/clock.h"

namespace rtw::server {

/// The answer to one pushed operation.
struct OpResult {
    std::string opId;
    bool accepted = false;
    bool duplicate = false;  ///< accepted earlier; nothing changed now
    std::int64_t seq = 0;    ///< accepted: the sequence number it was given
    std::string code;        ///< rejected: invalid, op_id_reused, not_found, not_allowed
    std::string message;     ///< rejected: for a person to read
    std::vector<FieldError> fields;
    /// Rejected: the record as the caller may see it now (pull's shape), or
    /// null when it does not exist for them.
    nlohmann::json current;
};

/// One page of a pull.
struct PullPage {
    nlohmann::json records = nlohmann::json::array();
    std::int64_t cursor = 0;
    bool hasMore = false;
    std::int64_t total = 0;
    std::int64_t remaining = 0;
    /// Only on the last page: every case the caller may see now.
    std::optional<std::vector<std::string>> scopes;
};

/// Limits of one request, from the protocol.
inline constexpr std::size_t kMaxPushOperations = 500;
inline constexpr int kMaxPullLimit = 1000;
inline constexpr int kDefaultPullLimit = 500;

/// Push and pull over the server database. Thread-safe.
class SyncStore {
public:
    /// `metrics` (optional) counts operations accepted, rejected and duplicate.
    SyncStore(db::SqlDatabase& db, const Clock& clock, Metrics* metrics = nullptr);

    /// Applies `operations` (JSON objects, each with a UUID opId; the route
    /// checked that much) in order, in one transaction, as `caller`.
    Result<std::vector<OpResult>> push(const Caller& caller,
                                       const std::vector<nlohmann::json>& operations);

    /// Records changed after `cursor` in the caller's cases, at most `limit`.
    Result<PullPage> pull(const Caller& caller, std::int64_t cursor, int limit);

    /// The facts of one case as the policy needs them; nullopt when there is
    /// no such case.
    Result<std::optional<policy::CaseFacts>> caseFacts(const std::string& caseId);

    /// Inside an enrolment transaction: records `patient` on the case (the
    /// case record's patientUserId, merged like any change, audited, and the
    /// case renumbered so the patient's devices receive it). NotFound when
    /// the case is gone; AlreadyExists when it already has a patient.
    Status linkPatient(db::SqlTx& tx, const std::string& caseId, const Account& patient);

    sync::ServerHlc& hlc() { return hlc_; }

private:
    db::SqlDatabase& db_;
    const Clock& clock_;
    Metrics* metrics_;
    sync::ServerHlc hlc_;
};

}  // namespace rtw::server
