#include "shared_plan.h"

#include <stdexcept>

#include "plan_examples.h"
#include "util/random_id.h"

namespace rtw::testsupport {

using nlohmann::json;

SharedPlanLink shareFullPlan(TestServer& server, const TestSession& adviser,
                             const std::string& caseId, const std::string& contactId,
                             const std::string& contactName) {
    SharedPlanLink out;
    out.versionId = newUuid();
    out.grantId = newUuid();
    const json snapshot = fullPlanSnapshot();
    const auto op = [&](const char* type, const std::string& id, json fields) {
        return json{{"opId", newUuid()},
                    {"recordId", id},
                    {"type", type},
                    {"caseId", caseId},
                    {"op", "create"},
                    {"fields", std::move(fields)},
                    {"hlc", server.nextHlc(adviser.deviceId)}};
    };
    const json ops = {op("rtw_plan_version", out.versionId,
                         {{"planId", newUuid()},
                          {"version", snapshot.value("version", 1)},
                          {"snapshot", snapshot},
                          {"agreedOn", "2026-03-12"},
                          {"agreedBy", {"patient", "adviser"}},
                          {"changeSummary", json::array()}}),
                      op("consent_event", newUuid(),
                         {{"action", "grant"},
                          {"scope", "share_plan_with_employer"},
                          {"recipientId", contactId},
                          {"recipientName", contactName},
                          {"method", "verbal"},
                          {"recordedBy", adviser.userId},
                          {"at", "2026-03-12T10:00:00.000Z"}}),
                      op("share_grant", out.grantId,
                         {{"planVersionId", out.versionId},
                          {"employerContactId", contactId},
                          {"expiresAt", "2099-06-30T23:59:59.000Z"},
                          {"revoked", false},
                          {"createdBy", adviser.userId}})};
    const json pushed = server.client(adviser.accessToken).push(ops).json();
    for (const auto& r : pushed.value("results", json::array()))
        if (r.value("status", "") != "accepted")
            throw std::runtime_error("sharing the plan was refused: " + r.dump());
    auto link = server.client(adviser.accessToken)
                    .post("/v1/shares/" + out.grantId + "/link", json::object());
    if (link.status != 201) throw std::runtime_error("no link: " + link.body);
    out.url = link.json().value("url", "");
    out.path = link.json().value("path", "");
    return out;
}

}  // namespace rtw::testsupport
