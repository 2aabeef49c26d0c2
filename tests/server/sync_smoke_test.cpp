// First light: sign in, push a case and a goal, pull them back, on both backends.
#include <gtest/gtest.h>

#include "backend_fixture.h"
#include "test_server.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using testsupport::TestServer;

class SyncSmoke : public ::testing::TestWithParam<std::string>, public testing::BackendFixture {
protected:
    void SetUp() override {
        setUpBackend(GetParam());
        if (HasFatalFailure() || IsSkipped()) return;
        testsupport::TestServerOptions o;
        o.db = url();
        server = std::make_unique<TestServer>(o);
    }
    std::unique_ptr<TestServer> server;
};

TEST_P(SyncSmoke, PushThenPull) {
    auto ann = server->signIn(server->adviser());
    const std::string caseId = server->createCase(ann);
    auto c = server->client(ann.accessToken);
    const std::string goalId = newUuid();
    json op = {{"opId", newUuid()},
               {"recordId", goalId},
               {"type", "goal"},
               {"caseId", caseId},
               {"op", "create"},
               {"fields",
                {{"category", "activity"},
                 {"what", "Walk"},
                 {"amount", 20},
                 {"unit", "minutes"},
                 {"frequency", "daily"},
                 {"status", "active"}}},
               {"hlc", server->nextHlc(ann.deviceId)}};
    auto pushed = c.push(json::array({op}));
    ASSERT_EQ(pushed.status, 200) << pushed.body;
    EXPECT_EQ(pushed.json()["results"][0]["status"], "accepted") << pushed.body;
    auto pulled = c.pull();
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    const json page = pulled.json();
    std::vector<std::string> types;
    for (const auto& r : page["records"]) types.push_back(r["type"]);
    EXPECT_EQ(types, (std::vector<std::string>{"case", "audit_event", "goal", "audit_event"}));
    EXPECT_EQ(page["records"][2]["fields"]["amount"], 20.0) << "stored in canonical form";
    EXPECT_EQ(page["hasMore"], false);
    EXPECT_EQ(page["scopes"], json::array({caseId}));
}

INSTANTIATE_TEST_SUITE_P(Backends, SyncSmoke, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
