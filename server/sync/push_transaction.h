#pragma once
// One push request inside its database transaction (docs/sync-protocol.md 4):
// take the change-log lock, load in bulk everything the operations touch
// (their records, the op ids already applied, the facts of their cases),
// check and merge each operation in order in memory, then write it all back
// in a few batched statements. Built fresh for every attempt of the
// transaction, so a retried transaction starts from nothing.

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/operation.h"
#include "server/sync/case_facts.h"
#include "server/sync/record_rows.h"
#include "server/sync/server_records.h"
#include "server/sync/sync_store.h"

namespace rtw::server::sync {

class PushTransaction {
public:
    PushTransaction(db::SqlTx& tx, const Caller& caller, ServerHlc& hlc, std::int64_t nowMs);

    /// The whole push: one result per operation, in order.
    Result<std::vector<OpResult>> run(const std::vector<nlohmann::json>& operations);

    /// A change made by the server itself on behalf of `actor` (enrolment
    /// links the patient to the case): merged, numbered and audited like a
    /// pushed operation, without the caller's policy check. Call after
    /// begin(); then finish().
    Status begin(const std::vector<std::string>& recordIds);
    Result<StoredRecord*> serverUpdate(const std::string& recordId, const nlohmann::json& fields,
                                       const Actor& actor);
    /// A new record written by the server for `actor` (an employer's
    /// acknowledgement from the web page): normalised by the registry
    /// (InvalidArgument when the fields break its rules), numbered and
    /// audited as a create. Returns the new record's id.
    Result<std::string> serverCreate(const std::string& type, const std::string& caseId,
                                     const nlohmann::json& fields, const Actor& actor);
    /// A new case written by the server for `actor` in `serviceId` (a
    /// referral from the web form): normalised like serverCreate, its facts
    /// noted so the case's adviser pulls it. Returns the case id.
    Result<std::string> serverCreateCase(const nlohmann::json& fields, const std::string& serviceId,
                                         const Actor& actor);
    /// An audit event with no change behind it (a read on the web page).
    void serverAudit(const std::string& caseId, nlohmann::json auditFields);
    Status finish();
    /// A loaded or changed record; nullptr when there is none.
    const StoredRecord* record(const std::string& id) const;

private:
    struct Applied {
        std::string hash;
        std::int64_t seq = 0;
    };
    struct NewApplied {
        std::string opId, recordId, hash;
        std::int64_t seq = 0;
    };
    struct Checked {  // an operation that passed every check, ready to merge
        nlohmann::json changeFields;
        const policy::CaseFacts* facts = nullptr;
    };

    Status load(const std::vector<std::string>& opIds, const std::vector<std::string>& recordIds,
                std::vector<std::string> caseIds);
    OpResult applyOne(const nlohmann::json& raw, const Result<protocol::Operation>& decoded);
    /// Every check of the protocol's table after the op id; fills `out` or
    /// returns the rejection.
    std::optional<OpResult> check(const protocol::Operation& op, Checked& out);
    std::optional<OpResult> checkCaseReferences(const nlohmann::json& fields,
                                                const std::string& serviceId);
    Result<std::string> accountRole(const std::string& userId, const std::string& serviceId);
    Result<bool> practiceInService(const std::string& practiceId, const std::string& serviceId);
    /// Stores a merged state under the next seq and keeps facts, audit and
    /// conflicts current.
    void accept(StoredRecord& record, bool isNew, const merge::Outcome& outcome,
                const std::string& action, const Actor& actor);
    /// Returns the new record's id.
    std::string addServerRecord(const std::string& type, const std::string& caseId,
                                nlohmann::json fields);
    void fillCurrent(std::vector<OpResult>& results);

    db::SqlTx& tx_;
    const Caller& caller_;
    ServerHlc& hlc_;
    const std::int64_t now_;
    Actor actor_;
    std::int64_t seq_ = 0;
    std::map<std::string, StoredRecord> records_;  // by id: loaded, created, server-written
    std::vector<std::string> dirty_;               // ids to write, in order of change
    std::set<std::string> dirtySet_;
    std::map<std::string, Applied> applied_;
    std::vector<NewApplied> newApplied_;
    CaseFactsCache facts_;
    std::set<std::string> touched_;  // cases whose readers widened: renumbered at the end
    std::map<std::string, std::pair<std::string, std::string>> accounts_;  // id -> role, service
    std::map<std::string, std::string> practices_;                         // id -> service
    std::map<std::size_t, std::string> rejectedRecords_;  // result index -> record id
};

}  // namespace rtw::server::sync
