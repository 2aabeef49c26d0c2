// Bad input of every kind, against the real server on both backends: each
// gets the right status and a JSON error body, and no row of any table
// changes (a dump of the whole database before and after is compared).
#include <gtest/gtest.h>

#include "database_dump.h"
#include "server/http/gzip.h"
#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::HttpResponse;

class BadInput : public ServerOnBackend {
protected:
    testsupport::TestServerOptions options() override {
        testsupport::TestServerOptions o;
        // Small enough that an oversize body still fits the socket buffers,
        // so the client reads the 413 instead of failing to send.
        o.maxBodyBytes = 256 * 1024;
        return o;
    }
    void SetUp() override {
        ServerOnBackend::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        ann = server->signIn(server->adviser());
        caseId = server->createCase(ann);
        People p{ann.userId, {}, {}, {}};
        goalId = newUuid();
        auto c = server->client(ann.accessToken);
        pushOne(c, createOp("goal", goalId, caseId, recordFields("goal", p), hlc()));
        before = testsupport::dumpDatabase(server->app().database());
    }
    std::string hlc() { return server->nextHlc(ann.deviceId); }
    std::map<std::string, std::string> headers(bool token = true) {
        std::map<std::string, std::string> h = {{"X-RTW-Protocol", "1"},
                                                {"Content-Type", "application/json"}};
        if (token) h["Authorization"] = "Bearer " + ann.accessToken;
        return h;
    }
    HttpResponse send(const std::string& method, const std::string& target, const std::string& body,
                      std::map<std::string, std::string> h) {
        auto c = server->client();
        return c.http().request(method, target, body, h);
    }
    /// The answer has `status`, a JSON error with `code` and a message, and
    /// the database is as it was.
    void expectRefused(const HttpResponse& res, int status, const std::string& code,
                       const std::string& what) {
        EXPECT_EQ(res.status, status) << what << ": " << res.body;
        EXPECT_EQ(res.errorCode(), code) << what << ": " << res.body;
        EXPECT_FALSE(res.json()["error"].value("message", "").empty()) << what;
        EXPECT_EQ(res.header("content-type"), "application/json") << what;
        EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before)
            << what << " changed the store";
    }

    testsupport::TestSession ann;
    std::string caseId, goalId, before;
};

TEST_P(BadInput, MalformedJsonIsRefusedOnEveryEndpoint) {
    for (const char* path : {"/v1/sync/push", "/v1/auth/sign-in", "/v1/auth/refresh",
                             "/v1/auth/enrol", "/v1/invites", "/v1/auth/sign-out"}) {
        for (const std::string& body :
             {std::string("{\"operations\": ["), std::string("not json"), std::string("[1, 2]"),
              std::string("\"text\""), std::string(200, '[') + std::string(200, ']'),
              std::string("{\"a\":\"\xff\xfe\"}")}) {
            expectRefused(send("POST", path, body, headers()), 400, "bad_json",
                          std::string(path) + " " + body.substr(0, 20));
        }
    }
}

TEST_P(BadInput, WrongTypesUnknownAndMissingFieldsAreNamed) {
    struct Case {
        std::string path;
        json body;
        std::string field;
    };
    const std::vector<Case> cases = {
        {"/v1/sync/push", json::object(), "operations"},
        {"/v1/sync/push", {{"operations", "all"}}, "operations"},
        {"/v1/sync/push", {{"operations", json::array()}}, "operations"},
        {"/v1/sync/push", {{"operations", {{{"opId", 7}}}}}, "operations[0].opId"},
        {"/v1/sync/push", {{"operations", {42}}}, "operations[0]"},
        {"/v1/sync/push", {{"operations", {{{"opId", newUuid()}}}}, {"extra", 1}}, "extra"},
        {"/v1/auth/sign-in",
         {{"email", "a@b.example"}, {"password", 12345}, {"deviceName", "x"}},
         "password"},
        {"/v1/auth/sign-in", {{"email", "a@b.example"}, {"deviceName", "x"}}, "password"},
        {"/v1/auth/sign-in",
         {{"email", "a@b.example"}, {"password", "p"}, {"deviceName", "x"}, {"admin", true}},
         "admin"},
        {"/v1/auth/refresh", {{"refreshToken", nullptr}}, "refreshToken"},
        {"/v1/invites", {{"caseId", 5}}, "caseId"},
        {"/v1/invites", {{"caseId", "not-a-uuid"}}, "caseId"},
        {"/v1/auth/enrol", {{"code", "ABCDE-FGHJK"}}, "email"},
    };
    for (const auto& c : cases) {
        auto res = send("POST", c.path, c.body.dump(), headers());
        expectRefused(res, 400, "invalid", c.path + " " + c.body.dump());
        bool named = false;
        const json error = res.json()["error"];
        for (const auto& f : error["fields"]) named |= f["field"] == c.field;
        EXPECT_TRUE(named) << c.path << " " << c.body.dump() << " -> " << res.body;
    }
    // More than 500 operations: the whole request is refused.
    json ops = json::array();
    for (int i = 0; i < 501; ++i)
        ops.push_back(
            createOp("goal", newUuid(), caseId, recordFields("goal", {ann.userId}), hlc()));
    expectRefused(send("POST", "/v1/sync/push", json{{"operations", ops}}.dump(), headers()), 400,
                  "invalid", "501 operations");
}

TEST_P(BadInput, OperationsWithWrongShapesAreRefusedOneByOne) {
    std::vector<json> ops = {
        {{"opId", newUuid()}},  // nothing else
        {{"opId", newUuid()},
         {"recordId", "x"},
         {"type", "goal"},
         {"caseId", caseId},
         {"op", "create"},
         {"fields", json::object()},
         {"hlc", hlc()}},
        {{"opId", newUuid()},
         {"recordId", newUuid()},
         {"type", "spaceship"},
         {"caseId", caseId},
         {"op", "create"},
         {"fields", json::object()},
         {"hlc", hlc()}},
        {{"opId", newUuid()},
         {"recordId", newUuid()},
         {"type", "goal"},
         {"caseId", caseId},
         {"op", "upsert"},
         {"fields", json::object()},
         {"hlc", hlc()}},
        {{"opId", newUuid()},
         {"recordId", newUuid()},
         {"type", "goal"},
         {"caseId", caseId},
         {"op", "create"},
         {"fields", "all"},
         {"hlc", "yesterday"}},
        createOp("goal", newUuid(), caseId, {{"what", "Walk"}}, hlc()),  // missing fields
        updateOp("goal", goalId, caseId, {{"amount", "lots"}}, hlc()),   // wrong type
        updateOp("goal", goalId, caseId, {{"colour", "red"}}, hlc()),    // unknown field
        updateOp("goal", goalId, caseId, json::object(), hlc()),         // changes nothing
    };
    json deletion = deleteOp("goal", goalId, caseId, hlc());
    deletion["fields"] = {{"amount", 1}};  // a deletion carries no fields
    ops.push_back(deletion);
    auto c = server->client(ann.accessToken);
    auto res = c.push(ops);
    ASSERT_EQ(res.status, 200) << res.body;
    const json results = res.json()["results"];
    ASSERT_EQ(results.size(), ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        EXPECT_EQ(results[i]["status"], "rejected") << i << ": " << results[i];
        EXPECT_EQ(results[i]["code"], "invalid") << i << ": " << results[i];
        EXPECT_FALSE(results[i]["fields"].empty()) << i << ": " << results[i];
    }
    EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before);
}

TEST_P(BadInput, OversizeBodiesAreRefusedBeforeAndAfterInflating) {
    const std::string big(400 * 1024, ' ');
    expectRefused(send("POST", "/v1/sync/push", big, headers()), 413, "body_too_large", "400 KiB");
    // A small gzip stream that inflates far past the limit (a "zip bomb").
    const std::string bomb = gzip(std::string(64 * 1024 * 1024, ' '));
    EXPECT_LT(bomb.size(), 128u * 1024);
    auto h = headers();
    h["Content-Encoding"] = "gzip";
    expectRefused(send("POST", "/v1/sync/push", bomb, h), 413, "body_too_large", "zip bomb");
    expectRefused(send("POST", "/v1/sync/push", "not gzip at all", h), 400, "bad_request",
                  "broken gzip");
    h["Content-Encoding"] = "br";
    expectRefused(send("POST", "/v1/sync/push", "{}", h), 415, "unsupported_encoding", "brotli");
    auto form = headers();
    form["Content-Type"] = "application/x-www-form-urlencoded";
    expectRefused(send("POST", "/v1/sync/push", "operations=1", form), 415,
                  "unsupported_media_type", "a form");
}

TEST_P(BadInput, BadTokensAreUnauthenticated) {
    const json body = {
        {"operations",
         {createOp("goal", newUuid(), caseId, recordFields("goal", {ann.userId}), hlc())}}};
    for (const std::string& auth : {std::string(), std::string("Bearer"), std::string("Bearer "),
                                    "Bearer " + ann.accessToken + "x", "Basic " + ann.accessToken,
                                    "Bearer " + ann.refreshToken}) {
        auto h = headers(false);
        if (!auth.empty()) h["Authorization"] = auth;
        auto res = send("POST", "/v1/sync/push", body.dump(), h);
        expectRefused(res, 401, "unauthenticated", "Authorization: " + auth);
        EXPECT_EQ(res.header("www-authenticate"), "Bearer");
    }
    expectRefused(
        send("POST", "/v1/auth/refresh", json{{"refreshToken", "nope"}}.dump(), headers(false)),
        401, "unauthenticated", "unknown refresh token");
}

TEST_P(BadInput, AForbiddenRecordIsRefusedLikeAMissingOneAndChangesNothing) {
    auto ben = server->signIn(server->otherAdviser());
    before = testsupport::dumpDatabase(server->app().database());  // with Ben's device
    auto c = server->client(ben.accessToken);
    const json foreign = pushOne(
        c, updateOp("goal", goalId, caseId, {{"amount", 1.0}}, server->nextHlc(ben.deviceId)));
    const json missing = pushOne(
        c, updateOp("goal", newUuid(), caseId, {{"amount", 1.0}}, server->nextHlc(ben.deviceId)));
    EXPECT_EQ(foreign["code"], "not_found");
    EXPECT_EQ(foreign["message"], missing["message"]);
    EXPECT_EQ(foreign["current"], missing["current"]);
    EXPECT_EQ(testsupport::dumpDatabase(server->app().database()), before);
}

TEST_P(BadInput, UnknownPathsMethodsAndRawGarbage) {
    expectRefused(send("GET", "/v1/sync/everything", "", headers()), 404, "not_found", "path");
    expectRefused(send("DELETE", "/v1/sync/push", "", headers()), 405, "method_not_allowed",
                  "method");
    expectRefused(send("GET", "/v1/sync/pull?limit=99999", "", headers()), 400, "invalid", "limit");
    auto c = server->client();
    expectRefused(c.http().raw("GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " +
                               std::string(20000, 'a') + "\r\n\r\n"),
                  431, "headers_too_large", "huge header");
    auto d = server->client();
    expectRefused(d.http().raw("PUSH ME PLEASE\r\n\r\n"), 400, "bad_request", "not HTTP");
}

INSTANTIATE_TEST_SUITE_P(Backends, BadInput, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
