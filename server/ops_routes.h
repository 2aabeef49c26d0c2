#pragma once
// Operational endpoints: /healthz (the process answers), /readyz (it can
// reach its database, so a load balancer may send it traffic) and /metrics
// (Prometheus text).

#include <functional>

#include "server/http/metrics.h"
#include "server/http/router.h"
#include "util/status.h"

namespace rtw::server {

void addOpsRoutes(Router& router, Metrics& metrics, std::function<Status()> checkReady);

}  // namespace rtw::server
