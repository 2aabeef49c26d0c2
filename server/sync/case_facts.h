#pragma once
// What the access policy needs to know about cases (policy::CaseFacts), read
// from the `cases` mirror (who holds the case, its practice, patient and
// referrer: a projection of each case record) and from the case's consent
// events and share grants (records). Kept current in memory while a push
// applies operations, and written back to the mirror in the same transaction.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "policy/access_policy.h"
#include "server/db/sql_database.h"
#include "server/sync/record_rows.h"

namespace rtw::server::sync {

/// The facts of a set of cases, loaded in bulk.
class CaseFactsCache {
public:
    /// Loads the mirror rows of these cases (unknown ones are left out) and,
    /// when `withSharing`, their consent events and share grants. Employer
    /// contacts are the only role whose access depends on those, so other
    /// readers skip that query.
    Status load(db::SqlTx& tx, const std::vector<std::string>& caseIds, bool withSharing);

    /// The facts of a loaded or newly created case; nullptr when there is none.
    const policy::CaseFacts* facts(const std::string& caseId) const;
    /// Every loaded case.
    std::vector<const policy::CaseFacts*> all() const;

    /// Facts for a case about to be created from `fields` in `serviceId`.
    static policy::CaseFacts factsOfNewCase(const std::string& caseId, const std::string& serviceId,
                                            const nlohmann::json& fields);

    /// A case record was created or changed: refreshes its facts. Returns true
    /// when someone new may now see the case (its adviser, practice, patient
    /// or referrer was set or changed on an existing case).
    bool noteCase(const std::string& caseId, const std::string& serviceId,
                  const nlohmann::json& fields, bool isNew);
    /// A consent event or share grant was stored: refreshes the case's
    /// consent and shares.
    void noteSharing(const StoredRecord& record);

    /// Writes the mirror rows changed by noteCase and the employer contacts
    /// named by new share grants (the coarse index pull uses).
    Status save(db::SqlTx& tx);

private:
    struct Entry {
        policy::CaseFacts facts;
        std::vector<model::ConsentEvent> consents;
        std::map<std::string, model::ShareGrant> shares;  // live grants by record id
        bool dirty = false;
    };
    void refoldSharing(Entry& e);

    std::map<std::string, Entry> cases_;
    std::set<std::pair<std::string, std::string>> newGrantees_;  // (case, employer contact)
};

}  // namespace rtw::server::sync
