// The real rtw-server for the browser test of the employer's page
// (tests/web/employer_page.test.mjs): starts TestServer on a fresh SQLite
// database, shares a plan with every field filled, and prints one JSON line:
//   {"baseUrl", "open", "revoked", "expired", "guessed"}  (tokens of /e/...)
// Then serves until its standard input closes, and prints a second line
// with what the adviser's device pulls afterwards:
//   {"acknowledgements": N, "comments": [...], "reads": N (seen by the patient)}
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

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
        server.clock().advance(61'000);
        std::cout << out.dump() << std::endl;

        std::string line;
        while (std::getline(std::cin, line)) {
        }

        json after = {{"acknowledgements", 0}, {"comments", json::array()}, {"reads", 0}};
        auto fresh = server.client(server.signIn(server.adviser()).accessToken);
        std::string cursor = "0";
        for (;;) {
            const json page = fresh.pull(cursor).json();
            for (const auto& r : page["records"]) {
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
