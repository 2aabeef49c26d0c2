#pragma once
// A case with an agreed plan version shared with employer contact Eve (with
// share_plan_with_employer consent), on each backend, for the tests of
// employer links and the employer's page.

#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "server_on_backend.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server::testing {

class SharedPlanTest : public ServerOnBackend {
protected:
    void SetUp() override {
        ServerOnBackend::SetUp();
        if (HasFatalFailure() || IsSkipped()) return;
        ann = server->signIn(server->adviser());
        people.adviserId = ann.userId;
        caseId = server->createCase(ann);
        eve = server->createEmployerContact("Eve Employer");
        people.employerId = eve.id;
        people.planVersionId = newUuid();
        grantId = newUuid();
        consentId = newUuid();
        auto c = server->client(ann.accessToken);
        const nlohmann::json ops = {
            createOp("rtw_plan_version", people.planVersionId, caseId, versionFields(), hlc()),
            createOp("consent_event", consentId, caseId, recordFields("consent_event", people),
                     hlc()),
            createOp("share_grant", grantId, caseId, recordFields("share_grant", people), hlc())};
        auto pushed = c.push(ops).json();
        for (const auto& r : pushed["results"]) ASSERT_EQ(r["status"], "accepted") << r;
    }

    /// The plan version's fields; override for another plan.
    virtual nlohmann::json versionFields() { return recordFields("rtw_plan_version", people); }

    std::string hlc() { return server->nextHlc(ann.deviceId); }

    /// POST /v1/shares/{grant}/link as `session`.
    testsupport::HttpResponse requestLink(const testsupport::TestSession& session,
                                          const std::string& grant) {
        return server->client(session.accessToken)
            .post("/v1/shares/" + grant + "/link", nlohmann::json::object());
    }
    /// A link for the grant, as Ann; its token.
    std::string issueToken() {
        auto r = requestLink(ann, grantId);
        EXPECT_EQ(r.status, 201) << r.body;
        const std::string path = r.json().value("path", "");
        return path.size() > 3 ? path.substr(3) : std::string();
    }
    /// Pushes one change as Ann; asserts it was accepted.
    void pushAsAnn(const nlohmann::json& op) {
        auto c = server->client(ann.accessToken);
        const auto result = pushOne(c, op);
        ASSERT_EQ(result["status"], "accepted") << result;
    }
    void revokeGrant() {
        pushAsAnn(updateOp("share_grant", grantId, caseId, {{"revoked", true}}, hlc()));
    }
    void withdrawConsent() {
        auto fields = recordFields("consent_event", people);
        fields["action"] = "withdraw";
        fields["at"] = "2026-03-13T10:00:00.000Z";  // after the grant's consent
        pushAsAnn(createOp("consent_event", newUuid(), caseId, fields, hlc()));
    }

    testsupport::TestSession ann;
    testsupport::TestAccount eve;
    People people;
    std::string caseId, grantId, consentId;
};

}  // namespace rtw::server::testing
