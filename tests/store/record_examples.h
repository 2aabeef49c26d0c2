#pragma once
// One valid example `fields` object per registered record type, and one valid
// change per mutable type, for tests that must cover every type. A new record
// type needs an entry in each (the EveryType tests fail until it has one).

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rtw::testing {

/// Valid fields for a record of `type` in case `caseId` (empty for a case),
/// written on `deviceId`; null if there is no example for `type`. References
/// the store checks are avoided: the case_note example is a plain note.
nlohmann::json exampleFields(std::string_view type, const std::string& caseId,
                             const std::string& deviceId);

/// {field: newValue}: one field whose new value is valid and differs from
/// exampleFields(type, ...). For an append-only type it is the change the
/// store must refuse. Null if there is none.
nlohmann::json exampleChange(std::string_view type);

}  // namespace rtw::testing
