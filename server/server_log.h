#pragma once
// Structured logs: one JSON object per line on stderr. Callers pass only
// operational facts (route templates, status codes, timings, counts, opaque
// ids) — never names, notes, tokens or request bodies.

#include <nlohmann/json.hpp>
#include <string>

namespace rtw::server {

void logEvent(const std::string& level, const std::string& event, nlohmann::json fields = {});

}  // namespace rtw::server
