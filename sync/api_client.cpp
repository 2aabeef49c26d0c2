#include "sync/api_client.h"

#include <set>

#include "protocol/operation.h"

namespace rtw::sync {

using nlohmann::json;

namespace {

ApiError malformed(const std::string& what) {
    ApiError e;
    e.kind = ApiFailure::Server;
    e.code = "malformed_answer";
    e.message = "The server sent an answer this app cannot read (" + what + ").";
    return e;
}

std::int64_t retryAfterMs(const HttpResponse& r) {
    const std::string v = r.header("retry-after");
    if (v.empty()) return 0;
    try {
        return std::stoll(v) * 1000;
    } catch (...) {
        return 0;
    }
}

ApiError errorFrom(const HttpResponse& r) {
    ApiError e;
    if (!r.ok()) {
        e.kind = ApiFailure::Network;
        e.net = r.error;
        e.message =
            r.error == NetError::Refused ? r.errorMessage : "The server could not be reached.";
        return e;
    }
    e.status = r.status;
    json body = json::parse(r.body, nullptr, false);
    if (body.is_object() && body.contains("error") && body["error"].is_object()) {
        const json& err = body["error"];
        if (err.contains("code") && err["code"].is_string()) e.code = err["code"];
        if (err.contains("message") && err["message"].is_string()) e.message = err["message"];
        if (err.contains("fields") && err["fields"].is_array()) e.fields = err["fields"];
    }
    if (r.status >= 500) {
        e.kind = ApiFailure::Server;
        if (e.message.empty()) e.message = "The server had a problem.";
    } else if (r.status == 401) {
        e.kind = e.code == "device_revoked" ? ApiFailure::Revoked : ApiFailure::Unauthenticated;
    } else if (r.status == 409 && e.code == "update_required") {
        e.kind = ApiFailure::UpdateRequired;
    } else if (r.status == 429) {
        e.kind = ApiFailure::RateLimited;
        e.retryAfterMs = retryAfterMs(r);
    } else {
        e.kind = ApiFailure::Refused;
    }
    if (e.message.empty())
        e.message = "The server refused the request (" + std::to_string(r.status) + ").";
    return e;
}

bool isString(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string();
}

}  // namespace

const char* apiFailureName(ApiFailure f) {
    switch (f) {
        case ApiFailure::None:
            return "none";
        case ApiFailure::Network:
            return "network";
        case ApiFailure::Server:
            return "server";
        case ApiFailure::Unauthenticated:
            return "unauthenticated";
        case ApiFailure::Revoked:
            return "revoked";
        case ApiFailure::UpdateRequired:
            return "update_required";
        case ApiFailure::RateLimited:
            return "rate_limited";
        case ApiFailure::Refused:
            return "refused";
    }
    return "?";
}

json Session::toJson() const {
    return {{"server", server},
            {"accessToken", accessToken},
            {"accessExpiresAt", accessExpiresAt},
            {"refreshToken", refreshToken},
            {"refreshExpiresAt", refreshExpiresAt},
            {"deviceId", deviceId},
            {"user", user}};
}

std::optional<Session> Session::fromJson(const json& j) {
    if (!j.is_object()) return std::nullopt;
    for (const char* k : {"accessToken", "refreshToken", "deviceId"})
        if (!isString(j, k) || j[k].get_ref<const std::string&>().empty()) return std::nullopt;
    for (const char* k : {"accessExpiresAt", "refreshExpiresAt"})
        if (!j.contains(k) || !j[k].is_number_integer()) return std::nullopt;
    if (!j.contains("user") || !j["user"].is_object()) return std::nullopt;
    Session s;
    if (isString(j, "server")) s.server = j["server"];
    s.accessToken = j["accessToken"];
    s.accessExpiresAt = j["accessExpiresAt"];
    s.refreshToken = j["refreshToken"];
    s.refreshExpiresAt = j["refreshExpiresAt"];
    s.deviceId = j["deviceId"];
    s.user = j["user"];
    return s;
}

ApiClient::ApiClient(Transport& transport, std::string server)
    : transport_(transport), server_(std::move(server)) {
    while (!server_.empty() && server_.back() == '/') server_.pop_back();
}

ApiResult<json> ApiClient::call(const std::string& method, const std::string& path,
                                const std::string& accessToken, const json* body) {
    HttpRequest req;
    req.method = method;
    req.url = server_ + path;
    req.headers.emplace_back("X-RTW-Protocol", std::to_string(protocol::kSyncProtocolVersion));
    req.headers.emplace_back("Accept", "application/json");
    if (!accessToken.empty()) req.headers.emplace_back("Authorization", "Bearer " + accessToken);
    if (body) {
        req.headers.emplace_back("Content-Type", "application/json");
        req.body = body->dump();
    }
    HttpResponse r = transport_.send(req);
    if (!r.ok() || r.status < 200 || r.status >= 300) return ApiResult<json>::fail(errorFrom(r));
    if (r.status == 204 || r.body.empty()) return {json::object(), {}};
    json parsed = json::parse(r.body, nullptr, false);
    if (parsed.is_discarded()) return ApiResult<json>::fail(malformed("not JSON"));
    return {std::move(parsed), {}};
}

ApiResult<Session> ApiClient::session(ApiResult<json> answer) {
    if (!answer.ok()) return ApiResult<Session>::fail(answer.error);
    auto s = Session::fromJson(*answer.value);
    if (!s) return ApiResult<Session>::fail(malformed("session"));
    s->server = server_;
    return {std::move(*s), {}};
}

ApiResult<Session> ApiClient::signIn(const std::string& email, const std::string& password,
                                     const std::string& deviceName) {
    const json body = {{"email", email}, {"password", password}, {"deviceName", deviceName}};
    return session(call("POST", "/v1/auth/sign-in", "", &body));
}

ApiResult<Session> ApiClient::enrol(const std::string& code, const std::string& email,
                                    const std::string& displayName, const std::string& password,
                                    const std::string& deviceName) {
    const json body = {{"code", code},
                       {"email", email},
                       {"displayName", displayName},
                       {"password", password},
                       {"deviceName", deviceName}};
    return session(call("POST", "/v1/auth/enrol", "", &body));
}

ApiResult<Session> ApiClient::refresh(const std::string& refreshToken) {
    const json body = {{"refreshToken", refreshToken}};
    return session(call("POST", "/v1/auth/refresh", "", &body));
}

ApiResult<bool> ApiClient::signOut(const std::string& accessToken) {
    const json body = json::object();
    auto r = call("POST", "/v1/auth/sign-out", accessToken, &body);
    if (!r.ok()) return ApiResult<bool>::fail(r.error);
    return {true, {}};
}

ApiResult<json> ApiClient::me(const std::string& accessToken) {
    return call("GET", "/v1/me", accessToken, nullptr);
}

ApiResult<json> ApiClient::createInvite(const std::string& accessToken, const std::string& caseId) {
    const json body = {{"caseId", caseId}};
    auto r = call("POST", "/v1/invites", accessToken, &body);
    if (r.ok() && !(isString(*r.value, "code"))) return ApiResult<json>::fail(malformed("invite"));
    return r;
}

std::optional<std::vector<PushResult>> parsePushAnswer(const json& body, const json& operations) {
    if (!body.is_object() || !body.contains("results") || !body["results"].is_array())
        return std::nullopt;
    std::set<std::string> sent;
    for (const auto& op : operations) sent.insert(op.value("opId", ""));
    std::vector<PushResult> out;
    std::set<std::string> answered;
    for (const auto& r : body["results"]) {
        if (!r.is_object() || !isString(r, "opId") || !isString(r, "status")) return std::nullopt;
        PushResult p;
        p.opId = r["opId"];
        if (!sent.count(p.opId) || !answered.insert(p.opId).second) return std::nullopt;
        const std::string status = r["status"];
        if (status == "accepted") {
            p.accepted = true;
            p.duplicate = r.value("duplicate", false);
            if (r.contains("seq") && r["seq"].is_number_integer()) p.seq = r["seq"];
        } else if (status == "rejected") {
            p.rejection.opId = p.opId;
            p.rejection.code = isString(r, "code") ? r["code"].get<std::string>() : "rejected";
            p.rejection.message = isString(r, "message") ? r["message"].get<std::string>()
                                                         : "The server refused this change.";
            if (r.contains("fields") && r["fields"].is_array())
                p.rejection.fieldErrors = r["fields"];
            if (r.contains("current") && !r["current"].is_null()) {
                auto cur = store::pulledRecordFromJson(r["current"]);
                if (!cur) return std::nullopt;
                p.rejection.current = std::move(*cur);
            }
        } else {
            return std::nullopt;
        }
        out.push_back(std::move(p));
    }
    if (answered.size() != sent.size()) return std::nullopt;
    return out;
}

ApiResult<std::vector<PushResult>> ApiClient::push(const std::string& accessToken,
                                                   const json& operations) {
    const json body = {{"operations", operations}};
    auto r = call("POST", "/v1/sync/push", accessToken, &body);
    if (!r.ok()) return ApiResult<std::vector<PushResult>>::fail(r.error);
    auto parsed = parsePushAnswer(*r.value, operations);
    if (!parsed) return ApiResult<std::vector<PushResult>>::fail(malformed("push results"));
    return {std::move(*parsed), {}};
}

std::optional<PullPage> parsePullPage(const json& body) {
    if (!body.is_object() || !body.contains("records") || !body["records"].is_array())
        return std::nullopt;
    if (!isString(body, "cursor") || !body.contains("hasMore") || !body["hasMore"].is_boolean())
        return std::nullopt;
    PullPage page;
    page.cursor = body["cursor"];
    page.hasMore = body["hasMore"];
    if (body.contains("total") && body["total"].is_number_integer()) page.total = body["total"];
    if (body.contains("remaining") && body["remaining"].is_number_integer())
        page.remaining = body["remaining"];
    page.records.reserve(body["records"].size());
    for (const auto& rec : body["records"]) {
        auto r = store::pulledRecordFromJson(rec);
        if (!r) return std::nullopt;
        page.records.push_back(std::move(*r));
    }
    if (body.contains("scopes") && !body["scopes"].is_null()) {
        if (!body["scopes"].is_array()) return std::nullopt;
        std::vector<std::string> scopes;
        for (const auto& s : body["scopes"]) {
            if (!s.is_string()) return std::nullopt;
            scopes.push_back(s);
        }
        page.scopes = std::move(scopes);
    }
    return page;
}

ApiResult<PullPage> ApiClient::pull(const std::string& accessToken, const std::string& cursor,
                                    int limit) {
    auto r = call("GET", "/v1/sync/pull?cursor=" + cursor + "&limit=" + std::to_string(limit),
                  accessToken, nullptr);
    if (!r.ok()) return ApiResult<PullPage>::fail(r.error);
    auto page = parsePullPage(*r.value);
    if (!page) return ApiResult<PullPage>::fail(malformed("pull page"));
    return {std::move(*page), {}};
}

}  // namespace rtw::sync
