#pragma once
// Maps method + path to a handler: exact paths, and prefixes for paths that
// carry an id or token (/e/{token}). Unknown paths get 404 and a known path
// with the wrong method 405, both with the JSON error body. Metrics and logs
// see only the route (a prefix route as "prefix*"), never the id or token.

#include <functional>
#include <string>
#include <vector>

#include "server/http/types.h"

namespace rtw::server {

using Handler = std::function<Response(const Request&)>;

class Router {
public:
    void add(std::string method, std::string path, Handler handler);
    /// Every path starting with `prefix` (and longer than it); exact routes win.
    void addPrefix(std::string method, std::string prefix, Handler handler);

    struct Match {
        const Handler* handler = nullptr;  ///< null: respond with `fallback`
        std::string route;                 ///< the route's path, for metrics and logs
        Response fallback;
    };
    Match match(const std::string& method, const std::string& path) const;

private:
    struct Route {
        std::string method, path;
        Handler handler;
        bool prefix = false;
    };
    std::vector<Route> routes_;
};

}  // namespace rtw::server
