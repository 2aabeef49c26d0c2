#pragma once
// Maps method + exact path to a handler. Unknown paths get 404 and a known
// path with the wrong method 405, both with the JSON error body.

#include <functional>
#include <string>
#include <vector>

#include "server/http/types.h"

namespace rtw::server {

using Handler = std::function<Response(const Request&)>;

class Router {
public:
    void add(std::string method, std::string path, Handler handler);

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
    };
    std::vector<Route> routes_;
};

}  // namespace rtw::server
