#include "server/sync/sync_store.h"

#include "server/sync/case_facts.h"
#include "server/sync/push_transaction.h"

namespace rtw::server {

using db::SqlTx;
using db::TxMode;
using nlohmann::json;

SyncStore::SyncStore(db::SqlDatabase& db, const Clock& clock, Metrics* metrics)
    : db_(db), clock_(clock), metrics_(metrics), hlc_(clock) {
    if (metrics_) {
        metrics_->describe("rtw_sync_operations_total",
                           "Pushed operations by result (accepted, rejected, duplicate).");
        for (const char* result : {"accepted", "rejected", "duplicate"})
            metrics_->addCounter("rtw_sync_operations_total",
                                 std::string("result=\"") + result + "\"", 0);
    }
}

Result<std::vector<OpResult>> SyncStore::push(const Caller& caller,
                                              const std::vector<json>& operations) {
    std::vector<OpResult> results;
    const std::int64_t now = clock_.nowMs();
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        sync::PushTransaction push(tx, caller, hlc_, now);  // fresh on every attempt
        auto r = push.run(operations);
        if (!r) return r.status();
        results = std::move(*r);
        return Status::ok();
    });
    if (!s) return s;
    if (metrics_) {
        std::int64_t accepted = 0, rejected = 0, duplicate = 0;
        for (const auto& r : results) {
            if (!r.accepted)
                ++rejected;
            else if (r.duplicate)
                ++duplicate;
            else
                ++accepted;
        }
        metrics_->addCounter("rtw_sync_operations_total", "result=\"accepted\"", accepted);
        metrics_->addCounter("rtw_sync_operations_total", "result=\"rejected\"", rejected);
        metrics_->addCounter("rtw_sync_operations_total", "result=\"duplicate\"", duplicate);
    }
    return results;
}

Result<std::optional<policy::CaseFacts>> SyncStore::caseFacts(const std::string& caseId) {
    std::optional<policy::CaseFacts> out;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        sync::CaseFactsCache cache;
        if (Status l = cache.load(tx, {caseId}, /*withSharing=*/true); !l) return l;
        out.reset();
        if (const auto* f = cache.facts(caseId)) out = *f;
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Status SyncStore::linkPatient(SqlTx& tx, const std::string& caseId, const Account& patient) {
    Caller caller;
    caller.account = patient;
    caller.principal = {patient.id, model::UserRole::Patient, patient.serviceId, {}};
    sync::PushTransaction change(tx, caller, hlc_, clock_.nowMs());
    if (Status s = change.begin({caseId}); !s) return s;
    const sync::StoredRecord* record = change.record(caseId);
    if (!record || record->type != "case" || record->state.deleted)
        return Status::error(ErrorCode::NotFound, "the invite's case no longer exists");
    if (record->state.fields.contains("patientUserId"))
        return Status::error(ErrorCode::AlreadyExists, "this case already has a patient account");
    const sync::Actor actor{patient.id, model::UserRole::Patient, ""};
    auto updated = change.serverUpdate(caseId, {{"patientUserId", patient.id}}, actor);
    if (!updated) return updated.status();
    return change.finish();
}

}  // namespace rtw::server
