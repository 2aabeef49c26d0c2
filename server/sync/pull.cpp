// SyncStore::pull (docs/sync-protocol.md section 5): a coarse SQL filter by
// case (and, for employers and referrers, by the only types they can ever
// see), then the policy decides record by record what the caller receives.

#include <algorithm>

#include "server/sync/case_facts.h"
#include "server/sync/record_view.h"
#include "server/sync/sync_store.h"

namespace rtw::server {

using db::SqlParams;
using db::SqlTx;
using db::TxMode;
using model::UserRole;
using nlohmann::json;

namespace {

/// Which cases a caller may possibly see, as SQL over `cases c` (or
/// `case_grants c` for employer contacts). The policy has the last word.
struct Scope {
    bool none = false;        ///< the role sees no case data at all
    std::string table;        ///< "cases" or "case_grants"
    std::string where;        ///< over c (and r, when recordTypes is set)
    std::string recordTypes;  ///< extra condition on r.type, or empty
    SqlParams params;
};

Scope scopeOf(const policy::Principal& p, std::size_t first) {
    Scope s;
    s.table = "cases";
    const auto at = [&](std::size_t i) { return "$" + std::to_string(first + i); };
    switch (p.role) {
        case UserRole::Adviser:
            s.where = "c.adviser_id = " + at(0) + " AND c.service_id = " + at(1);
            s.params = {p.userId, p.serviceId};
            break;
        case UserRole::ServiceLead: {
            if (p.practiceIds.empty()) {
                s.none = true;
                break;
            }
            s.where = "c.service_id = " + at(0) + " AND c.practice_id IN (" +
                      sync::placeholders(first + 1, p.practiceIds.size()) + ")";
            s.params = {p.serviceId};
            s.params.insert(s.params.end(), p.practiceIds.begin(), p.practiceIds.end());
            break;
        }
        case UserRole::Patient:
            s.where = "c.patient_user_id = " + at(0);
            s.params = {p.userId};
            break;
        case UserRole::Referrer:
            s.where = "c.referrer_user_id = " + at(0);
            s.recordTypes = "r.type IN ('referral', 'discharge')";
            s.params = {p.userId};
            break;
        case UserRole::EmployerContact:
            s.table = "case_grants";
            s.where = "c.user_id = " + at(0);
            s.recordTypes = "r.type IN ('rtw_plan_version', 'share_grant', 'employer_response')";
            s.params = {p.userId};
            break;
        case UserRole::Admin:
            s.none = true;
            break;
    }
    if (p.userId.empty()) s.none = true;
    return s;
}

std::string recordFilter(const Scope& s) {
    return s.recordTypes.empty() ? s.where : s.where + " AND " + s.recordTypes;
}

/// Readers whose every read leaves an audit event.
bool readsAreAudited(UserRole role) {
    return role == UserRole::EmployerContact || role == UserRole::Referrer;
}

}  // namespace

Result<PullPage> SyncStore::pull(const Caller& caller, std::int64_t cursor, int limit) {
    const policy::Principal& p = caller.principal;
    const std::int64_t now = clock_.nowMs();
    const bool audited = readsAreAudited(p.role);
    const bool withSharing = p.role == UserRole::EmployerContact;
    PullPage page;
    Status s = db_.transact(audited ? TxMode::Write : TxMode::Read, [&](SqlTx& tx) -> Status {
        page = PullPage{};
        page.cursor = cursor;
        // Read audit events are numbered like every other change.
        if (audited)
            if (Status l = tx.lock(db::SqlLock::ChangeLog); !l) return l;
        const Scope scope = scopeOf(p, 2);
        if (scope.none) {
            page.scopes = std::vector<std::string>();
            return Status::ok();
        }
        const std::string from = " FROM records r JOIN " + scope.table +
                                 " c ON c.case_id = r.case_id WHERE r.seq > $1 AND " +
                                 recordFilter(scope);
        SqlParams params{cursor};
        params.insert(params.end(), scope.params.begin(), scope.params.end());
        params.emplace_back(std::int64_t{limit});
        // Only sequence numbers are sorted (from a covering index); the page's
        // rows, fields and all, are then read by seq.
        auto rows = tx.query(std::string("SELECT ") + sync::kRecordColumns +
                                 " FROM records r WHERE r.seq IN (SELECT r.seq" + from +
                                 " ORDER BY r.seq LIMIT $" + std::to_string(params.size()) +
                                 ") ORDER BY r.seq",
                             params);
        if (!rows) return rows.status();
        std::vector<sync::RecordRow> records;
        records.reserve(rows->size());
        std::vector<std::string> caseIds;
        for (const auto& row : *rows) {
            records.push_back(sync::RecordRow::from(row));
            caseIds.push_back(records.back().caseId);
        }
        sync::CaseFactsCache facts;
        if (Status l = facts.load(tx, caseIds, withSharing); !l) return l;
        std::vector<sync::StoredRecord> reads;  // audit events to write
        page.records.reserve(records.size());
        for (const auto& r : records) {
            auto view = sync::readerViewText(p, facts.facts(r.caseId), r, now);
            if (!view) continue;
            page.records.push_back(std::move(*view));
            if (audited) {
                const sync::Actor actor{p.userId, p.role, caller.deviceId};
                reads.push_back(sync::serverRecord(
                    "audit_event", r.caseId, sync::auditFields(actor, "read", r.type, r.id, now),
                    hlc_.next(), 0));
            }
        }
        if (!records.empty()) page.cursor = records.back().seq;

        params.pop_back();  // the limit
        params.front() = page.cursor;
        auto remaining = tx.queryOne("SELECT count(*)" + from, params);
        if (!remaining) return remaining.status();
        page.remaining = (*remaining)->integer(0);
        page.total = static_cast<std::int64_t>(records.size()) + page.remaining;
        page.hasMore = page.remaining > 0;

        if (!page.hasMore) {
            auto candidates = tx.query(
                "SELECT DISTINCT c.case_id FROM " + scope.table + " c WHERE " + scopeOf(p, 1).where,
                scope.params);
            if (!candidates) return candidates.status();
            std::vector<std::string> ids;
            for (const auto& row : *candidates) ids.push_back(row.text(0));
            sync::CaseFactsCache all;
            if (Status l = all.load(tx, ids, withSharing); !l) return l;
            page.scopes.emplace();
            for (const auto* f : all.all())
                if (policy::mayKnowCaseExists(p, *f, now)) page.scopes->push_back(f->caseId);
        }

        if (reads.empty()) return Status::ok();
        auto seq = sync::readSeq(tx);
        if (!seq) return seq.status();
        std::int64_t next = *seq;
        std::vector<const sync::StoredRecord*> out;
        for (auto& r : reads) {
            r.seq = ++next;
            out.push_back(&r);
        }
        if (Status w = sync::saveRecords(tx, out); !w) return w;
        return sync::writeSeq(tx, next);
    });
    if (!s) return s;
    return page;
}

}  // namespace rtw::server
