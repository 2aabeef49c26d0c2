#pragma once
// Small settings kept as one JSON object per key in the store's encrypted
// `meta` table (the device profile, the patient's preferences).

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "store/database.h"
#include "util/status.h"

namespace rtw::store {

/// The object saved under `key`; nullopt when nothing is. Corrupt, naming
/// `what` ("the saved profile"), when the value is not a JSON object.
Result<std::optional<nlohmann::json>> loadMetaJson(Database& db, std::string_view key,
                                                   std::string_view what);

/// Saves `value` under `key`, replacing what was there.
Status saveMetaJson(Database& db, std::string_view key, const nlohmann::json& value);

}  // namespace rtw::store
