#pragma once
// Operations and record fields for the server's sync tests: one valid record
// of every type, its ids pointing at the real accounts of a TestServer, and
// builders for push operations.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace rtw::server::testing {

/// The people a case's records refer to.
struct People {
    std::string adviserId;
    std::string patientId;   ///< for records the patient writes (check-ins, consent in app)
    std::string employerId;  ///< the employer contact a plan is shared with
    std::string planVersionId;
};

/// A valid record of `type` (a case record only with `practiceId`), in the
/// form a device would send. `variant` picks a version the policy treats
/// differently: "shared" (case note shared with the patient), "self"
/// (questionnaire answered by the patient), "patient" (consent, grant or
/// record written by the patient), "no_gp_consent" (discharge).
nlohmann::json recordFields(const std::string& type, const People& people,
                            const std::string& variant = {});

/// Every type a device may create, in an order where each one's references exist.
const std::vector<std::string>& deviceTypes();

/// A field change that keeps the record valid and changes who may see nothing.
nlohmann::json exampleUpdate(const std::string& type, const People& people);

nlohmann::json createOp(const std::string& type, const std::string& recordId,
                        const std::string& caseId, const nlohmann::json& fields,
                        const std::string& hlc);
nlohmann::json updateOp(const std::string& type, const std::string& recordId,
                        const std::string& caseId, const nlohmann::json& fields,
                        const std::string& hlc, const nlohmann::json& baseHlcs = nullptr);
nlohmann::json deleteOp(const std::string& type, const std::string& recordId,
                        const std::string& caseId, const std::string& hlc);

/// Pulls every page from cursor 0 (or `cursor`); the pages' records in order,
/// and the last page.
struct PullAll {
    std::vector<nlohmann::json> records;
    nlohmann::json lastPage;
    std::vector<nlohmann::json> pages;
};
PullAll pullAll(testsupport::ApiClient& client, const std::string& cursor = "0", int limit = 500);

/// The one result of pushing one operation (asserts the push answered 200).
nlohmann::json pushOne(testsupport::ApiClient& client, const nlohmann::json& op);

}  // namespace rtw::server::testing
