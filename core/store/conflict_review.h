#pragma once
// Reviewing conflicts on the device (docs/sync-protocol.md section 6): the
// open `conflict` records, and closing one the way the server accepts it.
// The one implementation of "choose which value stands": the app's review
// screen and rtw-cli both call it.
//
// - Keep the value the record holds: only the conflict changes (status,
//   resolvedBy, resolvedAt; exactly what policy::checkConflict allows).
// - Keep the value that lost: it is written to the record as an ordinary
//   update (its own outbox entry, so it syncs and merges like any edit),
//   then the conflict is closed; both in ONE transaction.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/conflict.h"
#include "model/dates.h"
#include "store/record_store.h"
#include "util/status.h"

namespace rtw::store {

/// Which value stands after the review.
enum class ConflictChoice {
    KeepCurrent,  ///< the record keeps what it holds (the winning value)
    KeepLosing,   ///< the value that lost is written back to the record
};

/// One open conflict as stored.
struct OpenConflict {
    std::string id;      ///< the conflict record's id
    std::string caseId;  ///< the case it belongs to
    model::Conflict conflict;
};

/// Every open conflict on the device, newest losing write first. Records
/// that do not parse as a conflict are skipped (a newer server's shape).
Result<std::vector<OpenConflict>> openConflicts(RecordStore& records);

/// The update that closes a conflict in `userId`'s name at `now`.
nlohmann::json resolutionChanges(const std::string& userId, model::Timestamp now);

/// Whether `choice` can be made for `c` (the losing value cannot come back
/// over a deletion); NotAllowed with a plain-English reason if not.
Status checkChoice(const model::Conflict& c, ConflictChoice choice);

/// Resolves the open conflict `conflictId` in one transaction: NotFound if
/// there is no such conflict, NotAllowed if it is already resolved or the
/// choice cannot be made; nothing is written then.
Status resolveConflict(RecordStore& records, std::string_view conflictId, ConflictChoice choice,
                       const std::string& userId, model::Timestamp now);

}  // namespace rtw::store
