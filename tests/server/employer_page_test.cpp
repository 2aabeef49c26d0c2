// The employer's page of a shared plan, over HTTP on the real server, on
// SQLite and PostgreSQL: exactly the employer-visible parts, the security
// headers, closed links, acknowledgement and comments reaching the adviser
// and the patient, CSRF and origin checks, rate limits, and the audit trail.
#include <gtest/gtest.h>

#include "plan_examples.h"
#include "server/auth/tokens.h"
#include "share_fixture.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::HttpResponse;

class EmployerPage : public SharedPlanTest {
protected:
    json versionFields() override {
        return {{"planId", newUuid()},
                {"version", 2},
                {"snapshot", testsupport::fullPlanSnapshot()},
                {"agreedOn", "2026-03-12"},
                {"agreedBy", {"patient", "adviser", "employer"}},
                {"changeSummary", {"SECRET summary line"}}};
    }
    HttpResponse get(const std::string& token) {
        return server->client().http().request("GET", "/e/" + token);
    }
    HttpResponse post(const std::string& token, const std::string& body,
                      std::map<std::string, std::string> headers = {}) {
        headers.emplace("Content-Type", "application/x-www-form-urlencoded");
        return server->client().http().request("POST", "/e/" + token, body, headers);
    }
    static std::string csrfOf(const std::string& html) {
        const std::string mark = "name=\"csrf\" value=\"";
        const auto at = html.find(mark);
        if (at == std::string::npos) return {};
        const auto start = at + mark.size();
        return html.substr(start, html.find('"', start) - start);
    }
    /// Every record of `type` the session pulls.
    std::vector<json> pulled(const testsupport::TestSession& s, const std::string& type) {
        auto c = server->client(s.accessToken);
        std::vector<json> out;
        for (const auto& r : pullAll(c).records)
            if (r["type"] == type) out.push_back(r);
        return out;
    }
    int responses() { return static_cast<int>(pulled(ann, "employer_response").size()); }
};

TEST_P(EmployerPage, ShowsExactlyTheEmployerVisiblePartsWithStrictHeaders) {
    // Diagnosis, notes, check-ins and questionnaires in the same case.
    for (const char* type : {"referral", "case_note", "check_in", "questionnaire_response"})
        pushAsAnn(createOp(type, newUuid(), caseId, recordFields(type, people), hlc()));
    const std::string token = issueToken();
    const HttpResponse r = get(token);
    ASSERT_EQ(r.status, 200) << r.body;
    const std::string& html = r.body;
    for (const char* shown : {"Week 1",
                              "4.5",
                              "Mornings only &lt;b&gt;not&lt;/b&gt; &amp; &quot;quiet&quot; desk",
                              "Week 3",
                              "7.25",
                              "Afternoons too",
                              "Amended duties",
                              "No lifting over 10 kg",
                              "Arrange a sit-stand desk",
                              "Due: 20 April 2026",
                              "Walk 20 minutes daily",
                              "By: Employee",
                              "4 May 2026",
                              "27 April 2026",
                              "25 May 2026",
                              "Ann Adviser",
                              "href=\"tel:01134960000\"",
                              "mailto:ann@nhs.net",
                              "Version 2",
                              "<main",
                              "<h1>Return-to-work plan</h1>",
                              "<label for=\"comment\">",
                              "lang=\"en-GB\""})
        EXPECT_NE(html.find(shown), std::string::npos) << "missing: " << shown;
    for (const char* hidden : {"SECRET", "HIDDEN", "Week 5", "<b>not", "Ergonomic", "2026-03-12",
                               "musculoskeletal", "phq9", "<script", "style="})
        EXPECT_EQ(html.find(hidden), std::string::npos) << "leaked: " << hidden;
    EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(r.header("content-security-policy"),
              "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
              "frame-ancestors 'none'; base-uri 'none'");
    EXPECT_EQ(r.header("cache-control"), "no-store");
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(r.header("x-frame-options"), "DENY");

    // Metrics (and the request log) name the route, never the token.
    const std::string metrics = server->client().http().request("GET", "/metrics").body;
    EXPECT_NE(metrics.find("route=\"/e/*\""), std::string::npos);
    EXPECT_EQ(metrics.find(token), std::string::npos);

    const HttpResponse css = server->client().http().request("GET", "/web/employer.css");
    EXPECT_EQ(css.status, 200);
    EXPECT_EQ(css.header("content-type"), "text/css; charset=utf-8");
    EXPECT_NE(css.body.find("@media print"), std::string::npos);
}

TEST_P(EmployerPage, ClosedLinksSayNoLongerAvailableAndGuessesLookNotFound) {
    const HttpResponse guessed = get(newToken());
    EXPECT_EQ(guessed.status, 404);
    EXPECT_NE(guessed.body.find("Page not found"), std::string::npos);
    EXPECT_EQ(guessed.header("content-security-policy").find("default-src 'none'"), 0u);
    EXPECT_EQ(get("short").body, guessed.body);
    EXPECT_EQ(get("a/b").body, guessed.body);

    const std::string token = issueToken();
    ASSERT_EQ(get(token).status, 200);
    revokeGrant();
    const HttpResponse revoked = get(token);
    EXPECT_EQ(revoked.status, 410);
    EXPECT_NE(revoked.body.find("no longer available"), std::string::npos);
    EXPECT_EQ(revoked.body.find("Return-to-work plan</h1>"), std::string::npos);
}

TEST_P(EmployerPage, WithdrawnConsentAndExpiryCloseThePage) {
    const std::string token = issueToken();
    withdrawConsent();
    EXPECT_EQ(get(token).status, 410);

    const std::string shortGrant = newUuid();
    auto fields = recordFields("share_grant", people);
    fields["expiresAt"] = model::formatTimestamp(server->clock().nowMs() + 60'000);
    // Consent again, then a grant that ends in a minute.
    auto consent = recordFields("consent_event", people);
    consent["at"] = "2026-03-14T10:00:00.000Z";
    pushAsAnn(createOp("consent_event", newUuid(), caseId, consent, hlc()));
    pushAsAnn(createOp("share_grant", shortGrant, caseId, fields, hlc()));
    auto r = requestLink(ann, shortGrant);
    ASSERT_EQ(r.status, 201) << r.body;
    const std::string shortToken = r.json()["path"].get<std::string>().substr(3);
    EXPECT_EQ(get(shortToken).status, 200);
    server->clock().advance(60'000);
    EXPECT_EQ(get(shortToken).status, 410);
}

TEST_P(EmployerPage, AcknowledgementAndCommentReachTheAdviserAndThePatient) {
    auto [patient, patientSession] = server->enrolPatient(ann, caseId);
    const std::string token = issueToken();
    const HttpResponse page = get(token);
    const std::string csrf = csrfOf(page.body);
    ASSERT_EQ(csrf.size(), 43u);
    EXPECT_NE(page.body.find("I have read this plan"), std::string::npos);

    // As a browser sends it from a no-referrer page.
    const HttpResponse ack = post(token, "csrf=" + csrf + "&action=acknowledge",
                                  {{"Origin", "null"}, {"Sec-Fetch-Site", "same-origin"}});
    ASSERT_EQ(ack.status, 200) << ack.body;
    EXPECT_NE(ack.body.find("acknowledgement has been sent"), std::string::npos);
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=acknowledge", {{"Origin", "http://127.0.0.1"}})
                  .status,
              200);
    EXPECT_EQ(responses(), 1) << "acknowledged once";
    const HttpResponse comment =
        post(token, "csrf=" + csrf + "&action=comment&comment=Can+we+start+at+10%3A00%3F+%3Cok%3E");
    ASSERT_EQ(comment.status, 200) << comment.body;

    const auto atAdviser = pulled(ann, "employer_response");
    ASSERT_EQ(atAdviser.size(), 2u);
    EXPECT_EQ(atAdviser[0]["view"], "full");
    EXPECT_EQ(atAdviser[0]["fields"]["kind"], "acknowledge");
    EXPECT_EQ(atAdviser[0]["fields"]["shareGrantId"], grantId);
    EXPECT_EQ(atAdviser[0]["fields"]["planVersionId"], people.planVersionId);
    EXPECT_EQ(atAdviser[0]["fields"]["employerContactId"], eve.id);
    EXPECT_EQ(atAdviser[1]["fields"]["kind"], "comment");
    EXPECT_EQ(atAdviser[1]["fields"]["comment"], "Can we start at 10:00? <ok>");
    const auto atPatient = pulled(patientSession, "employer_response");
    ASSERT_EQ(atPatient.size(), 2u);
    EXPECT_EQ(atPatient[1]["fields"]["comment"], "Can we start at 10:00? <ok>");

    const HttpResponse again = get(token);
    EXPECT_NE(again.body.find("You acknowledged this plan on"), std::string::npos);
    EXPECT_EQ(again.body.find("I have read this plan"), std::string::npos);
    // The patient sees each of the two page views (not the posts) as a read.
    int reads = 0;
    for (const auto& r : pulled(patientSession, "audit_event")) {
        EXPECT_EQ(r["fields"]["action"], "read");
        EXPECT_EQ(r["fields"]["actorId"], eve.id);
        ++reads;
    }
    EXPECT_EQ(reads, 2);
}

TEST_P(EmployerPage, FormsNeedTheLinksTokenTheRightOriginAndAValidComment) {
    const std::string token = issueToken();
    const std::string csrf = csrfOf(get(token).body);
    EXPECT_EQ(post(token, "csrf=" + newToken() + "&action=acknowledge").status, 403);
    EXPECT_EQ(post(token, "action=acknowledge").status, 403);
    EXPECT_EQ(
        post(token, "csrf=" + csrf + "&action=acknowledge", {{"Origin", "https://evil.example"}})
            .status,
        403);
    EXPECT_EQ(server->client()
                  .http()
                  .request("POST", "/e/" + token, "{\"action\":\"acknowledge\"}",
                           {{"Content-Type", "application/json"}})
                  .status,
              415);
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=delete").status, 400);
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=comment&comment=%zz").status, 400);
    const HttpResponse blank = post(token, "csrf=" + csrf + "&action=comment&comment=+++");
    EXPECT_EQ(blank.status, 400);
    EXPECT_NE(blank.body.find("Enter a comment before sending."), std::string::npos);
    EXPECT_NE(blank.body.find("aria-invalid=\"true\""), std::string::npos);
    const HttpResponse tooLong =
        post(token, "csrf=" + csrf + "&action=comment&comment=" + std::string(2001, 'a'));
    EXPECT_EQ(tooLong.status, 400);
    EXPECT_NE(tooLong.body.find(std::string(2001, 'a')), std::string::npos) << "kept for editing";
    EXPECT_EQ(responses(), 0) << "nothing stored";
    // A closed link takes no answers, even with its form token.
    revokeGrant();
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=acknowledge").status, 410);
    EXPECT_EQ(responses(), 0);
}

class EmployerPageLimits : public EmployerPage {
protected:
    testsupport::TestServerOptions options() override {
        testsupport::TestServerOptions o;
        o.webLimits.requestsPerMinute = 3;
        o.webLimits.postsPerMinute = 1;
        return o;
    }
};

TEST_P(EmployerPageLimits, RequestsAreLimitedPerAddress) {
    const std::string guess = newToken();
    for (int i = 0; i < 3; ++i) EXPECT_EQ(get(guess).status, 404);
    const HttpResponse limited = get(guess);
    EXPECT_EQ(limited.status, 429);
    EXPECT_FALSE(limited.header("retry-after").empty());
    server->clock().advance(60'000);
    const std::string token = issueToken();
    const std::string csrf = csrfOf(get(token).body);
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=acknowledge").status, 200);
    EXPECT_EQ(post(token, "csrf=" + csrf + "&action=acknowledge").status, 429);
}

INSTANTIATE_TEST_SUITE_P(Backends, EmployerPage, kBackends, backendName);
INSTANTIATE_TEST_SUITE_P(Backends, EmployerPageLimits, kBackends, backendName);

}  // namespace
}  // namespace rtw::server
