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
    routes_.push_back({std::move(method), std::move(path), std::move(handler), false});
}

void Router::addPrefix(std::string method, std::string prefix, Handler handler) {
    routes_.push_back({std::move(method), std::move(prefix), std::move(handler), true});
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
    bool pathKnown = false;
    for (const auto& r : routes_) {
        if (r.prefix || r.path != path) continue;
        pathKnown = true;
        if (r.method == method) return {&r.handler, r.path, {}};
    }
    std::string prefixRoute;
    if (!pathKnown) {
        for (const auto& r : routes_) {
            if (!r.prefix || path.size() <= r.path.size() || path.compare(0, r.path.size(), r.path))
                continue;
            pathKnown = true;
            prefixRoute = r.path + "*";
            if (r.method == method) return {&r.handler, prefixRoute, {}};
        }
    }
    if (pathKnown) {
        // A prefix route's path holds a token: the message names the route only.
        const std::string& shown = prefixRoute.empty() ? path : prefixRoute;
        return {nullptr, shown,
                Response::error(405, "method_not_allowed", method + " is not allowed on " + shown)};
    }
    // Unknown paths share one metrics label so a scanner cannot grow the metric set.
    return {nullptr, "(unknown)",
            Response::error(404, "not_found", "there is nothing at this address")};
}

}  // namespace rtw::server
