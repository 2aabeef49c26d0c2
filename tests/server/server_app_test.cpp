// The composed server's operational side: health, readiness and metrics
// (operations by result, active devices, requests by route template).
#include <gtest/gtest.h>

#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;

class ServerAppOps : public ServerOnBackend {};

/// The value of one metric line `name` (with labels), or -1.
double metric(const std::string& text, const std::string& name) {
    const auto at = text.find("\n" + name + " ");
    if (at == std::string::npos) return -1;
    return std::stod(text.substr(at + name.size() + 2));
}

TEST_P(ServerAppOps, MetricsCountOperationsByResultAndActiveDevices) {
    auto ann = server->signIn(server->adviser());
    auto phone = server->signIn(server->adviser(), "Ann's phone");
    const std::string caseId = server->createCase(ann);
    auto c = server->client(ann.accessToken);
    const json good = createOp("goal", newUuid(), caseId, recordFields("goal", {ann.userId}),
                               server->nextHlc(ann.deviceId));
    json bad = good;
    bad["opId"] = newUuid();
    bad["fields"]["amount"] = -1;
    c.push(json::array({good, bad}));
    c.push(json::array({good}));
    auto http = server->client();
    auto text = http.http().request("GET", "/metrics").body;
    EXPECT_EQ(metric(text, "rtw_sync_operations_total{result=\"accepted\"}"), 2) << text;
    EXPECT_EQ(metric(text, "rtw_sync_operations_total{result=\"rejected\"}"), 1);
    EXPECT_EQ(metric(text, "rtw_sync_operations_total{result=\"duplicate\"}"), 1);
    EXPECT_EQ(metric(text, "rtw_active_devices"), 2);
    EXPECT_NE(text.find("rtw_http_requests_total{route=\"/v1/sync/push\",status=\"200\"} 3"),
              std::string::npos)
        << "the case and two pushes";
    EXPECT_NE(text.find("rtw_http_request_duration_seconds_count{route=\"/v1/sync/push\"}"),
              std::string::npos);
    EXPECT_EQ(text.find(caseId), std::string::npos) << "no ids in metrics";
    // A day later only the device that calls again counts.
    server->clock().advance(25LL * 3600 * 1000);
    auto refreshed =
        server->client().post("/v1/auth/refresh", {{"refreshToken", phone.refreshToken}});
    ASSERT_EQ(refreshed.status, 200);
    EXPECT_EQ(server->client(refreshed.json()["accessToken"]).get("/v1/me").status, 200);
    text = http.http().request("GET", "/metrics").body;
    EXPECT_EQ(metric(text, "rtw_active_devices"), 1) << text;
}

TEST_P(ServerAppOps, HealthAndReadiness) {
    auto c = server->client();
    EXPECT_EQ(c.http().request("GET", "/healthz").json()["status"], "ok");
    EXPECT_EQ(c.http().request("GET", "/readyz").json()["status"], "ready");
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerAppOps, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
