// GP and self-referral forms and the referrer's status page, over HTTP on
// the real server, on SQLite and PostgreSQL: the form checks (NHS number,
// consent, required fields, dates) store nothing; a valid referral reaches
// exactly the link's adviser at the next pull as a case awaiting first
// contact; revoked links; CSRF and origin checks; the status page following
// the adviser's contact, decline and discharge.
#include <gtest/gtest.h>

#include "database_dump.h"
#include "server/auth/tokens.h"
#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server {
namespace {

using nlohmann::json;
using namespace testing;
using testsupport::HttpResponse;
using Fields = std::vector<std::pair<std::string, std::string>>;

std::string encode(const Fields& fields) {
    std::string out;
    for (const auto& [k, v] : fields) {
        if (!out.empty()) out += '&';
        out += k + '=';
        for (unsigned char c : v) {
            if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
                out += static_cast<char>(c);
            } else {
                char buf[4];
                std::snprintf(buf, sizeof buf, "%%%02X", c);
                out += buf;
            }
        }
    }
    return out;
}

/// A complete, valid GP referral.
Fields validGpForm() {
    return {{"givenName", "Jo"},
            {"familyName", "Bloggs <b>"},
            {"dateOfBirth", "27/03/1981"},
            {"nhsNumber", "943 476 5919"},
            {"phone", "0113 496 0000"},
            {"email", "jo@example.com"},
            {"postcode", "LS1 4AP"},
            {"preferredContact", "phone"},
            {"reason", "Low back pain, off work for three weeks."},
            {"conditionGroup", "musculoskeletal"},
            {"painSite_lower_back", "on"},
            {"workStatus", "employed_off_sick"},
            {"offSickSince", "02/11/2026"},
            {"fitNoteStatus", "not_fit"},
            {"referrerName", "Dr Asha Patel"},
            {"consentToContact", "yes"}};
}

Fields without(Fields f, const std::string& name) {
    std::erase_if(f, [&](const auto& kv) { return kv.first == name; });
    return f;
}

Fields with(Fields f, const std::string& name, const std::string& value) {
    f = without(std::move(f), name);
    f.emplace_back(name, value);
    return f;
}

std::string valueAfter(const std::string& html, const std::string& mark) {
    const auto at = html.find(mark);
    if (at == std::string::npos) return {};
    const auto start = at + mark.size();
    return html.substr(start, html.find('"', start) - start);
}

class ReferralPage : public ServerOnBackend {
protected:
    void SetUp() override {
        ServerOnBackend::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        // Pins "today" so the form's dates stay valid whenever the test runs.
        server->clock().set(*model::parseTimestamp("2026-11-24T10:00:00.000Z"));
        ann = server->signIn(server->adviser());
        ben = server->signIn(server->otherAdviser());
        auto link = links().create(web::ReferralKind::Gp, server->practiceId(), ann.userId);
        ASSERT_TRUE(link) << link.status().message();
        token = link->token;
        linkId = link->link.id;
    }
    web::ReferralLinkStore& links() { return server->app().referralLinks(); }
    /// Room for the many posts here (the limits have their own test).
    testsupport::TestServerOptions options() override {
        testsupport::TestServerOptions o;
        o.webLimits.requestsPerMinute = 1000;
        o.webLimits.postsPerMinute = 100;
        return o;
    }

    HttpResponse get(const std::string& path) {
        return server->client().http().request("GET", path);
    }
    HttpResponse post(const std::string& formToken, const std::string& body,
                      std::map<std::string, std::string> headers = {}) {
        headers.emplace("Content-Type", "application/x-www-form-urlencoded");
        return server->client().http().request("POST", "/r/" + formToken, body, headers);
    }
    std::string csrf(const std::string& formToken) {
        return valueAfter(get("/r/" + formToken).body, "name=\"csrf\" value=\"");
    }
    /// Sends the form with the link's form token, as a browser does.
    HttpResponse send(const Fields& fields, const std::string& formToken = {}) {
        const std::string t = formToken.empty() ? token : formToken;
        Fields all = fields;
        all.emplace_back("csrf", csrf(t));
        return post(t, encode(all), {{"Origin", "null"}, {"Sec-Fetch-Site", "same-origin"}});
    }
    /// The status link's token from a receipt page.
    static std::string statusToken(const std::string& html) {
        const std::string url = valueAfter(html, "<p class=\"status-link\"><a href=\"");
        const auto at = url.find("/s/");
        return at == std::string::npos ? std::string() : url.substr(at + 3);
    }
    std::vector<json> pulled(const testsupport::TestSession& s, const std::string& type) {
        auto c = server->client(s.accessToken);
        std::vector<json> out;
        for (const auto& r : pullAll(c).records)
            if (r["type"] == type) out.push_back(r);
        return out;
    }
    /// The audit events the server holds written for `actorId` (an adviser
    /// pulls only their own actions, so these are read from the database).
    std::vector<json> auditsBy(const std::string& actorId) {
        std::vector<json> out;
        Status st = server->app().database().transact(db::TxMode::Read, [&](db::SqlTx& tx) {
            auto rows =
                tx.query("SELECT fields FROM records WHERE type = 'audit_event' ORDER BY seq", {});
            if (!rows) return rows.status();
            for (const auto& row : *rows) {
                json f = json::parse(row.text(0));
                if (f["actorId"] == actorId) out.push_back(f);
            }
            return Status::ok();
        });
        EXPECT_TRUE(st) << st.message();
        return out;
    }
    std::string dump() { return testsupport::dumpDatabase(server->app().database()); }
    void pushAsAnn(const json& op) {
        auto c = server->client(ann.accessToken);
        const auto result = pushOne(c, op);
        ASSERT_EQ(result["status"], "accepted") << result;
    }
    std::string hlc() {
        server->clock().advance(1000);  // after the server's own stamps
        return server->nextHlc(ann.deviceId);
    }

    testsupport::TestSession ann, ben;
    std::string token, linkId;
};

TEST_P(ReferralPage, FormHasEveryFieldAndStrictHeaders) {
    const HttpResponse r = get("/r/" + token);
    ASSERT_EQ(r.status, 200) << r.body;
    for (const char* shown :
         {"Refer a patient for work and health support", "name=\"givenName\"",
          "name=\"familyName\"", "name=\"dateOfBirth\"", "name=\"nhsNumber\"", "name=\"phone\"",
          "name=\"email\"", "name=\"reason\"", "name=\"workStatus\"", "name=\"fitNoteStatus\"",
          "name=\"consentToContact\"", "name=\"referrerName\"", "name=\"painSite_lower_back\"",
          "<label for=\"nhsNumber\">", "lang=\"en-GB\""})
        EXPECT_NE(r.body.find(shown), std::string::npos) << "missing: " << shown;
    EXPECT_NE(r.body.find("action=\"/r/" + token + "\""), std::string::npos);
    EXPECT_EQ(r.body.find("<script"), std::string::npos);
    EXPECT_EQ(csrf(token).size(), 43u);
    EXPECT_EQ(r.header("content-security-policy"), web::kContentSecurityPolicy);
    EXPECT_EQ(r.header("cache-control"), "no-store");
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
    EXPECT_EQ(r.header("x-frame-options"), "DENY");

    EXPECT_EQ(get("/r/" + newToken()).status, 404);
    EXPECT_EQ(get("/r/short").status, 404);
    EXPECT_EQ(get("/s/" + newToken()).status, 404);
    const std::string metrics = get("/metrics").body;
    EXPECT_NE(metrics.find("route=\"/r/*\""), std::string::npos);
    EXPECT_NE(metrics.find("route=\"/s/*\""), std::string::npos);
    EXPECT_EQ(metrics.find(token), std::string::npos);
}

TEST_P(ReferralPage, InvalidFormsShowEveryMessageKeepTheValuesAndStoreNothing) {
    const std::string before = dump();
    struct Case {
        Fields form;
        std::string field, message;
    };
    const std::vector<Case> cases = {
        {with(validGpForm(), "nhsNumber", "943 476 5918"), "nhsNumber",
         "NHS number is not a valid NHS number: please check the digits."},
        {with(validGpForm(), "nhsNumber", "12345"), "nhsNumber", "exactly 10 digits"},
        {without(validGpForm(), "nhsNumber"), "nhsNumber", "Enter the patient&#39;s NHS number."},
        {without(validGpForm(), "consentToContact"), "consentToContact",
         "must agree to be contacted"},
        {without(validGpForm(), "givenName"), "givenName", "Enter the patient&#39;s first name."},
        {without(validGpForm(), "reason"), "reason", "Say why you are referring the patient."},
        {without(validGpForm(), "workStatus"), "workStatus", "Choose a work status."},
        {without(validGpForm(), "fitNoteStatus"), "fitNoteStatus", "Choose the fit note status."},
        {without(validGpForm(), "referrerName"), "referrerName", "Enter your name."},
        {without(without(validGpForm(), "phone"), "email"), "phone",
         "Enter a phone number or an email address"},
        {with(validGpForm(), "dateOfBirth", "31/02/1981"), "dateOfBirth", "Date of birth"},
        {with(validGpForm(), "dateOfBirth", "1981-03-27"), "dateOfBirth", "dd/mm/yyyy"},
        {with(validGpForm(), "dateOfBirth", "01/01/2030"), "dateOfBirth", "in the future"},
        {with(validGpForm(), "dateOfBirth", "01/01/2015"), "dateOfBirth", "aged 16 to 100"},
        {with(validGpForm(), "offSickSince", "01/12/2026"), "offSickSince", "in the future"},
        {without(validGpForm(), "offSickSince"), "offSickSince", "went off sick"},
        {without(validGpForm(), "painSite_lower_back"), "painSites", "at least one pain site"},
        {with(validGpForm(), "email", "not-an-email"), "email", "email address like"},
    };
    for (const auto& c : cases) {
        const HttpResponse r = send(c.form);
        EXPECT_EQ(r.status, 400) << c.field;
        const std::string errorId = "id=\"" + c.field + "-error\"";
        const auto at = r.body.find(errorId);
        ASSERT_NE(at, std::string::npos) << c.field << " has no message:\n" << r.body;
        EXPECT_NE(r.body.substr(at, 300).find(c.message), std::string::npos)
            << c.field << ": " << r.body.substr(at, 300);
        EXPECT_NE(r.body.find("There is a problem"), std::string::npos);
        EXPECT_NE(r.body.find("<a href=\"#" + c.field + "\">"), std::string::npos);
        // What was typed stays, escaped.
        EXPECT_NE(r.body.find("value=\"Bloggs &lt;b&gt;\""), std::string::npos);
        if (c.field != "consentToContact") {
            EXPECT_NE(r.body.find("name=\"consentToContact\" value=\"yes\" checked"),
                      std::string::npos);
        }
    }
    EXPECT_EQ(dump(), before) << "an invalid referral changed the database";
    EXPECT_TRUE(pulled(ann, "referral").empty());
}

TEST_P(ReferralPage, AValidReferralReachesOnlyTheLinksAdviserAwaitingFirstContact) {
    const HttpResponse r = send(validGpForm());
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("Referral sent"), std::string::npos);
    const std::string status = statusToken(r.body);
    ASSERT_EQ(status.size(), 43u) << r.body;
    EXPECT_EQ(r.header("cache-control"), "no-store");

    const auto cases = pulled(ann, "case");
    ASSERT_EQ(cases.size(), 1u);
    const json& c = cases[0];
    EXPECT_EQ(c["fields"]["status"], "awaiting_first_contact");
    EXPECT_EQ(c["fields"]["adviserId"], ann.userId);
    EXPECT_EQ(c["fields"]["practiceId"], server->practiceId());
    EXPECT_EQ(c["fields"]["openedOn"], "2026-11-24");
    const std::string caseId = c["id"];
    const auto clients = pulled(ann, "client");
    ASSERT_EQ(clients.size(), 1u);
    EXPECT_EQ(clients[0]["caseId"], caseId);
    EXPECT_EQ(clients[0]["fields"]["nhsNumber"], "9434765919");
    EXPECT_EQ(clients[0]["fields"]["familyName"], "Bloggs <b>");
    EXPECT_EQ(clients[0]["fields"]["dateOfBirth"], "1981-03-27");
    const auto referrals = pulled(ann, "referral");
    ASSERT_EQ(referrals.size(), 1u);
    const json& f = referrals[0]["fields"];
    EXPECT_EQ(f["source"], "gp");
    EXPECT_EQ(f["status"], "received");
    EXPECT_EQ(f["consentToContact"], true);
    EXPECT_EQ(f["referrerName"], "Dr Asha Patel");
    EXPECT_FALSE(f.value("referrerPractice", "").empty());
    EXPECT_EQ(f["referralDate"], "2026-11-24");
    EXPECT_EQ(f["offSickSince"], "2026-11-02");
    EXPECT_EQ(f["painSites"], json::array({"lower_back"}));
    EXPECT_EQ(f["eligibility"]["decision"], "eligible");
    // Every record audited as created through the link.
    int audited = 0;
    for (const auto& a : auditsBy(linkId)) {
        EXPECT_EQ(a["actorRole"], "referrer");
        EXPECT_EQ(a["action"], "create");
        EXPECT_FALSE(a.contains("deviceId"));
        ++audited;
    }
    EXPECT_EQ(audited, 3) << "case, client and referral";

    // Ben (another practice's adviser) sees none of it, and a link naming
    // Ben sends its referrals to Ben only.
    EXPECT_TRUE(pulled(ben, "case").empty());
    EXPECT_TRUE(pulled(ben, "client").empty());
    auto bens = links().create(web::ReferralKind::Gp, server->otherPracticeId(), ben.userId);
    ASSERT_TRUE(bens);
    ASSERT_EQ(send(validGpForm(), bens->token).status, 200);
    EXPECT_EQ(pulled(ben, "case").size(), 1u);
    EXPECT_EQ(pulled(ann, "case").size(), 1u);
}

TEST_P(ReferralPage, RevokedLinksSayNoLongerInUseAndTakeNothing) {
    const std::string formToken = csrf(token);
    auto revoked = links().revoke(linkId);
    ASSERT_TRUE(revoked);
    EXPECT_TRUE(revoked->revokedMs.has_value());
    const HttpResponse page = get("/r/" + token);
    EXPECT_EQ(page.status, 410);
    EXPECT_NE(page.body.find("no longer in use"), std::string::npos);
    EXPECT_EQ(page.body.find("name=\"givenName\""), std::string::npos);
    const std::string before = dump();
    Fields all = validGpForm();
    all.emplace_back("csrf", formToken);
    EXPECT_EQ(post(token, encode(all)).status, 410);
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(links().revoke(newUuid()).status().code(), ErrorCode::NotFound);
}

TEST_P(ReferralPage, FormsNeedTheLinksTokenAndThisSite) {
    const std::string before = dump();
    Fields form = validGpForm();
    EXPECT_EQ(post(token, encode(form)).status, 403) << "no form token";
    Fields wrong = form;
    wrong.emplace_back("csrf", newToken());
    EXPECT_EQ(post(token, encode(wrong)).status, 403);
    Fields right = form;
    right.emplace_back("csrf", csrf(token));
    EXPECT_EQ(post(token, encode(right), {{"Origin", "https://evil.example"}}).status, 403);
    EXPECT_EQ(post(token, encode(right), {{"Sec-Fetch-Site", "cross-site"}}).status, 403);
    EXPECT_EQ(server->client()
                  .http()
                  .request("POST", "/r/" + token, "{}", {{"Content-Type", "application/json"}})
                  .status,
              415);
    EXPECT_EQ(post(token, "csrf=%zz").status, 400);
    EXPECT_EQ(post(newToken(), encode(right)).status, 404);
    EXPECT_EQ(dump(), before);
}

TEST_P(ReferralPage, TheStatusPageFollowsContactDeclineAndDischarge) {
    const std::string status = statusToken(send(validGpForm()).body);
    HttpResponse page = get("/s/" + status);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_NE(page.body.find("Received</strong> on 24 November 2026"), std::string::npos);
    EXPECT_NE(page.body.find("Waiting for first contact"), std::string::npos);
    EXPECT_NE(page.body.find("Jo Bloggs &lt;b&gt;"), std::string::npos);
    EXPECT_EQ(page.header("cache-control"), "no-store");
    const std::string caseId = pulled(ann, "case").at(0)["id"];

    People people;
    people.adviserId = ann.userId;
    json contact = recordFields("contact", people);
    contact["at"] = "2026-11-26T09:30:00.000Z";
    pushAsAnn(createOp("contact", newUuid(), caseId, contact, hlc()));
    page = get("/s/" + status);
    EXPECT_NE(page.body.find("first contact on 26 November 2026"), std::string::npos) << page.body;
    EXPECT_EQ(page.body.find("Waiting for first contact"), std::string::npos);

    json discharge = recordFields("discharge", people);
    discharge["dischargedOn"] = "2026-12-20";
    discharge["summary"] = "Back at work 4 days a week <ok>.";
    pushAsAnn(createOp("discharge", newUuid(), caseId, discharge, hlc()));
    page = get("/s/" + status);
    for (const char* shown :
         {"Discharged</strong> on 20 December 2026", "Discharge summary",
          "Returned to the same job, phased", "Back at work 4 days a week &lt;ok&gt;.",
          "943 476 5919", "Dr Asha Patel", "1 attended of 1 arranged", "Ann Adviser"})
        EXPECT_NE(page.body.find(shown), std::string::npos) << "missing: " << shown;

    // Every look at the status page is in the case's audit trail.
    int reads = 0;
    for (const auto& a : auditsBy(linkId))
        if (a["action"] == "read") {
            EXPECT_EQ(a["recordType"], "referral");
            ++reads;
        }
    EXPECT_EQ(reads, 3);
}

TEST_P(ReferralPage, ADeclineShowsTheAdvisersReasonAndNoLetterWithoutConsent) {
    const std::string declined = statusToken(send(validGpForm()).body);
    const auto referral = pulled(ann, "referral").at(0);
    pushAsAnn(updateOp(
        "referral", referral["id"], referral["caseId"],
        {{"status", "declined"}, {"declineReason", "Already supported by occupational health."}},
        hlc()));
    HttpResponse page = get("/s/" + declined);
    EXPECT_NE(page.body.find("Declined</strong>. The adviser's reason: Already supported by "
                             "occupational health."),
              std::string::npos)
        << page.body;

    const std::string other = statusToken(send(with(validGpForm(), "givenName", "Sam")).body);
    std::string caseId;
    for (const auto& c : pulled(ann, "client"))
        if (c["fields"]["givenName"] == "Sam") caseId = c["caseId"];
    ASSERT_FALSE(caseId.empty());
    People people;
    people.adviserId = ann.userId;
    pushAsAnn(createOp("discharge", newUuid(), caseId,
                       recordFields("discharge", people, "no_gp_consent"), hlc()));
    page = get("/s/" + other);
    EXPECT_NE(page.body.find("Discharged</strong>"), std::string::npos);
    EXPECT_NE(page.body.find("did not agree"), std::string::npos);
    EXPECT_EQ(page.body.find("Discharge summary"), std::string::npos);
    EXPECT_EQ(page.body.find("Back at work"), std::string::npos);
}

TEST_P(ReferralPage, SelfReferralIsInTheFirstPersonWithoutReferrerFields) {
    auto self = links().create(web::ReferralKind::Self, server->practiceId(), ann.userId);
    ASSERT_TRUE(self);
    const HttpResponse form = get("/r/" + self->token);
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("Refer yourself"), std::string::npos);
    EXPECT_NE(form.body.find("I agree to be contacted"), std::string::npos);
    EXPECT_EQ(form.body.find("name=\"referrerName\""), std::string::npos);
    EXPECT_EQ(form.body.find("the patient"), std::string::npos);

    Fields mine = without(without(validGpForm(), "referrerName"), "nhsNumber");
    const HttpResponse missing = send(without(mine, "consentToContact"), self->token);
    EXPECT_EQ(missing.status, 400);
    EXPECT_NE(missing.body.find("Tick the box to agree to be contacted"), std::string::npos);
    const HttpResponse r = send(mine, self->token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.body.find("received your referral"), std::string::npos);
    const auto referrals = pulled(ann, "referral");
    ASSERT_EQ(referrals.size(), 1u);
    EXPECT_EQ(referrals[0]["fields"]["source"], "self");
    EXPECT_FALSE(referrals[0]["fields"].contains("referrerName"));
    EXPECT_FALSE(pulled(ann, "client").at(0)["fields"].contains("nhsNumber"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReferralPage, kBackends, backendName);

}  // namespace
}  // namespace rtw::server
