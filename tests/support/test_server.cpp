#include "test_server.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "hlc/hlc.h"
#include "model/dates.h"
#include "server/server_log.h"
#include "util/random_id.h"

namespace rtw::testsupport {

using nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("TestServer: " + what);
}

template <typename T>
T orFail(Result<T> r, const std::string& what) {
    if (!r) fail(what + ": " + r.status().message());
    return std::move(*r);
}

TestSession sessionFrom(const HttpResponse& res, const std::string& what) {
    if (res.status != 200) fail(what + " answered " + std::to_string(res.status) + " " + res.body);
    const json j = res.json();
    TestSession s;
    s.accessToken = j.at("accessToken");
    s.refreshToken = j.at("refreshToken");
    s.deviceId = j.at("deviceId");
    s.userId = j.at("user").at("id");
    s.body = j;
    return s;
}

}  // namespace

struct TestServer::TempFolder {
    std::filesystem::path path;
    TempFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "rtw-test-server-XXXXXX");
        if (::mkdtemp(pattern.data()) == nullptr) fail("cannot make a temp folder");
        path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
};

TestServer::TestServer(TestServerOptions options) : folder_(std::make_unique<TempFolder>()) {
    server::setLogLevel("warning");  // one line per request drowns test output
    server::ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    config.threads = options.threads;
    config.db =
        options.db.empty() ? "sqlite:" + (folder_->path / "server.db").string() : options.db;
    config.tlsCertFile = options.tlsCertFile;
    config.tlsKeyFile = options.tlsKeyFile;
    config.trustedProxies = options.trustedProxies;
    if (options.maxBodyBytes) config.maxBodyBytes = options.maxBodyBytes;
    if (options.readTimeout.count() > 0) config.readTimeout = options.readTimeout;
    caFile_ = options.tlsCertFile;
    const Clock* clock = options.clock;
    if (!clock) {
        ownClock_ = std::make_unique<TestClock>();
        clock = ownClock_.get();
    }
    server::ServerAppOptions appOptions;
    appOptions.clock = clock;
    appOptions.passwordCost = server::PasswordCost::Minimum;  // fast hashes for tests
    appOptions.authLimits = options.authLimits;
    appOptions.webLimits = options.webLimits;
    app_ = orFail(server::ServerApp::create(config, appOptions), "starting the server");
    if (Status s = app_->listen(); !s) fail("listening: " + s.message());
    thread_ = std::make_unique<std::thread>([this] { app_->run(); });
    if (!options.createAccounts) return;

    auto& accounts = app_->accounts();
    serviceId_ = orFail(accounts.createService("Test Work and Health Service"), "service").id;
    practiceId_ =
        orFail(accounts.createPractice(serviceId_, "Practice A", std::nullopt), "practice").id;
    otherPracticeId_ =
        orFail(accounts.createPractice(serviceId_, "Practice B", std::nullopt), "practice").id;
    adviser_ = makeAccount("adviser", "Ann Adviser", practiceId_);
    otherAdviser_ = makeAccount("adviser", "Ben Adviser", otherPracticeId_);
    lead_ = makeAccount("service_lead", "Lee Lead", practiceId_);
    admin_ = makeAccount("admin", "Ada Admin", std::nullopt);
    referrer_ = makeAccount("referrer", "Dr Rachel Moss", std::nullopt);
}

TestServer::~TestServer() {
    if (thread_ && thread_->joinable()) {
        app_->stop();
        thread_->join();
    }
}

std::uint16_t TestServer::port() const {
    return app_->port();
}

std::string TestServer::baseUrl() const {
    return std::string(caFile_.empty() ? "http" : "https") +
           "://127.0.0.1:" + std::to_string(port());
}

TestAccount TestServer::makeAccount(const std::string& role, const std::string& displayName,
                                    std::optional<std::string> practiceId) {
    TestAccount a;
    a.email = role + "." + std::to_string(++counter_) + "@test.rtw.example";
    a.password = "a long test password " + std::to_string(counter_);
    a.displayName = displayName;
    a.role = *model::enumFromName<model::UserRole>(role);
    a.practiceId = practiceId;
    server::NewUser user{serviceId_, practiceId, role, a.email, displayName, a.password};
    a.id = orFail(app_->accounts().createUser(user), "account " + a.email).id;
    return a;
}

TestAccount TestServer::createStaff(model::UserRole role, const std::string& displayName,
                                    std::optional<std::string> practiceId) {
    return makeAccount(std::string(model::enumName(role)), displayName, std::move(practiceId));
}

TestAccount TestServer::createEmployerContact(const std::string& displayName) {
    TestAccount a;
    a.email = "employer." + std::to_string(++counter_) + "@test.rtw.example";
    a.password = "a long test password " + std::to_string(counter_);
    a.displayName = displayName;
    a.role = model::UserRole::EmployerContact;
    a.id =
        orFail(app_->accounts().createEmployerContact(serviceId_, a.email, displayName, a.password),
               "employer contact")
            .id;
    return a;
}

ApiClient TestServer::client(const std::string& accessToken) const {
    ApiClient c(host(), port(), caFile_);
    c.setToken(accessToken);
    return c;
}

TestSession TestServer::signIn(const TestAccount& account, const std::string& deviceName) {
    auto c = client();
    return sessionFrom(c.post("/v1/auth/sign-in", {{"email", account.email},
                                                   {"password", account.password},
                                                   {"deviceName", deviceName}}),
                       "sign-in of " + account.email);
}

std::string TestServer::nextHlc(const std::string& deviceId) {
    const std::int64_t now = app_->clock().nowMs();
    lastHlcMs_ = std::max(now, lastHlcMs_ + 1);
    return Hlc{lastHlcMs_, 0, deviceId}.toString();
}

std::string TestServer::createCase(const TestSession& holder, std::optional<std::string> practiceId,
                                   const json& extraFields) {
    const std::string id = newUuid();
    json fields = {{"practiceId", practiceId.value_or(practiceId_)},
                   {"adviserId", holder.userId},
                   {"status", "active"},
                   {"openedOn", model::formatIsoDate(model::utcDateOf(app_->clock().nowMs()))}};
    fields.update(extraFields);
    const json op = {{"opId", newUuid()},
                     {"recordId", id},
                     {"type", "case"},
                     {"caseId", id},
                     {"op", "create"},
                     {"fields", fields},
                     {"hlc", nextHlc(holder.deviceId)}};
    auto res = client(holder.accessToken).push(json::array({op}));
    if (res.status != 200 || res.json()["results"][0]["status"] != "accepted")
        fail("creating a case: " + std::to_string(res.status) + " " + res.body);
    return id;
}

std::pair<TestAccount, TestSession> TestServer::enrolPatient(const TestSession& holder,
                                                             const std::string& caseId,
                                                             const std::string& displayName) {
    auto invite = client(holder.accessToken).post("/v1/invites", {{"caseId", caseId}});
    if (invite.status != 201) fail("invite: " + std::to_string(invite.status) + " " + invite.body);
    TestAccount a;
    a.email = "patient." + std::to_string(++counter_) + "@test.rtw.example";
    a.password = "a long test password " + std::to_string(counter_);
    a.displayName = displayName;
    a.role = model::UserRole::Patient;
    auto c = client();
    TestSession s = sessionFrom(c.post("/v1/auth/enrol", {{"code", invite.json()["code"]},
                                                          {"email", a.email},
                                                          {"displayName", displayName},
                                                          {"password", a.password},
                                                          {"deviceName", "patient phone"}}),
                                "enrolment");
    a.id = s.userId;
    return {a, s};
}

TestClock& TestServer::clock() {
    if (!ownClock_) fail("clock(): the test gave the server its own clock");
    return *ownClock_;
}

}  // namespace rtw::testsupport
