// Sign-in, tokens, devices, invites and enrolment through the real server on
// loopback, on SQLite and PostgreSQL, with the server's clock moved by hand.
#include <gtest/gtest.h>

#include "server_on_backend.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using testing::ServerOnBackend;
using testsupport::ApiClient;
using testsupport::HttpResponse;

constexpr std::int64_t kMinute = 60'000;

json signInBody(const testsupport::TestAccount& a, const std::string& password = {}) {
    return {{"email", a.email},
            {"password", password.empty() ? a.password : password},
            {"deviceName", "Ann's tablet"}};
}

class AuthApi : public ServerOnBackend {
protected:
    testsupport::TestServerOptions options() override {
        testsupport::TestServerOptions o;
        o.authLimits.maxFailuresPerAccount = 3;
        o.authLimits.maxFailuresPerAddress = 5;
        o.trustedProxies = {"127.0.0.1"};
        return o;
    }
    HttpResponse signInFrom(const std::string& address, const json& body) {
        auto c = server->client();
        auto headers = std::map<std::string, std::string>{{"X-RTW-Protocol", "1"},
                                                          {"Content-Type", "application/json"},
                                                          {"X-Forwarded-For", address}};
        return c.http().request("POST", "/v1/auth/sign-in", body.dump(), headers);
    }
};

TEST_P(AuthApi, SignInGivesTokensForOneDeviceThatMeKnows) {
    auto c = server->client();
    auto res = c.post("/v1/auth/sign-in", signInBody(server->adviser()));
    ASSERT_EQ(res.status, 200) << res.body;
    const json s = res.json();
    const auto now = server->clock().nowMs();
    EXPECT_EQ(s["accessExpiresAt"], now + 15 * kMinute);
    EXPECT_EQ(s["refreshExpiresAt"], now + 30LL * 24 * 60 * kMinute);
    EXPECT_EQ(s["user"]["email"], server->adviser().email);
    EXPECT_EQ(s["user"]["role"], "adviser");
    EXPECT_EQ(s["user"]["practiceId"], server->practiceId());
    EXPECT_FALSE(s["user"].contains("passwordHash"));
    c.setToken(s["accessToken"]);
    auto me = c.get("/v1/me");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["deviceId"], s["deviceId"]);
    EXPECT_EQ(me.json()["user"]["id"], server->adviser().id);
}

TEST_P(AuthApi, WrongPasswordAndUnknownEmailAnswerAlike) {
    auto c = server->client();
    auto wrong = c.post("/v1/auth/sign-in", signInBody(server->adviser(), "not the password!"));
    json unknown = signInBody(server->adviser());
    unknown["email"] = "nobody@test.rtw.example";
    auto missing = c.post("/v1/auth/sign-in", unknown);
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(missing.status, 401);
    EXPECT_EQ(wrong.body, missing.body);
    EXPECT_EQ(wrong.errorCode(), "unauthenticated");
}

TEST_P(AuthApi, FailedSignInsAreLimitedPerAccount) {
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(signInFrom("203.0.113." + std::to_string(i + 1),
                             signInBody(server->adviser(), "wrong password " + std::to_string(i)))
                      .status,
                  401);
    server->clock().advance(kMinute);
    // The right password from a fresh address is refused too: the account is locked for now.
    auto limited = signInFrom("203.0.113.50", signInBody(server->adviser()));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.errorCode(), "rate_limited");
    EXPECT_EQ(limited.header("retry-after"), std::to_string(14 * 60)) << "until the first ages out";
    // Other accounts are not affected.
    EXPECT_EQ(signInFrom("203.0.113.50", signInBody(server->otherAdviser())).status, 200);
    server->clock().advance(14 * kMinute + 1);
    EXPECT_EQ(signInFrom("203.0.113.50", signInBody(server->adviser())).status, 200);
}

TEST_P(AuthApi, FailedSignInsAreLimitedPerAddressBehindATrustedProxy) {
    const std::string attacker = "198.51.100.7";
    for (int i = 0; i < 5; ++i) {
        json body = signInBody(server->adviser());
        body["email"] = "guess" + std::to_string(i) + "@test.rtw.example";
        EXPECT_EQ(signInFrom(attacker, body).status, 401);
    }
    auto limited = signInFrom(attacker, signInBody(server->otherAdviser()));
    EXPECT_EQ(limited.status, 429);
    EXPECT_FALSE(limited.header("retry-after").empty());
    // Another client behind the same proxy is its own address.
    EXPECT_EQ(signInFrom("198.51.100.8", signInBody(server->otherAdviser())).status, 200);
    // Spoofing: the client puts a fake address first; the proxy appends the real one.
    EXPECT_EQ(signInFrom("192.0.2.1, " + attacker, signInBody(server->otherAdviser())).status, 429);
}

TEST_P(AuthApi, RefreshRotatesAndAReusedTokenEndsTheDevicesSession) {
    auto first = server->signIn(server->adviser());
    auto c = server->client();
    auto refreshed = c.post("/v1/auth/refresh", {{"refreshToken", first.refreshToken}});
    ASSERT_EQ(refreshed.status, 200) << refreshed.body;
    const json second = refreshed.json();
    EXPECT_NE(second["refreshToken"], first.refreshToken);
    EXPECT_EQ(second["deviceId"], first.deviceId) << "bound to the same device";
    // The old refresh token presented again: someone has a copy.
    auto reused = c.post("/v1/auth/refresh", {{"refreshToken", first.refreshToken}});
    EXPECT_EQ(reused.status, 401);
    EXPECT_EQ(reused.errorCode(), "unauthenticated");
    // ... so every token of that device stops working, the new ones too.
    EXPECT_EQ(server->client(second["accessToken"]).get("/v1/me").status, 401);
    EXPECT_EQ(c.post("/v1/auth/refresh", {{"refreshToken", second["refreshToken"]}}).status, 401);
}

TEST_P(AuthApi, AccessTokensExpireAndRefreshBringsANewOne) {
    auto s = server->signIn(server->adviser());
    auto c = server->client(s.accessToken);
    EXPECT_EQ(c.get("/v1/me").status, 200);
    server->clock().advance(15 * kMinute);
    auto expired = c.get("/v1/me");
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.header("www-authenticate"), "Bearer");
    auto refreshed = server->client().post("/v1/auth/refresh", {{"refreshToken", s.refreshToken}});
    ASSERT_EQ(refreshed.status, 200);
    c.setToken(refreshed.json()["accessToken"]);
    EXPECT_EQ(c.get("/v1/me").status, 200);
    server->clock().advance(31LL * 24 * 60 * kMinute);
    EXPECT_EQ(server->client()
                  .post("/v1/auth/refresh", {{"refreshToken", refreshed.json()["refreshToken"]}})
                  .status,
              401)
        << "refresh tokens expire after 30 days";
}

TEST_P(AuthApi, ARevokedDeviceIsToldToWipeAtItsNextCall) {
    auto s = server->signIn(server->adviser());
    auto other = server->signIn(server->adviser(), "Ann's phone");
    ASSERT_TRUE(server->app().accounts().revokeDevice(s.deviceId));
    auto c = server->client(s.accessToken);
    for (const auto& res : {c.get("/v1/me"), c.pull(), c.push(json::array({json::object()}))}) {
        EXPECT_EQ(res.status, 401);
        EXPECT_EQ(res.errorCode(), "device_revoked") << res.body;
    }
    auto refresh = server->client().post("/v1/auth/refresh", {{"refreshToken", s.refreshToken}});
    EXPECT_EQ(refresh.errorCode(), "device_revoked");
    EXPECT_EQ(server->client(other.accessToken).get("/v1/me").status, 200) << "only that device";
}

TEST_P(AuthApi, SignOutEndsThisDevicesSessionOnly) {
    auto s = server->signIn(server->adviser());
    auto other = server->signIn(server->adviser(), "Ann's phone");
    auto c = server->client(s.accessToken);
    auto out = c.post("/v1/auth/sign-out", json::object());
    EXPECT_EQ(out.status, 204);
    EXPECT_EQ(c.get("/v1/me").status, 401);
    EXPECT_EQ(server->client().post("/v1/auth/refresh", {{"refreshToken", s.refreshToken}}).status,
              401);
    EXPECT_EQ(server->client(other.accessToken).get("/v1/me").status, 200);
}

TEST_P(AuthApi, APatientEnrolsOnceWithTheInviteTheirAdviserMade) {
    auto ann = server->signIn(server->adviser());
    const std::string caseId = server->createCase(ann);
    auto invite = server->client(ann.accessToken).post("/v1/invites", {{"caseId", caseId}});
    ASSERT_EQ(invite.status, 201) << invite.body;
    const std::string code = invite.json()["code"];
    EXPECT_EQ(code.size(), 11u) << "ABCDE-FGHJK";
    EXPECT_EQ(invite.json()["expiresAt"], server->clock().nowMs() + 7LL * 24 * 60 * kMinute);
    json enrol = {{"code", code},
                  {"email", "pat@example.com"},
                  {"displayName", "Pat Patient"},
                  {"password", "correct horse battery staple"},
                  {"deviceName", "Pat's phone"}};
    auto c = server->client();
    // Typed loosely: lower case, no hyphen.
    json typed = enrol;
    std::string loose = code;
    loose.erase(5, 1);
    for (auto& ch : loose) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    typed["code"] = loose;
    auto res = c.post("/v1/auth/enrol", typed);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()["user"]["role"], "patient");
    // The patient now sees their case (patient view) and the case names them.
    auto patient = server->client(res.json()["accessToken"]);
    auto pulled = patient.pull();
    ASSERT_EQ(pulled.status, 200);
    EXPECT_EQ(pulled.json()["scopes"], json::array({caseId}));
    bool sawCase = false;
    const json page = pulled.json();
    for (const auto& r : page["records"])
        if (r["type"] == "case") {
            sawCase = true;
            EXPECT_EQ(r["view"], "patient");
            EXPECT_EQ(r["fields"]["patientUserId"], res.json()["user"]["id"]);
        }
    EXPECT_TRUE(sawCase) << pulled.body;
    // Used once.
    enrol["email"] = "pat2@example.com";
    auto again = c.post("/v1/auth/enrol", enrol);
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.json()["error"]["fields"][0]["field"], "code");
    // A new invite for a case that has its patient is refused.
    auto second = server->client(ann.accessToken).post("/v1/invites", {{"caseId", caseId}});
    EXPECT_EQ(second.status, 409);
    EXPECT_EQ(second.errorCode(), "already_enrolled");
}

TEST_P(AuthApi, ExpiredBadAndGuessedCodesAreRefusedAndGuessingIsLimited) {
    auto ann = server->signIn(server->adviser());
    const std::string caseId = server->createCase(ann);
    auto invite = server->client(ann.accessToken).post("/v1/invites", {{"caseId", caseId}});
    ASSERT_EQ(invite.status, 201);
    json enrol = {{"code", invite.json()["code"]},
                  {"email", "pat@example.com"},
                  {"displayName", "Pat Patient"},
                  {"password", "correct horse battery staple"},
                  {"deviceName", "Pat's phone"}};
    server->clock().advance(7LL * 24 * 60 * kMinute);
    auto c = server->client();
    auto expired = c.post("/v1/auth/enrol", enrol);
    EXPECT_EQ(expired.status, 400) << expired.body;
    for (const char* bad : {"not a code", "ABCDE-FGHJ", "00000-00000", "ZZZZZ-ZZZZZ"}) {
        enrol["code"] = bad;
        auto res = c.post("/v1/auth/enrol", enrol);
        if (res.status == 429) break;
        EXPECT_EQ(res.status, 400) << bad;
    }
    enrol["code"] = "11111-11111";
    auto limited = c.post("/v1/auth/enrol", enrol);
    EXPECT_EQ(limited.status, 429) << "five wrong codes per address";
    EXPECT_FALSE(limited.header("retry-after").empty());
}

TEST_P(AuthApi, OnlyTheAdviserHoldingTheCaseInvitesAndOthersCannotTellItExists) {
    auto ann = server->signIn(server->adviser());
    const std::string caseId = server->createCase(ann);
    auto ben = server->client(server->signIn(server->otherAdviser()).accessToken);
    auto foreign = ben.post("/v1/invites", {{"caseId", caseId}});
    auto missing = ben.post("/v1/invites", {{"caseId", "0f8fad5b-d9cb-469f-a165-70867728950e"}});
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(foreign.body, missing.body) << "forbidden looks like missing";
    auto lead = server->client(server->signIn(server->serviceLead()).accessToken);
    EXPECT_EQ(lead.post("/v1/invites", {{"caseId", caseId}}).status, 403)
        << "the lead may know the case, but invites are the adviser's";
}

TEST_P(AuthApi, EveryV1RequestNamesTheProtocolVersion) {
    auto c = server->client();
    auto none = c.http().request("POST", "/v1/auth/sign-in", signInBody(server->adviser()).dump(),
                                 {{"Content-Type", "application/json"}});
    EXPECT_EQ(none.status, 400);
    EXPECT_EQ(none.errorCode(), "protocol_missing");
    auto newer = c.http().request("GET", "/v1/me", {}, {{"X-RTW-Protocol", "2"}});
    EXPECT_EQ(newer.status, 409);
    EXPECT_EQ(newer.errorCode(), "update_required");
    EXPECT_NE(newer.json()["error"]["message"].get<std::string>().find("server is older"),
              std::string::npos);
    auto older = c.http().request("GET", "/v1/sync/pull", {}, {{"X-RTW-Protocol", "0"}});
    EXPECT_EQ(older.status, 409);
    EXPECT_NE(older.json()["error"]["message"].get<std::string>().find("update the app"),
              std::string::npos);
    auto noToken = c.get("/v1/me");
    EXPECT_EQ(noToken.status, 401);
    EXPECT_EQ(noToken.errorCode(), "unauthenticated");
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthApi, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server
