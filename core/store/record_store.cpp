#include "store/record_store.h"

#include "model/record_types.h"
#include "util/random_id.h"

namespace rtw::store {

using nlohmann::json;

namespace {

const model::RecordTypeInfo* typeInfo(std::string_view type) {
    return model::findRecordType(type);
}

Status unknownType(std::string_view type) {
    return Status::invalid(
        {{"type", "'" + std::string(type) + "' is not a record type this app knows"}});
}

Status notFound() {
    return Status::error(ErrorCode::NotFound, "no such record");
}

// field_hlcs stores only fields written after the record was created; every
// other field carries created_hlc. Most records are never edited (notes,
// check-ins), so this keeps ~40 bytes per field out of every row.
Record rowToRecord(const Statement& st) {
    Record r;
    r.id = st.text(0);
    r.type = st.text(1);
    r.caseId = st.text(2);
    r.fields = json::parse(st.text(3));
    r.fieldHlcs = json::parse(st.text(4));
    r.deleted = st.integer(5) != 0;
    r.updatedHlc = st.text(6);
    r.createdHlc = st.text(7);
    r.view = st.text(8);
    for (const auto& [k, v] : r.fields.items())
        if (!r.fieldHlcs.contains(k)) r.fieldHlcs[k] = r.createdHlc;
    return r;
}

// The stored (not expanded) field HLCs of a record.
json explicitHlcs(Database& db, std::string_view id) {
    auto st = db.cached("SELECT field_hlcs FROM records WHERE id = ?1");
    if (!st) return json::object();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    json out = (row && *row) ? json::parse((*st)->text(0)) : json::object();
    (*st)->reset();
    return out;
}

constexpr const char* kSelect =
    "SELECT id, type, case_id, fields, field_hlcs, deleted, updated_hlc, created_hlc, view "
    "FROM records ";

// What the writer saw of each field it changes: the field's HLC, or the
// record's creation HLC for a field it never had (merge's fieldHlc).
json baseHlcsFor(const Record& r, const json& changed) {
    json base = json::object();
    for (const auto& [k, v] : changed.items()) {
        const auto it = r.fieldHlcs.find(k);
        base[k] = it != r.fieldHlcs.end() ? it->get<std::string>() : r.createdHlc;
    }
    return base;
}

Status notEditable(const Record& r) {
    return Status::error(ErrorCode::NotAllowed, "only part of this " + r.type +
                                                    " is shared with you, so it cannot be "
                                                    "changed here");
}

}  // namespace

const char* opKindName(OpKind op) {
    switch (op) {
        case OpKind::Create:
            return "create";
        case OpKind::Update:
            return "update";
        case OpKind::Delete:
            return "delete";
    }
    return "?";
}

RecordStore::RecordStore(Database& db, HlcClock& hlc, const Clock& clock)
    : db_(db), hlc_(hlc), clock_(clock) {}

Result<Record> RecordStore::load(std::string_view id) {
    auto st = db_.cached(std::string(kSelect) + "WHERE id = ?1");
    if (!st) return st.status();
    (*st)->bind(1, id);
    auto row = (*st)->step();
    if (!row) return row.status();
    if (!*row) return notFound();
    Record r = rowToRecord(**st);
    (*st)->reset();
    return r;
}

Result<Record> RecordStore::get(std::string_view id) {
    std::lock_guard lock(db_.mutex());
    auto r = load(id);
    if (r && r->deleted) return notFound();
    return r;
}

Result<std::vector<Record>> RecordStore::list(std::string_view type, std::string_view caseId) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.cached(std::string(kSelect) +
                         "WHERE case_id = ?1 AND type = ?2 AND deleted = 0 ORDER BY rid");
    if (!st) return st.status();
    (*st)->bind(1, caseId).bind(2, type);
    std::vector<Record> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        out.push_back(rowToRecord(**st));
    }
    (*st)->reset();
    return out;
}

Result<std::vector<Record>> RecordStore::listAll(std::string_view type) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.cached(std::string(kSelect) + "WHERE type = ?1 AND deleted = 0 ORDER BY rid");
    if (!st) return st.status();
    (*st)->bind(1, type);
    std::vector<Record> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        out.push_back(rowToRecord(**st));
    }
    (*st)->reset();
    return out;
}

// Rules that need other records: a record must belong to a live case, and a
// note amendment or error-marking must point at a note of the same case.
Status RecordStore::checkReferences(std::string_view type, std::string_view caseId,
                                    const json& fields) {
    auto owner = get(caseId);
    if (!owner || owner->type != "case") {
        // A reader with a partial view never holds the case record itself (an
        // employer contact holds only the plan versions shared with them, and
        // answers them): the case is known here through its other records.
        auto known = db_.cached("SELECT 1 FROM records WHERE case_id = ?1 AND deleted = 0 LIMIT 1");
        if (!known) return known.status();
        (*known)->bind(1, caseId);
        auto row = (*known)->step();
        (*known)->reset();
        if (!row) return row.status();
        if (!*row) return Status::invalid({{"caseId", "must be an existing case on this device"}});
    }
    if (type == "case_note" && fields.contains("refersTo")) {
        auto original = get(fields["refersTo"].get<std::string>());
        if (!original || original->type != "case_note" || original->caseId != caseId)
            return Status::invalid({{"refersTo", "must be a case note in the same case"}});
    }
    return Status::ok();
}

Hlc RecordStore::stampAfter(const Record& current) {
    // A record pulled from a device whose clock runs ahead must still be
    // overwritten by a later local edit; HlcClock refuses stamps more than a
    // day ahead, in which case the edit simply competes by time.
    if (auto seen = Hlc::parse(current.updatedHlc)) (void)hlc_.observe(*seen);
    return hlc_.now();
}

Status RecordStore::enqueue(const Record& r, OpKind op, const json& fields, const Hlc& hlc,
                            const json& baseHlcs) {
    auto st = db_.cached(
        "INSERT INTO outbox (op_id, record_id, record_type, case_id, op, fields, hlc, created_ms, "
        "base_hlcs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st) return st.status();
    (*st)
        ->bind(1, newUuid())
        .bind(2, r.id)
        .bind(3, r.type)
        .bind(4, r.caseId)
        .bind(5, opKindName(op))
        .bind(6, fields.dump())
        .bind(7, hlc.toString())
        .bind(8, clock_.nowMs())
        .bind(9, baseHlcs.dump());
    return (*st)->run();
}

Result<std::string> RecordStore::create(std::string_view type, std::string_view caseId,
                                        const json& fields) {
    const auto* info = typeInfo(type);
    if (!info) return unknownType(type);
    if (type == "case" && !caseId.empty())
        return Status::invalid({{"caseId", "must be empty for a case: a case is its own scope"}});
    auto normalised = info->normalise(fields);
    if (!normalised) return normalised.status();
    const json& stored = *normalised;

    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    Record r;
    r.id = newUuid();
    r.type = std::string(type);
    r.caseId = type == "case" ? r.id : std::string(caseId);
    if (type != "case") {
        if (Status s = checkReferences(type, caseId, stored); !s) return s;
    }
    const Hlc hlc = hlc_.now();
    const std::string stamp = hlc.toString();

    auto st = db_.cached(
        "INSERT INTO records (id, type, case_id, fields, field_hlcs, created_hlc, updated_hlc) "
        "VALUES (?1, ?2, ?3, ?4, '{}', ?5, ?5)");
    if (!st) return st.status();
    (*st)->bind(1, r.id).bind(2, r.type).bind(3, r.caseId).bind(4, stored.dump()).bind(5, stamp);
    if (Status s = (*st)->run(); !s) return s;
    if (Status s = enqueue(r, OpKind::Create, stored, hlc, json::object()); !s) return s;
    if (Status s = tx.commit(); !s) return s;
    return r.id;
}

Status RecordStore::update(std::string_view id, const json& changes) {
    std::lock_guard lock(db_.mutex());
    if (!changes.is_object() || changes.empty())
        return Status::invalid({{"changes", "must be an object naming at least one field"}});
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    auto current = get(id);
    if (!current) return current.status();
    const auto* info = typeInfo(current->type);
    if (!info) return unknownType(current->type);
    if (current->view != "full") return notEditable(*current);
    if (info->mutability == model::Mutability::AppendOnly)
        return Status::error(
            ErrorCode::NotAllowed,
            "a " + current->type + " cannot be changed once saved; add an amendment instead");

    json merged = current->fields;
    for (const auto& [k, v] : changes.items()) {
        if (v.is_null()) {
            merged.erase(k);
        } else {
            merged[k] = v;
        }
    }
    auto normalised = info->normalise(merged);
    if (!normalised) return normalised.status();
    // Compare canonical forms, so "943 476 5919" over "9434765919" is no change.
    json changed = json::object();
    for (const auto& [k, v] : changes.items()) {
        const bool had = current->fields.contains(k);
        if (normalised->contains(k)) {
            if (!had || current->fields[k] != (*normalised)[k]) changed[k] = (*normalised)[k];
        } else if (had) {
            changed[k] = nullptr;
        }
    }
    if (changed.empty()) return Status::ok();  // nothing really changed: nothing to sync

    const Hlc hlc = stampAfter(*current);
    const std::string stamp = hlc.toString();
    json hlcs = explicitHlcs(db_, id);
    // A cleared field keeps its HLC too: merge must know when it was cleared.
    for (const auto& [k, v] : changed.items()) hlcs[k] = stamp;

    auto st = db_.cached(
        "UPDATE records SET fields = ?2, field_hlcs = ?3, updated_hlc = ?4 WHERE id = ?1");
    if (!st) return st.status();
    (*st)->bind(1, id).bind(2, normalised->dump()).bind(3, hlcs.dump()).bind(4, stamp);
    if (Status s = (*st)->run(); !s) return s;
    if (Status s = enqueue(*current, OpKind::Update, changed, hlc, baseHlcsFor(*current, changed));
        !s)
        return s;
    return tx.commit();
}

Status RecordStore::remove(std::string_view id) {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    auto current = get(id);
    if (!current) return current.status();
    const auto* info = typeInfo(current->type);
    if (current->view != "full") return notEditable(*current);
    if (info && info->mutability == model::Mutability::AppendOnly)
        return Status::error(
            ErrorCode::NotAllowed,
            "a " + current->type + " cannot be deleted; mark it as entered in error instead");
    const Hlc hlc = stampAfter(*current);
    auto st = db_.cached("UPDATE records SET deleted = 1, updated_hlc = ?2 WHERE id = ?1");
    if (!st) return st.status();
    (*st)->bind(1, id).bind(2, hlc.toString());
    if (Status s = (*st)->run(); !s) return s;
    // The deleter saw every value the record held: none of them is reported as hidden.
    if (Status s = enqueue(*current, OpKind::Delete, json::object(), hlc, current->fieldHlcs); !s)
        return s;
    return tx.commit();
}

Result<std::vector<OutboxEntry>> RecordStore::pendingOutbox(int limit) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.cached(
        "SELECT seq, op_id, record_id, record_type, case_id, op, fields, hlc, created_ms, "
        "base_hlcs FROM outbox ORDER BY seq LIMIT ?1");
    if (!st) return st.status();
    (*st)->bind(1, std::int64_t{limit});
    std::vector<OutboxEntry> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        const Statement& s = **st;
        OutboxEntry e;
        e.seq = s.integer(0);
        e.opId = s.text(1);
        e.recordId = s.text(2);
        e.recordType = s.text(3);
        e.caseId = s.text(4);
        const std::string op = s.text(5);
        e.op = op == "create" ? OpKind::Create : op == "update" ? OpKind::Update : OpKind::Delete;
        e.fields = json::parse(s.text(6));
        e.hlc = s.text(7);
        e.createdMs = s.integer(8);
        e.baseHlcs = json::parse(s.text(9));
        out.push_back(std::move(e));
    }
    (*st)->reset();
    return out;
}

Result<std::int64_t> RecordStore::pendingCount() {
    std::lock_guard lock(db_.mutex());
    return db_.queryInt("SELECT count(*) FROM outbox");
}

Status RecordStore::acknowledge(const std::vector<std::string>& opIds) {
    std::lock_guard lock(db_.mutex());
    Transaction tx(db_);
    if (!tx.begun()) return tx.begun();
    auto st = db_.cached("DELETE FROM outbox WHERE op_id = ?1");
    if (!st) return st.status();
    for (const auto& id : opIds) {
        (*st)->bind(1, id);
        if (Status s = (*st)->run(); !s) return s;
    }
    return tx.commit();
}

}  // namespace rtw::store
