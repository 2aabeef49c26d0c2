// Links to the employer's page of a shared plan (docs/api.md, "Sharing a
// plan with an employer"): who may issue one, what the server keeps, and how
// revoking, withdrawing consent and expiry close a link at once, on SQLite
// and PostgreSQL.
#include <gtest/gtest.h>

#include "server/auth/tokens.h"
#include "share_fixture.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using web::LinkState;

class ShareLinks : public SharedPlanTest {
protected:
    LinkState stateOf(const std::string& token) {
        auto opened = server->app().shareLinks().view(token);
        EXPECT_TRUE(opened) << opened.status().message();
        return opened ? opened->state : LinkState::Unknown;
    }
    std::int64_t count(const std::string& sql, const db::SqlParams& params = {}) {
        std::int64_t n = -1;
        Status s = server->app().database().transact(db::TxMode::Read, [&](db::SqlTx& tx) {
            auto row = tx.queryOne(sql, params);
            if (!row) return row.status();
            n = (*row)->integer(0);
            return Status::ok();
        });
        EXPECT_TRUE(s) << s.message();
        return n;
    }
};

TEST_P(ShareLinks, IssuesAnUnguessableLinkOnceAndKeepsOnlyItsHash) {
    auto r = requestLink(ann, grantId);
    ASSERT_EQ(r.status, 201) << r.body;
    const json body = r.json();
    const std::string path = body["path"];
    ASSERT_EQ(path.substr(0, 3), "/e/");
    const std::string token = path.substr(3);
    EXPECT_EQ(token.size(), 43u) << "256 random bits, URL-safe base64";
    // From the request's Host header (the test client sends it without a port).
    EXPECT_EQ(body["url"], "http://127.0.0.1" + path);
    // The grant runs to 2099; a link lives at most kMaxLifetimeMs.
    EXPECT_EQ(body["expiresAt"], model::formatTimestamp(server->clock().nowMs() +
                                                        web::ShareLinkStore::kMaxLifetimeMs));
    EXPECT_EQ(count("SELECT COUNT(*) FROM share_links WHERE token_hash = $1", {sha256Hex(token)}),
              1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM share_links WHERE token_hash = $1 OR csrf = $1", {token}),
              0)
        << "the token itself is never stored";
    EXPECT_EQ(stateOf(token), LinkState::Open);
    // Issuing again replaces the link: the old one stops working.
    const std::string second = issueToken();
    EXPECT_NE(second, token);
    EXPECT_EQ(stateOf(token), LinkState::Ended);
    EXPECT_EQ(stateOf(second), LinkState::Open);
}

TEST_P(ShareLinks, OpensWithTheEmployerViewOnly) {
    auto opened = server->app().shareLinks().view(issueToken());
    ASSERT_TRUE(opened);
    ASSERT_EQ(opened->state, LinkState::Open);
    EXPECT_EQ(opened->plan.planVersionId, people.planVersionId);
    EXPECT_EQ(opened->plan.employerContactId, eve.id);
    EXPECT_EQ(opened->plan.view.dump().find("HIDDEN"), std::string::npos);
    EXPECT_EQ(opened->plan.view["phases"].size(), 1u) << "the hidden phase is left out";
    EXPECT_FALSE(opened->plan.view.contains("reviewDates")) << "not shown to the employer";
}

TEST_P(ShareLinks, RevokingTheGrantClosesTheLinkAtOnce) {
    const std::string token = issueToken();
    ASSERT_EQ(stateOf(token), LinkState::Open);
    revokeGrant();
    EXPECT_EQ(stateOf(token), LinkState::Ended);
    EXPECT_EQ(requestLink(ann, grantId).status, 403) << "no new link for a revoked grant";
}

TEST_P(ShareLinks, WithdrawingConsentClosesTheLinkAtOnce) {
    const std::string token = issueToken();
    withdrawConsent();
    EXPECT_EQ(stateOf(token), LinkState::Ended);
    auto r = requestLink(ann, grantId);
    EXPECT_EQ(r.status, 403);
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("consent"), std::string::npos);
}

TEST_P(ShareLinks, ExpiryClosesTheLink) {
    // A grant that ends in an hour: the link ends with it.
    const std::string shortGrant = newUuid();
    auto fields = recordFields("share_grant", people);
    fields["expiresAt"] = model::formatTimestamp(server->clock().nowMs() + 3600 * 1000);
    pushAsAnn(createOp("share_grant", shortGrant, caseId, fields, hlc()));
    const std::string longToken = issueToken();
    auto r = requestLink(ann, shortGrant);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json()["expiresAt"], fields["expiresAt"]);
    const std::string token = r.json()["path"].get<std::string>().substr(3);
    server->clock().advance(3599 * 1000);
    EXPECT_EQ(stateOf(token), LinkState::Open);
    server->clock().advance(1000);
    EXPECT_EQ(stateOf(token), LinkState::Ended);
    // The link's own cap ends a long grant's link too.
    EXPECT_EQ(stateOf(longToken), LinkState::Open);
    server->clock().advance(web::ShareLinkStore::kMaxLifetimeMs - 3600 * 1000);
    EXPECT_EQ(stateOf(longToken), LinkState::Ended);
}

TEST_P(ShareLinks, GuessedAndMalformedTokensAreUnknown) {
    issueToken();
    EXPECT_EQ(stateOf(newToken()), LinkState::Unknown);
    EXPECT_EQ(stateOf(""), LinkState::Unknown);
    EXPECT_EQ(stateOf("../../etc/passwd"), LinkState::Unknown);
    EXPECT_EQ(stateOf(std::string(43, 'A')), LinkState::Unknown);
}

TEST_P(ShareLinks, OnlyTheAdviserOrThePatientOfTheCaseMayIssue) {
    auto [patient, patientSession] = server->enrolPatient(ann, caseId);
    EXPECT_EQ(requestLink(patientSession, grantId).status, 201);
    const auto ben = server->signIn(server->otherAdviser());
    EXPECT_EQ(requestLink(ben, grantId).status, 404) << "not Ben's case: no such share";
    EXPECT_EQ(requestLink(server->signIn(eve), grantId).status, 403)
        << "Eve sees her own grant (the app's employer role) but does not issue links";
    EXPECT_EQ(requestLink(server->signIn(server->serviceLead()), grantId).status, 403)
        << "the lead sees the case but does not share plans";
    EXPECT_EQ(requestLink(ann, newUuid()).status, 404);
    EXPECT_EQ(requestLink(ann, people.planVersionId).status, 404) << "not a share grant";
    EXPECT_EQ(
        server->client(ann.accessToken).post("/v1/shares/not-a-uuid/link", json::object()).status,
        404);
    EXPECT_EQ(server->client().post("/v1/shares/" + grantId + "/link", json::object()).status, 401);
}

TEST_P(ShareLinks, EveryViewIsAReadThePatientSeesAndSharingIsAudited) {
    auto [patient, patientSession] = server->enrolPatient(ann, caseId);
    const std::string token = issueToken();
    ASSERT_EQ(stateOf(token), LinkState::Open);
    ASSERT_EQ(stateOf(token), LinkState::Open);
    revokeGrant();
    ASSERT_EQ(stateOf(token), LinkState::Ended);  // no read recorded for a closed link

    auto pc = server->client(patientSession.accessToken);
    std::vector<json> reads;
    for (const auto& r : pullAll(pc).records)
        if (r["type"] == "audit_event") reads.push_back(r["fields"]);
    ASSERT_EQ(reads.size(), 2u) << "the patient sees who saw their plan, each time";
    for (const auto& f : reads) {
        EXPECT_EQ(f["action"], "read");
        EXPECT_EQ(f["actorId"], eve.id);
        EXPECT_EQ(f["actorRole"], "employer_contact");
        EXPECT_EQ(f["recordType"], "rtw_plan_version");
        EXPECT_EQ(f["recordId"], people.planVersionId);
        EXPECT_FALSE(f.contains("deviceId")) << "a web page, not a device";
    }
    auto ac = server->client(ann.accessToken);
    int shares = 0;
    for (const auto& r : pullAll(ac).records)
        if (r["type"] == "audit_event" && r["fields"]["action"] == "share") {
            EXPECT_EQ(r["fields"]["recordId"], grantId);
            ++shares;
        }
    EXPECT_EQ(shares, 1) << "Ann sees her own sharing";
}

INSTANTIATE_TEST_SUITE_P(Backends, ShareLinks, kBackends, backendName);

}  // namespace
}  // namespace rtw::server
