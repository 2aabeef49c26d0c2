#pragma once
// A stored record as one reader may see it: the shape pull sends and a
// rejected push operation carries as `current` (docs/sync-protocol.md 5).

#include <optional>

#include <nlohmann/json.hpp>

#include "policy/access_policy.h"
#include "server/sync/record_rows.h"

namespace rtw::server::sync {

/// {"id", "type", "caseId", "view", "fields", "fieldHlcs", "createdHlc",
/// "updatedHlc", "deleted", "seq"} redacted for `reader`, or nullopt when
/// the reader may not see the record (or its case is unknown: `facts` null).
/// A view other than full keeps only the field HLCs of the fields it shows.
std::optional<nlohmann::json> readerView(const policy::Principal& reader,
                                         const policy::CaseFacts* facts, const StoredRecord& record,
                                         std::int64_t nowMs);

/// Whether the reader may know the record exists (policy::viewOf is not None).
bool mayKnowRecord(const policy::Principal& reader, const policy::CaseFacts* facts,
                   const StoredRecord& record, std::int64_t nowMs);

}  // namespace rtw::server::sync
