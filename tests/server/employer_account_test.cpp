// The app's employer role on the server (docs/api.md, "The employer in the
// app"): an employer contact enrols with the link they were sent, pulls only
// the plan versions shared with them (the employer view), their own grants
// and answers, and acknowledges or comments through sync; withdrawing
// consent ends all of it at once. On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "share_fixture.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;

class EmployerAccount : public SharedPlanTest {
protected:
    /// Shares the plan with a new contact who has no account yet (as the
    /// app does: consent names them with a fresh id); their link's URL.
    std::string shareWithNewContact(const std::string& contactId) {
        People zoe = people;
        zoe.employerId = contactId;
        auto consent = recordFields("consent_event", zoe);
        consent["recipientName"] = "Zoe Manager";
        const std::string grant = newUuid();
        pushAsAnn(createOp("consent_event", newUuid(), caseId, consent, hlc()));
        pushAsAnn(createOp("share_grant", grant, caseId, recordFields("share_grant", zoe), hlc()));
        auto r = requestLink(ann, grant);
        EXPECT_EQ(r.status, 201) << r.body;
        return r.json().value("url", "");
    }
    json enrolment(const std::string& code, const std::string& email) {
        return {{"code", code},
                {"email", email},
                {"displayName", "Zoe Manager"},
                {"password", "correct horse battery staple"},
                {"deviceName", "Zoe's tablet"}};
    }
    json answer(const std::string& kind, const std::string& grant, const std::string& contact) {
        json f = {{"kind", kind},
                  {"shareGrantId", grant},
                  {"planVersionId", people.planVersionId},
                  {"employerContactId", contact},
                  {"at", "2026-03-14T09:00:00.000Z"}};
        if (kind == "comment") f["comment"] = "We can offer a later start.";
        return f;
    }
    std::set<std::string> typesPulled(testsupport::ApiClient& c) {
        std::set<std::string> types;
        for (const auto& r : pullAll(c).records) types.insert(r["type"].get<std::string>());
        return types;
    }
};

TEST_P(EmployerAccount, EnrolsWithTheirLinkAsTheContactTheShareNames) {
    const std::string zoeId = newUuid();
    const std::string url = shareWithNewContact(zoeId);
    ASSERT_NE(url.find("/e/"), std::string::npos);
    auto c = server->client();
    // Pasted with spaces around it, as from an email.
    auto res = c.post("/v1/auth/enrol", enrolment("  " + url + " \n", "zoe@example.com"));
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json()["user"]["role"], "employer_contact");
    EXPECT_EQ(res.json()["user"]["id"], zoeId) << "the id consent and the grant name them by";

    auto zoe = server->client(res.json()["accessToken"]);
    const auto pulled = pullAll(zoe);
    EXPECT_EQ(pulled.lastPage["scopes"], json::array({caseId}));
    std::set<std::string> types;
    for (const auto& r : pulled.records) {
        types.insert(r["type"].get<std::string>());
        if (r["type"] == "rtw_plan_version") {
            EXPECT_EQ(r["view"], "employer");
            EXPECT_EQ(r["fields"].dump().find("HIDDEN"), std::string::npos);
        }
        if (r["type"] == "share_grant") {
            EXPECT_EQ(r["fields"]["employerContactId"], zoeId);
        }
    }
    EXPECT_EQ(types, (std::set<std::string>{"rtw_plan_version", "share_grant"}))
        << "not Eve's grant, nor anything else of the case";

    // The link cannot make a second account, or take over the first.
    auto again = c.post("/v1/auth/enrol", enrolment(url, "someone@example.com"));
    EXPECT_EQ(again.status, 400) << again.body;
    EXPECT_EQ(again.json()["error"]["fields"][0]["field"], "code");
    EXPECT_NE(again.body.find("sign in"), std::string::npos) << "told to sign in instead";
}

TEST_P(EmployerAccount, AClosedOrGuessedLinkEnrolsNobody) {
    const std::string url = shareWithNewContact(newUuid());
    withdrawConsent();  // Eve's consent: Zoe's link still opens
    auto c = server->client();
    const std::string guessed = url.substr(0, url.size() - 43) + std::string(43, 'A');
    auto res = c.post("/v1/auth/enrol", enrolment(guessed, "zoe@example.com"));
    EXPECT_EQ(res.status, 400) << res.body;
    EXPECT_EQ(res.json()["error"]["fields"][0]["field"], "code");
    // Ended: the grant to Zoe revoked (only the grant; her consent stands).
    auto annClient = server->client(ann.accessToken);
    const auto pulledByAnn = pullAll(annClient);
    std::string zoeGrant;
    for (const auto& r : pulledByAnn.records)
        if (r["type"] == "share_grant" && r["id"] != grantId) zoeGrant = r["id"];
    ASSERT_FALSE(zoeGrant.empty());
    pushAsAnn(updateOp("share_grant", zoeGrant, caseId, {{"revoked", true}}, hlc()));
    auto ended = c.post("/v1/auth/enrol", enrolment(url, "zoe@example.com"));
    EXPECT_EQ(ended.status, 400) << ended.body;
    EXPECT_EQ(server->client()
                  .post("/v1/auth/sign-in", {{"email", "zoe@example.com"},
                                             {"password", "correct horse battery staple"},
                                             {"deviceName", "x"}})
                  .status,
              401)
        << "no account was made";
}

TEST_P(EmployerAccount, AnswersThroughSyncReachTheAdviserAndEndWithConsent) {
    auto eveSession = server->signIn(eve);
    auto e = server->client(eveSession.accessToken);
    EXPECT_EQ(typesPulled(e), (std::set<std::string>{"rtw_plan_version", "share_grant"}));

    const std::string ack = newUuid();
    auto accepted = pushOne(
        e, createOp("employer_response", ack, caseId, answer("acknowledge", grantId, eve.id),
                    server->nextHlc(eveSession.deviceId)));
    EXPECT_EQ(accepted["status"], "accepted") << accepted;
    // Not in someone else's name, nor about a grant that is not theirs.
    auto otherName = pushOne(e, createOp("employer_response", newUuid(), caseId,
                                         answer("comment", grantId, people.adviserId),
                                         server->nextHlc(eveSession.deviceId)));
    EXPECT_EQ(otherName["status"], "rejected") << otherName;
    auto otherGrant = pushOne(e, createOp("employer_response", newUuid(), caseId,
                                          answer("comment", people.planVersionId, eve.id),
                                          server->nextHlc(eveSession.deviceId)));
    EXPECT_EQ(otherGrant["status"], "rejected") << otherGrant;
    // Nor any other record.
    auto note =
        pushOne(e, createOp("case_note", newUuid(), caseId, recordFields("case_note", people),
                            server->nextHlc(eveSession.deviceId)));
    EXPECT_EQ(note["status"], "rejected") << note;

    // The adviser receives the acknowledgement; Eve sees her own answer.
    auto a = server->client(ann.accessToken);
    bool adviserSaw = false;
    for (const auto& r : pullAll(a).records)
        if (r["type"] == "employer_response" && r["id"] == ack) adviserSaw = true;
    EXPECT_TRUE(adviserSaw);
    EXPECT_TRUE(typesPulled(e).count("employer_response"));

    // Consent withdrawn: nothing of the case for Eve, and no more answers.
    withdrawConsent();
    const auto after = pullAll(e);
    EXPECT_EQ(after.lastPage["scopes"], json::array()) << "the device purges the case";
    auto late = pushOne(
        e, createOp("employer_response", newUuid(), caseId, answer("comment", grantId, eve.id),
                    server->nextHlc(eveSession.deviceId)));
    EXPECT_EQ(late["status"], "rejected") << late;
}

INSTANTIATE_TEST_SUITE_P(Backends, EmployerAccount, kBackends, backendName);

}  // namespace
}  // namespace rtw::server
