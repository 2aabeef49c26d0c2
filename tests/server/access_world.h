#pragma once
// The world the access matrix runs in: two cases in one service, each with a
// record of every type, and everyone who might ask about them.
//
//   own case      Ann (adviser, practice A) holds it; patient Pat; referred by
//                 Dr Moss; plan version shared with Eve (with consent) and Fay
//                 (no consent); consent (but no grant) for Gus; a conflict.
//   foreign case  Ben (adviser, practice B) holds it; patient Pia; referred by
//                 Dr Rex; plan version shared with Ivy (with consent).
//   also          Lee (service lead of practice A), Ada (admin).

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/access_policy.h"
#include "server/sync/record_rows.h"
#include "test_server.h"

namespace rtw::server::testing {

struct AccessWorld {
    std::string ownCase, foreignCase;
    /// Everyone, by first name (ann, ben, lee, pat, pia, moss, rex, eve, fay, gus, ivy, ada).
    std::map<std::string, testsupport::TestAccount> people;
    std::map<std::string, testsupport::TestSession> sessions;  ///< the writers' devices

    /// Builds it through the server's own API (pushes, invites, enrolments).
    static AccessWorld build(testsupport::TestServer& server);

    policy::Principal principal(const std::string& name, const testsupport::TestServer& s) const;
};

/// Every record in the server database, read directly.
std::vector<sync::StoredRecord> allRecords(db::SqlDatabase& db);

/// The policy's facts for each case, worked out from the records themselves
/// (not from the server's `cases` mirror), with the service of the test server.
std::map<std::string, policy::CaseFacts> factsFromRecords(
    const std::vector<sync::StoredRecord>& records, const std::string& serviceId);

}  // namespace rtw::server::testing
