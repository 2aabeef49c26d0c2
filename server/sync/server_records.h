#pragma once
// Records the server writes itself, in the case they are about: an
// audit_event for every accepted change and every read by an employer
// contact or referrer, and a conflict for every value that lost a merge.
// Their HLCs come from the server's own clock (node "server-<random>", one
// per process, so two processes never stamp alike).

#include <mutex>
#include <string>

#include <nlohmann/json.hpp>

#include "hlc/hlc.h"
#include "merge/merge.h"
#include "model/user.h"
#include "server/sync/record_rows.h"
#include "util/clock.h"

namespace rtw::server::sync {

/// The server's hybrid logical clock; thread-safe.
class ServerHlc {
public:
    explicit ServerHlc(const Clock& clock);
    std::string next();
    /// Folds in a device's stamp so later server stamps order after it.
    void observe(const std::string& hlc);
    const std::string& node() const { return clock_.node(); }

private:
    std::mutex mutex_;
    HlcClock clock_;
};

/// Who did something, for the audit trail.
struct Actor {
    std::string userId;
    model::UserRole role{};
    std::string deviceId;  ///< empty: not from a device (web page, server job)
};

/// The fields of an audit_event: `action` ("create", "update", "delete",
/// "read") done by `actor` to the record, at `nowMs`.
nlohmann::json auditFields(const Actor& actor, const std::string& action,
                           const std::string& recordType, const std::string& recordId,
                           std::int64_t nowMs);

/// The fields of an open conflict for one loss on the record.
nlohmann::json conflictFields(const merge::Loss& loss, const std::string& recordType,
                              const std::string& recordId);

/// A new server-written record (fresh id) created at `hlc` with `seq`.
StoredRecord serverRecord(const std::string& type, const std::string& caseId, nlohmann::json fields,
                          const std::string& hlc, std::int64_t seq);

}  // namespace rtw::server::sync
