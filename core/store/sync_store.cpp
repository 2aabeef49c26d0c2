#include "store/sync_store.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "merge/merge.h"
#include "model/record_types.h"

namespace rtw::store {

using nlohmann::json;

namespace {

OpKind opKindFrom(const std::string& op) {
    return op == "create" ? OpKind::Create : op == "update" ? OpKind::Update : OpKind::Delete;
}

model::Mutability mutabilityOf(const std::string& type) {
    const auto* info = model::findRecordType(type);
    return info ? info->mutability : model::Mutability::Mutable;
}

bool isCanonicalHlc(const json& j) {
    if (!j.is_string()) return false;
    const auto& s = j.get_ref<const std::string&>();
    const auto h = Hlc::parse(s);
    return h && h->toString() == s;
}

Status bad(const std::string& key, const std::string& what) {
    return Status::invalid({{key, what}});
}

merge::RecordState stateOf(const PulledRecord& p) {
    return {p.fields, p.fieldHlcs, p.createdHlc, p.updatedHlc, p.deleted};
}

// Pending operations for one record, oldest first.
Result<std::vector<OutboxEntry>> pendingFor(Database& db, const std::string& recordId) {
    auto st = db.cached(
        "SELECT seq, op_id, op, fields, hlc, base_hlcs FROM outbox WHERE record_id = ?1 "
        "ORDER BY seq");
    if (!st) return st.status();
    (*st)->bind(1, recordId);
    std::vector<OutboxEntry> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        const Statement& s = **st;
        OutboxEntry e;
        e.seq = s.integer(0);
        e.opId = s.text(1);
        e.op = opKindFrom(s.text(2));
        e.fields = json::parse(s.text(3));
        e.hlc = s.text(4);
        e.baseHlcs = json::parse(s.text(5));
        out.push_back(std::move(e));
    }
    (*st)->reset();
    return out;
}

}  // namespace

Result<PulledRecord> pulledRecordFromJson(const json& j) {
    if (!j.is_object()) return bad("record", "must be an object");
    PulledRecord r;
    for (const char* key : {"id", "type", "caseId", "createdHlc", "updatedHlc"})
        if (!j.contains(key) || !j[key].is_string() || j[key].get_ref<const std::string&>().empty())
            return bad(key, "must be a non-empty string");
    r.id = j["id"];
    r.type = j["type"];
    r.caseId = j["caseId"];
    if (!isCanonicalHlc(j["createdHlc"])) return bad("createdHlc", "must be an HLC");
    if (!isCanonicalHlc(j["updatedHlc"])) return bad("updatedHlc", "must be an HLC");
    r.createdHlc = j["createdHlc"];
    r.updatedHlc = j["updatedHlc"];
    if (j.contains("view")) {
        if (!j["view"].is_string()) return bad("view", "must be a string");
        r.view = j["view"];
    }
    if (!j.contains("fields") || !j["fields"].is_object())
        return bad("fields", "must be an object");
    r.fields = j["fields"];
    if (j.contains("fieldHlcs")) {
        if (!j["fieldHlcs"].is_object()) return bad("fieldHlcs", "must be an object");
        for (const auto& [k, v] : j["fieldHlcs"].items())
            if (!isCanonicalHlc(v)) return bad("fieldHlcs." + k, "must be an HLC");
        r.fieldHlcs = j["fieldHlcs"];
    }
    if (j.contains("deleted")) {
        if (!j["deleted"].is_boolean()) return bad("deleted", "must be true or false");
        r.deleted = j["deleted"];
    }
    if (j.contains("seq") && !j["seq"].is_null()) {
        if (!j["seq"].is_number_integer()) return bad("seq", "must be an integer");
        r.seq = j["seq"];
    }
    return r;
}

json toJson(const PulledRecord& r) {
    return {{"id", r.id},
            {"type", r.type},
            {"caseId", r.caseId},
            {"view", r.view},
            {"fields", r.fields},
            {"fieldHlcs", r.fieldHlcs},
            {"createdHlc", r.createdHlc},
            {"updatedHlc", r.updatedHlc},
            {"deleted", r.deleted}};
}

SyncStore::SyncStore(Database& db, HlcClock& hlc, const Clock& clock)
    : db_(db), hlc_(hlc), clock_(clock) {}

Result<std::optional<std::string>> SyncStore::value(const std::string& key) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.cached("SELECT value FROM sync_state WHERE key = ?1");
    if (!st) return st.status();
    (*st)->bind(1, key);
    auto row = (*st)->step();
    if (!row) return row.status();
    std::optional<std::string> out;
    if (*row) out = (*st)->text(0);
    (*st)->reset();
    return out;
}

Status SyncStore::setValues(
    const std::vector<std::pair<std::string, std::optional<std::string>>>& values) {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    for (const auto& [key, v] : values) {
        auto st = db_.cached(v ? "INSERT INTO sync_state (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                               : "DELETE FROM sync_state WHERE key = ?1");
        if (!st) return st.status();
        (*st)->bind(1, key);
        if (v) (*st)->bind(2, *v);
        if (Status s = (*st)->run(); !s) return s;
    }
    return tx.commit();
}

Result<std::string> SyncStore::cursor() {
    auto v = value("cursor");
    if (!v) return v.status();
    return v->value_or("0");
}

Result<std::vector<OutboxEntry>> SyncStore::pendingOutbox(int limit) {
    RecordStore records(db_, hlc_, clock_);
    return records.pendingOutbox(limit);
}

// Lays this device's pending operations for the record over `pulled` (or over
// nothing) and writes the result; with no resulting state the row goes.
// `mayHavePending` false skips looking for pending operations (most records
// of a pull have none).
Status SyncStore::applyOne(const PulledRecord& pulled, bool mayHavePending) {
    std::optional<merge::RecordState> merged;
    const merge::RecordState* state = nullptr;
    if (mayHavePending) {
        auto pending = pendingFor(db_, pulled.id);
        if (!pending) return pending.status();
        if (!pulled.createdHlc.empty()) merged = stateOf(pulled);
        const auto mutability = mutabilityOf(pulled.type);
        for (const auto& e : *pending) {
            merge::Change change{e.op, e.fields, e.hlc, e.baseHlcs};
            auto out = merge::apply(merged, change, mutability);
            // An op merge refuses (an update of a record the server no longer
            // has) is left for the server to reject and report.
            if (out) merged = std::move(out->state);
        }
        if (merged) state = &*merged;
    }
    if (auto seen = Hlc::parse(pulled.updatedHlc)) (void)hlc_.observe(*seen);
    const bool fromPulled = !mayHavePending && !pulled.createdHlc.empty();
    if (!state && !fromPulled) {
        auto st = db_.cached("DELETE FROM records WHERE id = ?1");
        if (!st) return st.status();
        (*st)->bind(1, pulled.id);
        return (*st)->run();
    }
    const nlohmann::json& fields = fromPulled ? pulled.fields : state->fields;
    const nlohmann::json& fieldHlcs = fromPulled ? pulled.fieldHlcs : state->fieldHlcs;
    const std::string& createdHlc = fromPulled ? pulled.createdHlc : state->createdHlc;
    const std::string& updatedHlc = fromPulled ? pulled.updatedHlc : state->updatedHlc;
    const bool deleted = fromPulled ? pulled.deleted : state->deleted;
    auto st = db_.cached(
        "INSERT INTO records (id, type, case_id, fields, field_hlcs, deleted, created_hlc, "
        "updated_hlc, view, server_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (id) DO UPDATE SET type = excluded.type, case_id = excluded.case_id, "
        "fields = excluded.fields, field_hlcs = excluded.field_hlcs, deleted = excluded.deleted, "
        "created_hlc = excluded.created_hlc, updated_hlc = excluded.updated_hlc, "
        "view = excluded.view, server_seq = coalesce(excluded.server_seq, server_seq)");
    if (!st) return st.status();
    (*st)
        ->bind(1, pulled.id)
        .bind(2, pulled.type)
        .bind(3, pulled.caseId)
        .bind(4, fields.dump())
        .bind(5, fieldHlcs.dump())
        .bind(6, std::int64_t{deleted ? 1 : 0})
        .bind(7, createdHlc)
        .bind(8, updatedHlc)
        .bind(9, pulled.view);
    if (pulled.seq > 0) {
        (*st)->bind(10, pulled.seq);
    } else {
        (*st)->bindNull(10);
    }
    return (*st)->run();
}

Status SyncStore::recordPushResults(const std::vector<std::string>& accepted,
                                    const std::vector<Rejection>& rejected) {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    // 1. Rejected operations leave the outbox for the rejected list. Per
    //    record, the last rejection's `current` is the newest server state.
    std::vector<std::pair<PulledRecord, const Rejection*>> resets;
    for (const auto& r : rejected) {
        auto rec =
            db_.cached("SELECT record_id, record_type, case_id FROM outbox WHERE op_id = ?1");
        if (!rec) return rec.status();
        (*rec)->bind(1, r.opId);
        auto row = (*rec)->step();
        if (!row) return row.status();
        if (!*row) continue;  // already handled (an answer seen twice)
        PulledRecord target;
        target.id = (*rec)->text(0);
        target.type = (*rec)->text(1);
        target.caseId = (*rec)->text(2);
        (*rec)->reset();
        auto st = db_.cached(
            "INSERT OR IGNORE INTO rejected (op_id, record_id, record_type, case_id, op, fields, "
            "hlc, code, message, field_errors, rejected_ms) SELECT op_id, record_id, record_type, "
            "case_id, op, fields, hlc, ?2, ?3, ?4, ?5 FROM outbox WHERE op_id = ?1");
        if (!st) return st.status();
        (*st)->bind(1, r.opId).bind(2, r.code).bind(3, r.message).bind(4, r.fieldErrors.dump());
        (*st)->bind(5, clock_.nowMs());
        if (Status s = (*st)->run(); !s) return s;
        auto del = db_.cached("DELETE FROM outbox WHERE op_id = ?1");
        if (!del) return del.status();
        (*del)->bind(1, r.opId);
        if (Status s = (*del)->run(); !s) return s;
        auto same = std::find_if(resets.begin(), resets.end(),
                                 [&](const auto& e) { return e.first.id == target.id; });
        if (same == resets.end()) {
            resets.emplace_back(std::move(target), &r);
        } else {
            same->second = &r;
        }
    }
    // 2. Each such record becomes the server's state with the remaining
    //    pending operations (accepted ones of this batch included: applying
    //    them again is harmless) laid over it; with no server state, only
    //    what the remaining operations make of nothing.
    for (auto& [target, r] : resets) {
        PulledRecord base = target;
        if (r->current && r->current->id == target.id) base = *r->current;
        if (Status s = applyOne(base, true); !s) return s;
    }
    // 3. Accepted operations are done.
    auto del = db_.cached("DELETE FROM outbox WHERE op_id = ?1");
    if (!del) return del.status();
    for (const auto& id : accepted) {
        (*del)->bind(1, id);
        if (Status s = (*del)->run(); !s) return s;
    }
    return tx.commit();
}

Result<std::vector<std::string>> SyncStore::casesOutside(const std::vector<std::string>& scopes) {
    const std::set<std::string> visible(scopes.begin(), scopes.end());
    // A case created here and not yet pushed is unknown to the server, not revoked.
    std::set<std::string> unpushed;
    {
        auto st =
            db_.cached("SELECT record_id FROM outbox WHERE op = 'create' AND record_type = 'case'");
        if (!st) return st.status();
        for (;;) {
            auto row = (*st)->step();
            if (!row) return row.status();
            if (!*row) break;
            unpushed.insert((*st)->text(0));
        }
        (*st)->reset();
    }
    std::vector<std::string> out;
    auto st = db_.cached("SELECT DISTINCT case_id FROM records");
    if (!st) return st.status();
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        std::string id = (*st)->text(0);
        if (!visible.count(id) && !unpushed.count(id)) out.push_back(std::move(id));
    }
    (*st)->reset();
    return out;
}

// Removes every record of the cases; triggers clear their search entries and
// caseload rows. Their pending operations stay: they are pushed, refused by
// the server and so reported to the user, never silently dropped.
Status SyncStore::purge(const std::vector<std::string>& caseIds) {
    auto st = db_.cached("DELETE FROM records WHERE case_id = ?1");
    if (!st) return st.status();
    for (const auto& id : caseIds) {
        (*st)->bind(1, id);
        if (Status s = (*st)->run(); !s) return s;
    }
    return Status::ok();
}

Result<std::vector<std::string>> SyncStore::applyPage(
    const std::vector<PulledRecord>& records, const std::string& cursor,
    const std::optional<std::vector<std::string>>& scopes) {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    // Most pulled records have no pending operation here: find the few that do once.
    std::unordered_set<std::string> pending;
    {
        auto st = db_.cached("SELECT DISTINCT record_id FROM outbox");
        if (!st) return st.status();
        for (;;) {
            auto row = (*st)->step();
            if (!row) return row.status();
            if (!*row) break;
            pending.insert((*st)->text(0));
        }
        (*st)->reset();
    }
    for (const auto& r : records)
        if (Status s = applyOne(r, pending.count(r.id) > 0); !s)
            return s.withContext("applying a pulled record");
    std::vector<std::string> purged;
    if (scopes) {
        auto outside = casesOutside(*scopes);
        if (!outside) return outside.status();
        purged = std::move(*outside);
        if (Status s = purge(purged); !s) return s;
    }
    auto st = db_.cached(
        "INSERT INTO sync_state (key, value) VALUES ('cursor', ?1) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) return st.status();
    (*st)->bind(1, cursor);
    if (Status s = (*st)->run(); !s) return s;
    if (Status s = tx.commit(); !s) return s;
    return purged;
}

Result<std::vector<RejectedChange>> SyncStore::rejectedChanges() {
    std::lock_guard lock(db_.mutex());
    auto st = db_.prepare(
        "SELECT op_id, record_id, record_type, case_id, op, fields, code, message, field_errors, "
        "rejected_ms FROM rejected WHERE dismissed = 0 ORDER BY id");
    if (!st) return st.status();
    std::vector<RejectedChange> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.status();
        if (!*row) break;
        RejectedChange c;
        c.opId = st->text(0);
        c.recordId = st->text(1);
        c.recordType = st->text(2);
        c.caseId = st->text(3);
        c.op = opKindFrom(st->text(4));
        c.fields = json::parse(st->text(5));
        c.code = st->text(6);
        c.message = st->text(7);
        c.fieldErrors = json::parse(st->text(8));
        c.rejectedMs = st->integer(9);
        out.push_back(std::move(c));
    }
    return out;
}

Status SyncStore::dismissRejected(const std::string& opId) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.prepare("UPDATE rejected SET dismissed = 1 WHERE op_id = ?1");
    if (!st) return st.status();
    st->bind(1, opId);
    if (Status s = st->run(); !s) return s;
    if (db_.changes() == 0) return Status::error(ErrorCode::NotFound, "no such refused change");
    return Status::ok();
}

Result<SyncCounts> SyncStore::counts() {
    std::lock_guard lock(db_.mutex());
    SyncCounts c;
    auto pending = db_.queryInt("SELECT count(*) FROM outbox");
    if (!pending) return pending.status();
    c.pending = *pending;
    auto rejected = db_.queryInt("SELECT count(*) FROM rejected WHERE dismissed = 0");
    if (!rejected) return rejected.status();
    c.rejected = *rejected;
    auto conflicts = db_.queryInt(
        "SELECT count(*) FROM records WHERE type = 'conflict' AND deleted = 0 "
        "AND json_extract(fields, '$.status') = 'open'");
    if (!conflicts) return conflicts.status();
    c.openConflicts = *conflicts;
    return c;
}

Result<std::vector<std::string>> SyncStore::heldCases() {
    std::lock_guard lock(db_.mutex());
    auto st = db_.prepare("SELECT DISTINCT case_id FROM records ORDER BY case_id");
    if (!st) return st.status();
    std::vector<std::string> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.status();
        if (!*row) break;
        out.push_back(st->text(0));
    }
    return out;
}

Result<std::vector<PulledRecord>> SyncStore::snapshot() {
    std::lock_guard lock(db_.mutex());
    auto st = db_.prepare(
        "SELECT id, type, case_id, view, fields, field_hlcs, created_hlc, updated_hlc, deleted, "
        "coalesce(server_seq, 0) FROM records ORDER BY id");
    if (!st) return st.status();
    std::vector<PulledRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.status();
        if (!*row) break;
        PulledRecord r;
        r.id = st->text(0);
        r.type = st->text(1);
        r.caseId = st->text(2);
        r.view = st->text(3);
        r.fields = json::parse(st->text(4));
        r.fieldHlcs = json::parse(st->text(5));
        r.createdHlc = st->text(6);
        r.updatedHlc = st->text(7);
        r.deleted = st->integer(8) != 0;
        r.seq = st->integer(9);
        out.push_back(std::move(r));
    }
    return out;
}

Status SyncStore::eraseAll() {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    for (const char* sql : {"DELETE FROM records", "DELETE FROM outbox", "DELETE FROM rejected",
                            "DELETE FROM sync_state", "DELETE FROM caseload"})
        if (Status s = db_.exec(sql); !s) return s;
    return tx.commit();
}

}  // namespace rtw::store
