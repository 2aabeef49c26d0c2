#pragma once
// The registry of record types: what the store consults before writing a
// record. A record is an envelope (id, type name, case id) plus a `fields`
// JSON object; the functions here deal with `fields` only.

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/status.h"

namespace rtw::model {

/// Whether a stored record may be changed after it is written. Append-only
/// records are clinical or audit history: corrections are new records.
enum class Mutability { Mutable, AppendOnly };

struct RecordTypeInfo {
    std::string_view name;  ///< snake_case, as in the envelope
    Mutability mutability;
    /// OK, or InvalidArgument listing every field error.
    Status (*validate)(const nlohmann::json& fields);
    /// The canonical form to store: the same record with timestamps written
    /// with milliseconds and NHS numbers without spaces, so equal records are
    /// equal JSON. Fails exactly when validate fails.
    Result<nlohmann::json> (*normalise)(const nlohmann::json& fields);
};

/// The type with this name, or nullptr if unknown.
const RecordTypeInfo* findRecordType(std::string_view name);
/// Every registered type, in a fixed order.
const std::vector<RecordTypeInfo>& allRecordTypes();

}  // namespace rtw::model
