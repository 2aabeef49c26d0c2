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
    // Group commit: a durable commit costs a disk flush, so pushes that
    // queue up behind one share the next. The first waiting thread leads:
    // it takes the queue (in arrival order), runs it, and wakes the others.
    PushJob job{&caller, &operations, {}, Status::ok(), false};
    std::unique_lock lock(groupMutex_);
    queue_.push_back(&job);
    while (!job.done) {
        if (leading_) {
            groupDone_.wait(lock);
            continue;
        }
        leading_ = true;
        std::vector<PushJob*> group;
        while (!queue_.empty() && group.size() < kMaxGroup) {
            group.push_back(queue_.front());
            queue_.pop_front();
        }
        lock.unlock();
        runGroup(group);
        lock.lock();
        leading_ = false;
        groupDone_.notify_all();
    }
    if (!job.status) return job.status;
    count(job.results);
    return std::move(job.results);
}

void SyncStore::runGroup(const std::vector<PushJob*>& group) {
    const std::int64_t now = clock_.nowMs();
    const auto runAll = [&](const std::vector<PushJob*>& jobs) {
        return db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
            for (PushJob* job : jobs) {
                // Fresh on every attempt: a retried transaction starts from nothing.
                sync::PushTransaction push(tx, *job->caller, hlc_, now);
                auto r = push.run(*job->operations);
                if (!r) return r.status();
                job->results = std::move(*r);
            }
            return Status::ok();
        });
    };
    Status s = runAll(group);
    if (!s && group.size() > 1) {
        for (PushJob* job : group) {
            job->status = runAll({job});
            job->done = true;
        }
        return;
    }
    for (PushJob* job : group) {
        job->status = s;
        job->done = true;
    }
}

void SyncStore::count(const std::vector<OpResult>& results) {
    if (!metrics_) return;
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
