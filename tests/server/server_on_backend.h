#pragma once
// A test suite running the real server (tests/support/test_server.h) on each
// backend: INSTANTIATE_TEST_SUITE_P(Backends, X, testing::kBackends, testing::backendName).

#include <gtest/gtest.h>

#include <memory>

#include "backend_fixture.h"
#include "test_server.h"

namespace rtw::server::testing {

class ServerOnBackend : public ::testing::TestWithParam<std::string>, public BackendFixture {
protected:
    void SetUp() override {
        setUpBackend(GetParam());
        if (HasFatalFailure() || IsSkipped()) return;
        testsupport::TestServerOptions o = options();
        o.db = url();
        server = std::make_unique<testsupport::TestServer>(o);
    }
    void TearDown() override { server.reset(); }  // before the schema is dropped
    /// Override to change how the server starts.
    virtual testsupport::TestServerOptions options() { return {}; }

    std::unique_ptr<testsupport::TestServer> server;
};

}  // namespace rtw::server::testing
