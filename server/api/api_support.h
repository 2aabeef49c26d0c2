#pragma once
// What every /v1/ handler shares: the protocol-version check, the bearer
// token, strict JSON bodies (nesting bounded, an object, the right
// Content-Type), and one mapping from a Status to an HTTP error with the
// JSON error shape of docs/api.md:
//   {"error": {"code": "...", "message": "...", "fields": [{"field", "message"}]}}

#include <optional>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "server/http/types.h"
#include "util/status.h"

namespace rtw::server::api {

/// Deepest JSON nesting a body may have; deeper is refused before parsing
/// (the parser recurses, so this keeps the stack safe).
inline constexpr int kMaxJsonDepth = 64;

/// nullopt when X-RTW-Protocol names this server's version; otherwise
/// 400 protocol_missing or 409 update_required saying which side to update.
std::optional<Response> checkProtocol(const Request& req);

/// The token of "Authorization: Bearer <token>", or empty.
std::string bearerToken(const Request& req);

/// The body as a JSON object, or the 400/415 answer: not JSON, nested too
/// deeply, not an object, or sent with a Content-Type other than JSON.
std::variant<nlohmann::json, Response> jsonObjectBody(const Request& req);

/// Whether `text` nests arrays/objects deeper than `maxDepth` (strings skipped).
bool nestsDeeperThan(std::string_view text, int maxDepth);

/// An error answer: {"error": {"code", "message", "fields"?}}.
Response errorResponse(int status, const std::string& code, const std::string& message,
                       const std::vector<FieldError>& fields = {});

/// The answer for a failed Status: InvalidArgument 400 invalid (with fields),
/// Unauthenticated 401 unauthenticated, Revoked 401 device_revoked,
/// NotAllowed 403 forbidden, NotFound 404 not_found, AlreadyExists 409
/// already_exists, RateLimited 429 rate_limited, Io 503 unavailable, anything
/// else 500 internal (without the detail, which is logged instead).
Response errorResponse(const Status& status);

/// JSON list of field errors: [{"field", "message"}, ...].
nlohmann::json fieldsJson(const std::vector<FieldError>& fields);

}  // namespace rtw::server::api
