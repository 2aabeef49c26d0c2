#include "server/api/api_support.h"

#include <cctype>
#include <charconv>

#include "protocol/operation.h"
#include "server/server_log.h"

namespace rtw::server::api {
namespace {

std::string header(const Request& req, const char* name) {
    const auto it = req.headers.find(name);
    return it == req.headers.end() ? std::string() : it->second;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && (s[start] == ' ' || s[start] == '\t')) ++start;
    return s.substr(start);
}

}  // namespace

std::optional<Response> checkProtocol(const Request& req) {
    const auto it = req.headers.find("x-rtw-protocol");
    if (it == req.headers.end())
        return errorResponse(400, "protocol_missing",
                             "every /v1/ request needs the header X-RTW-Protocol: " +
                                 std::to_string(protocol::kSyncProtocolVersion));
    const std::string value = trimmed(it->second);
    int version = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
    if (ec != std::errc{} || end != value.data() + value.size() || value.empty())
        return errorResponse(400, "protocol_missing",
                             "X-RTW-Protocol must be the protocol version, a whole number such "
                             "as " +
                                 std::to_string(protocol::kSyncProtocolVersion));
    if (version == protocol::kSyncProtocolVersion) return std::nullopt;
    if (version < protocol::kSyncProtocolVersion)
        return errorResponse(409, "update_required",
                             "This app is older than the server: update the app.");
    return errorResponse(409, "update_required",
                         "The server is older than this app: ask your service to update it.");
}

std::string bearerToken(const Request& req) {
    const std::string value = trimmed(header(req, "authorization"));
    if (value.size() < 7) return {};
    std::string scheme = value.substr(0, 7);
    for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "bearer ") return {};
    return trimmed(value.substr(7));
}

bool nestsDeeperThan(std::string_view text, int maxDepth) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;  // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

std::variant<nlohmann::json, Response> jsonObjectBody(const Request& req) {
    const std::string type = header(req, "content-type");
    if (!type.empty()) {
        std::string base = trimmed(type.substr(0, type.find(';')));
        for (auto& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (base != "application/json")
            return errorResponse(415, "unsupported_media_type",
                                 "the request body must be JSON (Content-Type: application/json)");
    }
    if (nestsDeeperThan(req.body, kMaxJsonDepth))
        return errorResponse(
            400, "bad_json",
            "the request body nests deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    auto body = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded())
        return errorResponse(400, "bad_json", "the request body is not valid JSON");
    if (!body.is_object())
        return errorResponse(400, "bad_json", "the request body must be a JSON object");
    return body;
}

nlohmann::json fieldsJson(const std::vector<FieldError>& fields) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& f : fields) out.push_back({{"field", f.field}, {"message", f.message}});
    return out;
}

Response errorResponse(int status, const std::string& code, const std::string& message,
                       const std::vector<FieldError>& fields) {
    nlohmann::json error = {{"code", code}, {"message", message}};
    if (!fields.empty()) error["fields"] = fieldsJson(fields);
    return Response::json(status, {{"error", error}});
}

Response errorResponse(const Status& s) {
    switch (s.code()) {
        case ErrorCode::InvalidArgument:
            return errorResponse(400, "invalid", s.message(), s.fieldErrors());
        case ErrorCode::Unauthenticated:
            return errorResponse(401, "unauthenticated", s.message());
        case ErrorCode::Revoked:
            return errorResponse(401, "device_revoked", s.message());
        case ErrorCode::NotAllowed:
            return errorResponse(403, "forbidden", s.message());
        case ErrorCode::NotFound:
            return errorResponse(404, "not_found", s.message());
        case ErrorCode::AlreadyExists:
            return errorResponse(409, "already_exists", s.message());
        case ErrorCode::RateLimited: {
            Response r = errorResponse(429, "rate_limited", s.message());
            r.headers["Retry-After"] = "900";  // callers that know better overwrite it
            return r;
        }
        case ErrorCode::Io:
            // Database messages carry no bound values (see server/db), but
            // they are for operators, not callers.
            logEvent("error", "database", {{"message", s.message()}});
            {
                Response r = errorResponse(503, "unavailable",
                                           "the server cannot reach its database just now; try "
                                           "again shortly");
                r.headers["Retry-After"] = "5";
                return r;
            }
        default:
            logEvent("error", "internal", {{"code", errorCodeName(s.code())}});
            return errorResponse(500, "internal", "something went wrong on the server; try again");
    }
}

}  // namespace rtw::server::api
