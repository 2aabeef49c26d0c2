#pragma once
// The request shapes of push and pull, checked before anything touches the
// database (docs/sync-protocol.md 4 and 5). Separate from the routes so the
// fuzz target drives them directly.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/status.h"

namespace rtw::server {

/// A push body's operations. InvalidArgument (nothing is applied) when
/// `operations` is missing, not a list, empty or longer than 500, when
/// another key is present, or when an element is not an object with a UUID
/// `opId`. Each operation's own content is judged later, one by one.
Result<std::vector<nlohmann::json>> parsePushBody(const nlohmann::json& body);

struct PullQuery {
    std::int64_t cursor = 0;
    int limit = 0;
};

/// `cursor` (a whole number >= 0, default 0) and `limit` (1 to 1000,
/// default 500); any other parameter is an error.
Result<PullQuery> parsePullQuery(const std::map<std::string, std::string>& query);

}  // namespace rtw::server
