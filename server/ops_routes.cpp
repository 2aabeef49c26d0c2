#include "server/ops_routes.h"

namespace rtw::server {

void addOpsRoutes(Router& router, Metrics& metrics, std::function<Status()> checkReady) {
    router.add("GET", "/healthz", [](const Request&) {
        return Response::json(200, {{"status", "ok"}});
    });
    router.add("GET", "/readyz", [checkReady = std::move(checkReady)](const Request&) {
        const Status s = checkReady();
        if (s) return Response::json(200, {{"status", "ready"}});
        // The reason is operational (e.g. database unreachable), never personal data.
        return Response::error(503, "not_ready", s.message());
    });
    router.add("GET", "/metrics", [&metrics](const Request&) {
        Response r;
        r.contentType = "text/plain; version=0.0.4";
        r.body = metrics.prometheusText();
        return r;
    });
}

}  // namespace rtw::server
