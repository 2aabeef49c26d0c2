#include "server/api/sync_routes.h"

#include "server/api/api_support.h"
#include "server/api/auth_routes.h"
#include "server/sync/sync_requests.h"

namespace rtw::server::api {

using nlohmann::json;

json opResultJson(const OpResult& r) {
    if (r.accepted) {
        json j = {{"opId", r.opId}, {"status", "accepted"}, {"seq", r.seq}};
        if (r.duplicate) j["duplicate"] = true;
        return j;
    }
    json j = {{"opId", r.opId},
              {"status", "rejected"},
              {"code", r.code},
              {"message", r.message},
              {"current", r.current}};
    if (!r.fields.empty()) j["fields"] = fieldsJson(r.fields);
    return j;
}

json pullPageJson(const PullPage& page) {
    json j = {{"records", page.records},
              {"cursor", std::to_string(page.cursor)},
              {"hasMore", page.hasMore},
              {"total", page.total},
              {"remaining", page.remaining}};
    if (page.scopes) j["scopes"] = *page.scopes;
    return j;
}

void addSyncRoutes(Router& router, AuthService& auth, SyncStore& sync) {
    router.add("POST", "/v1/sync/push", [&auth, &sync](const Request& req) -> Response {
        auto caller = authenticateRequest(req, auth);
        if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
        auto body = jsonObjectBody(req);
        if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
        auto operations = parsePushBody(std::get<json>(body));
        if (!operations) return errorResponse(operations.status());
        auto results = sync.push(std::get<Caller>(caller), *operations);
        if (!results) return errorResponse(results.status());
        json out = json::array();
        for (const auto& r : *results) out.push_back(opResultJson(r));
        return Response::json(200, {{"results", std::move(out)}});
    });
    router.add("GET", "/v1/sync/pull", [&auth, &sync](const Request& req) -> Response {
        auto caller = authenticateRequest(req, auth);
        if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
        auto query = parsePullQuery(req.query);
        if (!query) return errorResponse(query.status());
        auto page = sync.pull(std::get<Caller>(caller), query->cursor, query->limit);
        if (!page) return errorResponse(page.status());
        return Response::json(200, pullPageJson(*page));
    });
}

}  // namespace rtw::server::api
