// The real rtw-server for the browser tests of the employer's page and the
// referral forms (tests/web/*.test.mjs): starts TestServer on a fresh SQLite
// database, shares a plan with every field filled, makes referral links and
// one referral already discharged with a GP letter, and prints one JSON line:
//   {"baseUrl", "open", "revoked", "expired", "guessed"}  (tokens of /e/...)
//   {"gpReferral", "selfReferral", "revokedReferral"}      (tokens of /r/...)
//   {"dischargedStatus"}                                    (token of /s/...)
// Then serves until its standard input closes, and prints a second line
// with what the adviser's device pulls afterwards:
//   {"acknowledgements": N, "comments": [...], "reads": N (seen by the patient),
//    "referrals": [{"givenName", "nhsNumber", "caseStatus", "source"}]}
#include <iostream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "plan_examples.h"
#include "server/auth/tokens.h"
#include "test_server.h"
#include "util/random_id.h"

using nlohmann::json;
using namespace rtw;
using namespace rtw::testsupport;

namespace {

json createOp(const std::string& type, const std::string& id, const std::string& caseId,
              const json& fields, const std::string& hlc) {
    return {{"opId", newUuid()}, {"recordId", id},   {"type", type}, {"caseId", caseId},
            {"op", "create"},    {"fields", fields}, {"hlc", hlc}};
}

void mustAccept(ApiClient& c, const json& ops) {
    const auto r = c.push(ops);
    if (r.status != 200) throw std::runtime_error("push refused: " + r.body);
    for (const auto& one : r.json()["results"])
        if (one["status"] != "accepted") throw std::runtime_error("op refused: " + one.dump());
}

std::string link(ApiClient& c, const std::string& grantId) {
    const auto r = c.post("/v1/shares/" + grantId + "/link", json::object());
    if (r.status != 201) throw std::runtime_error("no link: " + r.body);
    return r.json()["path"].get<std::string>().substr(3);
}

/// A referral sent through the link's form as a GP would; its status token.
std::string referThroughForm(server::web::ReferralLinkStore& links, const std::string& token) {
    auto opened = links.open(token);
    if (!opened) throw std::runtime_error("referral link: " + opened.status().message());
    server::web::Form form;
    form.fields = {{"givenName", "Sam"},
                   {"familyName", "Example"},
                   {"dateOfBirth", "14/07/1975"},
                   {"nhsNumber", "9434765870"},
                   {"phone", "07700 900123"},
                   {"reason", "Shoulder pain after a fall; struggling with lifting at work."},
                   {"conditionGroup", "musculoskeletal"},
                   {"painSite_shoulder", "on"},
                   {"workStatus", "employed_struggling"},
                   {"fitNoteStatus", "may_be_fit"},
                   {"referrerName", "Dr Asha Patel"},
                   {"consentToContact", "yes"}};
    auto sent = links.submit(token, opened->csrf, form);
    if (!sent || !sent->errors.empty() || sent->statusToken.empty())
        throw std::runtime_error("the fixture's referral was refused");
    return sent->statusToken;
}

}  // namespace

int main() {
    try {
        TestServer server;
        const auto ann = server.signIn(server.adviser());
        auto c = server.client(ann.accessToken);
        const std::string caseId = server.createCase(ann);
        const auto eve = server.createEmployerContact("Eve Employer");
        auto patient = server.enrolPatient(ann, caseId).second;
        const std::string versionId = newUuid();
        const auto hlc = [&] { return server.nextHlc(ann.deviceId); };
        const auto grant = [&](const std::string& expiresAt) {
            return json{{"planVersionId", versionId},
                        {"employerContactId", eve.id},
                        {"expiresAt", expiresAt},
                        {"revoked", false},
                        {"createdBy", ann.userId}};
        };
        const std::string openGrant = newUuid(), revokedGrant = newUuid(), shortGrant = newUuid();
        const std::string soon = model::formatTimestamp(server.clock().nowMs() + 60'000);
        mustAccept(c, {createOp("referral", newUuid(), caseId,
                                {{"source", "gp"},
                                 {"referrerName", "Dr SECRET"},
                                 {"referralDate", "2026-03-02"},
                                 {"reason", "SECRET diagnosis: low mood"},
                                 {"conditionGroup", "mental_health"},
                                 {"painSites", json::array()},
                                 {"workStatus", "employed_off_sick"},
                                 {"offSickSince", "2026-01-19"},
                                 {"fitNoteStatus", "not_fit"},
                                 {"consentToContact", true},
                                 {"status", "accepted"}},
                                hlc()),
                       createOp("rtw_plan_version", versionId, caseId,
                                {{"planId", newUuid()},
                                 {"version", 2},
                                 {"snapshot", fullPlanSnapshot()},
                                 {"agreedOn", "2026-03-12"},
                                 {"agreedBy", {"patient", "adviser"}},
                                 {"changeSummary", json::array()}},
                                hlc()),
                       createOp("consent_event", newUuid(), caseId,
                                {{"action", "grant"},
                                 {"scope", "share_plan_with_employer"},
                                 {"recipientId", eve.id},
                                 {"recipientName", "Eve Employer"},
                                 {"method", "verbal"},
                                 {"recordedBy", ann.userId},
                                 {"at", "2026-03-12T10:00:00.000Z"}},
                                hlc()),
                       createOp("share_grant", openGrant, caseId, grant("2099-06-30T23:59:59.000Z"),
                                hlc()),
                       createOp("share_grant", revokedGrant, caseId,
                                grant("2099-06-30T23:59:59.000Z"), hlc()),
                       createOp("share_grant", shortGrant, caseId, grant(soon), hlc())});
        json out = {{"baseUrl", server.baseUrl()},
                    {"open", link(c, openGrant)},
                    {"revoked", link(c, revokedGrant)},
                    {"expired", link(c, shortGrant)},
                    {"guessed", server::newToken()}};
        mustAccept(c, {{{"opId", newUuid()},
                        {"recordId", revokedGrant},
                        {"type", "share_grant"},
                        {"caseId", caseId},
                        {"op", "update"},
                        {"fields", {{"revoked", true}}},
                        {"hlc", hlc()}}});
        // Referral links of practice A to Ann, and a referral she has seen
        // through to discharge with the client's consent to a GP letter.
        auto& referrals = server.app().referralLinks();
        using server::web::ReferralKind;
        const auto gpLink = referrals.create(ReferralKind::Gp, server.practiceId(), ann.userId);
        const auto selfLink = referrals.create(ReferralKind::Self, server.practiceId(), ann.userId);
        const auto oldLink = referrals.create(ReferralKind::Gp, server.practiceId(), ann.userId);
        if (!gpLink || !selfLink || !oldLink) throw std::runtime_error("no referral links");
        if (!referrals.revoke(oldLink->link.id)) throw std::runtime_error("revoke refused");
        out["gpReferral"] = gpLink->token;
        out["selfReferral"] = selfLink->token;
        out["revokedReferral"] = oldLink->token;
        out["dischargedStatus"] = referThroughForm(referrals, gpLink->token);
        server.clock().advance(1000);
        std::string referredCase;
        const json seen = c.pull("0", 1000).json();  // kept alive for the loop
        for (const auto& r : seen["records"])
            if (r["type"] == "client" && r["fields"]["givenName"] == "Sam")
                referredCase = r["caseId"];
        if (referredCase.empty()) throw std::runtime_error("the referral did not reach Ann");
        const std::string today = model::formatIsoDate(model::utcDateOf(server.clock().nowMs()));
        mustAccept(
            c, {createOp("contact", newUuid(), referredCase,
                         {{"at", model::formatTimestamp(server.clock().nowMs())},
                          {"mode", "phone"},
                          {"durationMinutes", 30},
                          {"attendance", "attended"},
                          {"participants", json::array()}},
                         hlc()),
                createOp("discharge", newUuid(), referredCase,
                         {{"dischargedOn", today},
                          {"outcome", "stayed_in_work"},
                          {"interimOutcomes", {{"hasRtwPlan", true}, {"confidenceReturning", 8}}},
                          {"gpFeedbackConsent", true},
                          {"summary",
                           "Sam stayed in work with lighter duties for four "
                           "weeks and is now lifting normally again."}},
                         hlc())});
        server.clock().advance(61'000);
        std::cout << out.dump() << std::endl;

        std::string line;
        while (std::getline(std::cin, line)) {
        }

        json after = {{"acknowledgements", 0},
                      {"comments", json::array()},
                      {"reads", 0},
                      {"referrals", json::array()}};
        std::map<std::string, json> casesById, clientsByCase;
        std::vector<json> referralRecords;
        auto fresh = server.client(server.signIn(server.adviser()).accessToken);
        std::string cursor = "0";
        for (;;) {
            const json page = fresh.pull(cursor).json();
            for (const auto& r : page["records"]) {
                if (r["type"] == "case") casesById[r["id"]] = r["fields"];
                if (r["type"] == "client") clientsByCase[r["caseId"]] = r["fields"];
                // Referrals from the forms (not the shared plan's case).
                if (r["type"] == "referral" && r["caseId"] != caseId) referralRecords.push_back(r);
                if (r["type"] == "employer_response") {
                    if (r["fields"]["kind"] == "acknowledge")
                        after["acknowledgements"] = after["acknowledgements"].get<int>() + 1;
                    else
                        after["comments"].push_back(r["fields"]["comment"]);
                }
            }
            cursor = page["cursor"];
            if (!page["hasMore"].get<bool>()) break;
        }
        for (const auto& r : referralRecords) {
            const json& client = clientsByCase[r["caseId"]];
            after["referrals"].push_back(
                {{"givenName", client.value("givenName", "")},
                 {"nhsNumber", client.value("nhsNumber", "")},
                 {"caseStatus", casesById[r["caseId"]].value("status", "")},
                 {"source", r["fields"]["source"]}});
        }
        // The patient's device learns who saw the plan.
        auto byPatient = server.client(patient.accessToken);
        const auto pulled = byPatient.pull("0", 1000);
        if (pulled.status != 200) throw std::runtime_error("patient pull: " + pulled.body);
        const json records = pulled.json()["records"];  // kept alive for the loop
        for (const auto& r : records)
            if (r["type"] == "audit_event" && r["fields"]["action"] == "read")
                after["reads"] = after["reads"].get<int>() + 1;
        std::cout << after.dump() << std::endl;
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "web_fixture: " << e.what() << std::endl;
        return 1;
    }
}
