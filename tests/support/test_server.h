#pragma once
// The real rtw-server, in-process, for tests: ServerApp on 127.0.0.1 with an
// ephemeral port, serving on its own threads, with a service, two practices
// and one account of each staff role already made. Use it to test anything
// that talks to the server (auth, sync, the device's sync engine) against
// the real thing, on SQLite or PostgreSQL.
//
//   rtw::testsupport::TestServer server;          // fresh encrypted SQLite
//   auto ann = server.signIn(server.adviser());   // tokens, over HTTP
//   std::string caseId = server.createCase(ann);  // a case on Ann's caseload
//   // ... point a client at server.baseUrl() with ann.accessToken
//
// Stable API for other test suites: add to it, do not change it.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "http_client.h"
#include "model/user.h"
#include "server/auth/auth_service.h"
#include "server/server_app.h"
#include "test_clock.h"

namespace rtw::testsupport {

/// An account the fixture made, with its password.
struct TestAccount {
    std::string id;
    std::string email;
    std::string password;
    std::string displayName;
    model::UserRole role{};
    std::optional<std::string> practiceId;
};

/// A signed-in device: the sign-in (or enrol) answer.
struct TestSession {
    std::string accessToken;
    std::string refreshToken;
    std::string deviceId;
    std::string userId;
    nlohmann::json body;  ///< the whole session answer
};

struct TestServerOptions {
    /// A database URL (e.g. BackendFixture::url()); empty: a fresh SQLite
    /// (SQLCipher) file in a temp folder removed with the server.
    std::string db;
    /// Null: the server's own TestClock, started at the real time (clock()).
    const Clock* clock = nullptr;
    server::AuthLimits authLimits;
    /// Requests per address to the employer's web pages.
    server::web::WebLimits webLimits;
    int threads = 2;
    /// The request body limit; 0: the server's default (8 MiB).
    std::size_t maxBodyBytes = 0;
    /// How long a request (or a TLS handshake) may take to arrive; 0: the
    /// server's default (30 s).
    std::chrono::seconds readTimeout{0};
    /// HTTPS with these PEM files; clients then need the certificate.
    std::string tlsCertFile;
    std::string tlsKeyFile;
    /// Peers whose X-Forwarded-For names the client (rate limits per address).
    std::vector<std::string> trustedProxies;
    /// Create the service, practices and staff accounts (off when a second
    /// server shares a database the first already set up).
    bool createAccounts = true;
};

class TestServer {
public:
    /// Starts the server; throws std::runtime_error with the reason when it cannot.
    explicit TestServer(TestServerOptions options = {});
    /// Stops gracefully and waits for the serving threads.
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    std::string host() const { return "127.0.0.1"; }
    std::uint16_t port() const;
    /// "http://127.0.0.1:PORT" (https with TLS).
    std::string baseUrl() const;

    const std::string& serviceId() const { return serviceId_; }
    /// Practice A (the adviser's and the lead's) and practice B (the other adviser's).
    const std::string& practiceId() const { return practiceId_; }
    const std::string& otherPracticeId() const { return otherPracticeId_; }

    /// Staff made at start: adviser and service lead in practice A, another
    /// adviser in practice B, an admin, and a referrer (GP).
    const TestAccount& adviser() const { return adviser_; }
    const TestAccount& otherAdviser() const { return otherAdviser_; }
    const TestAccount& serviceLead() const { return lead_; }
    const TestAccount& admin() const { return admin_; }
    const TestAccount& referrer() const { return referrer_; }

    /// Another staff account (adviser, service_lead, admin, referrer).
    TestAccount createStaff(model::UserRole role, const std::string& displayName,
                            std::optional<std::string> practiceId = std::nullopt);
    /// An employer contact account (made by sharing a plan, in the product).
    TestAccount createEmployerContact(const std::string& displayName);

    /// Signs in over HTTP; throws when the server refuses.
    TestSession signIn(const TestAccount& account, const std::string& deviceName = "test device");
    /// Pushes a new case (practice A unless given, status active) held by the
    /// adviser signed in as `holder`; returns its id. Throws when refused.
    std::string createCase(const TestSession& holder,
                           std::optional<std::string> practiceId = std::nullopt,
                           const nlohmann::json& extraFields = nlohmann::json::object());
    /// The case's patient: the holder invites, the patient enrols over HTTP.
    std::pair<TestAccount, TestSession> enrolPatient(
        const TestSession& holder, const std::string& caseId,
        const std::string& displayName = "Pat Patient");

    /// A new client to this server (its own connection).
    ApiClient client(const std::string& accessToken = {}) const;

    server::ServerApp& app() { return *app_; }
    /// The server's clock when the fixture made it (options.clock null); else throws.
    TestClock& clock();

    /// A fresh HLC text for writes made "by" a test device.
    std::string nextHlc(const std::string& deviceId);

private:
    TestAccount makeAccount(const std::string& role, const std::string& displayName,
                            std::optional<std::string> practiceId);

    struct TempFolder;
    std::unique_ptr<TempFolder> folder_;
    std::unique_ptr<TestClock> ownClock_;
    std::unique_ptr<server::ServerApp> app_;
    std::unique_ptr<std::thread> thread_;
    std::string caFile_;
    std::string serviceId_, practiceId_, otherPracticeId_;
    TestAccount adviser_, otherAdviser_, lead_, admin_, referrer_;
    int counter_ = 0;
    std::int64_t lastHlcMs_ = 0;
};

}  // namespace rtw::testsupport
