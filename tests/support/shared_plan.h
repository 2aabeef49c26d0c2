#pragma once
// A plan shared with an employer contact, set up on a TestServer the way the
// adviser's app does it: an agreed version of fullPlanSnapshot(),
// share_plan_with_employer consent naming the contact, a grant to them, and
// the link to their page.

#include <string>

#include "test_server.h"

namespace rtw::testsupport {

struct SharedPlanLink {
    std::string versionId;
    std::string grantId;
    std::string url;   ///< the whole link, as the employer receives it
    std::string path;  ///< "/e/TOKEN"
};

/// Pushes the three records as `adviser` (consent given verbally on
/// 12/03/2026, the grant running to 2099) and asks for the link. Throws
/// std::runtime_error when the server refuses any of it.
SharedPlanLink shareFullPlan(TestServer& server, const TestSession& adviser,
                             const std::string& caseId, const std::string& contactId,
                             const std::string& contactName);

}  // namespace rtw::testsupport
