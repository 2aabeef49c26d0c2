#pragma once
// Structured logs: one JSON object per line on stderr. Callers pass only
// operational facts (route templates, status codes, timings, counts, opaque
// ids) — never names, notes, tokens or request bodies.

#include <nlohmann/json.hpp>
#include <string>

namespace rtw::server {

/// `level`: "debug", "info", "warning" or "error".
void logEvent(const std::string& level, const std::string& event, nlohmann::json fields = {});

/// Drops events below `level` from now on (default "info"); tests that run
/// thousands of requests set "warning" to keep their output readable.
void setLogLevel(const std::string& level);

}  // namespace rtw::server
