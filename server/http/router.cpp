#include "server/http/router.h"

namespace rtw::server {

Response Response::json(int status, const nlohmann::json& body) {
    Response r;
    r.status = status;
    r.body = body.dump();
    return r;
}

Response Response::error(int status, const std::string& code, const std::string& message) {
    return json(status, {{"error", {{"code", code}, {"message", message}}}});
}

void Router::add(std::string method, std::string path, Handler handler) {
    routes_.push_back({std::move(method), std::move(path), std::move(handler)});
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
    bool pathKnown = false;
    for (const auto& r : routes_) {
        if (r.path != path) continue;
        pathKnown = true;
        if (r.method == method) return {&r.handler, r.path, {}};
    }
    if (pathKnown)
        return {nullptr, path,
                Response::error(405, "method_not_allowed", method + " is not allowed on " + path)};
    // Unknown paths share one metrics label so a scanner cannot grow the metric set.
    return {nullptr, "(unknown)",
            Response::error(404, "not_found", "there is nothing at this address")};
}

}  // namespace rtw::server
