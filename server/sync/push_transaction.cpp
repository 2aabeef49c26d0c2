#include "server/sync/push_transaction.h"

#include <algorithm>

#include "hlc/hlc.h"
#include "model/record_types.h"
#include "server/auth/tokens.h"
#include "server/sync/record_view.h"

namespace rtw::server::sync {

using nlohmann::json;
using store::OpKind;

namespace {

OpResult rejected(const std::string& opId, std::string code, std::string message,
                  std::vector<FieldError> fields = {}) {
    OpResult r;
    r.opId = opId;
    r.code = std::move(code);
    r.message = std::move(message);
    r.fields = std::move(fields);
    return r;
}

/// "rtw_plan_version" -> "rtw plan version", for messages.
std::string humanType(const std::string& type) {
    std::string out = type;
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

const char* actionOf(OpKind op) {
    switch (op) {
        case OpKind::Create:
            return "create";
        case OpKind::Update:
            return "update";
        case OpKind::Delete:
            return "delete";
    }
    return "update";
}

policy::WriteOp writeOpOf(OpKind op) {
    switch (op) {
        case OpKind::Create:
            return policy::WriteOp::Create;
        case OpKind::Update:
            return policy::WriteOp::Update;
        case OpKind::Delete:
            return policy::WriteOp::Delete;
    }
    return policy::WriteOp::Update;
}

std::string stringField(const json& fields, const char* key) {
    const auto it = fields.find(key);
    return it != fields.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

PushTransaction::PushTransaction(db::SqlTx& tx, const Caller& caller, ServerHlc& hlc,
                                 std::int64_t nowMs)
    : tx_(tx),
      caller_(caller),
      hlc_(hlc),
      now_(nowMs),
      actor_{caller.account.id, caller.account.role, caller.deviceId} {}

Status PushTransaction::load(const std::vector<std::string>& opIds,
                             const std::vector<std::string>& recordIds,
                             std::vector<std::string> caseIds) {
    // Held until commit: sequence numbers become visible in order, and no
    // other push (in any server process) reads a record between our read
    // and our write of it.
    if (Status s = tx_.lock(db::SqlLock::ChangeLog); !s) return s;
    auto seq = readSeq(tx_);
    if (!seq) return seq.status();
    seq_ = *seq;
    for (std::size_t at = 0; at < opIds.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, opIds.size() - at);
        db::SqlParams params(opIds.begin() + static_cast<std::ptrdiff_t>(at),
                             opIds.begin() + static_cast<std::ptrdiff_t>(at + n));
        auto rows = tx_.query("SELECT op_id, op_hash, seq FROM applied_ops WHERE op_id IN (" +
                                  placeholders(1, n) + ")",
                              params);
        if (!rows) return rows.status();
        for (const auto& row : *rows) applied_[row.text(0)] = {row.text(1), row.integer(2)};
    }
    auto loaded = loadRecords(tx_, recordIds);
    if (!loaded) return loaded.status();
    for (auto& r : *loaded) {
        caseIds.push_back(r.caseId);
        records_.emplace(r.id, std::move(r));
    }
    // Consent and shares are always loaded here: pushes touch few cases.
    return facts_.load(tx_, caseIds, /*withSharing=*/true);
}

Result<std::vector<OpResult>> PushTransaction::run(const std::vector<json>& operations) {
    std::vector<Result<protocol::Operation>> decoded;
    decoded.reserve(operations.size());
    std::vector<std::string> opIds, recordIds, caseIds;
    for (const auto& raw : operations) {
        decoded.push_back(protocol::decode(raw));
        opIds.push_back(raw.at("opId").get<std::string>());
        if (decoded.back()) {
            recordIds.push_back(decoded.back()->recordId);
            caseIds.push_back(decoded.back()->caseId);
        }
    }
    if (Status s = load(opIds, recordIds, caseIds); !s) return s;
    std::vector<OpResult> results;
    results.reserve(operations.size());
    for (std::size_t i = 0; i < operations.size(); ++i) {
        results.push_back(applyOne(operations[i], decoded[i]));
        if (!results.back().accepted && decoded[i]) rejectedRecords_[i] = decoded[i]->recordId;
    }
    if (Status s = finish(); !s) return s;
    fillCurrent(results);
    return results;
}

OpResult PushTransaction::applyOne(const json& raw, const Result<protocol::Operation>& decoded) {
    const std::string opId = raw.at("opId").get<std::string>();
    if (!decoded)
        return rejected(opId, "invalid",
                        "This change could not be read: " + decoded.status().message(),
                        decoded.status().fieldErrors());
    const protocol::Operation& op = *decoded;
    const std::string hash = sha256Hex(protocol::encode(op).dump());
    if (const auto it = applied_.find(op.opId); it != applied_.end()) {
        if (it->second.hash != hash)
            return rejected(opId, "op_id_reused",
                            "This change's id was already used for a different change, so it "
                            "was not applied.");
        OpResult r;
        r.opId = opId;
        r.accepted = true;
        r.duplicate = true;
        r.seq = it->second.seq;
        return r;
    }
    Checked checked;
    if (auto refusal = check(op, checked)) return *refusal;

    const auto* info = model::findRecordType(op.type);
    auto existing = records_.find(op.recordId);
    const bool isNew = existing == records_.end();
    merge::Change change{op.op, checked.changeFields, op.hlc, op.baseHlcs};
    auto outcome = merge::apply(
        isNew ? std::nullopt : std::optional<merge::RecordState>(existing->second.state), change,
        info->mutability);
    if (!outcome) {
        const Status& s = outcome.status();
        if (s.code() == ErrorCode::NotFound) return rejected(opId, "not_found", "No such record.");
        if (s.code() == ErrorCode::NotAllowed)
            return rejected(opId, "not_allowed",
                            "A " + humanType(op.type) +
                                " cannot be changed or deleted once saved; add an amendment "
                                "instead.");
        return rejected(opId, "invalid", "This change could not be applied: " + s.message());
    }
    hlc_.observe(op.hlc);
    if (isNew)
        existing =
            records_.emplace(op.recordId, StoredRecord{op.recordId, op.type, op.caseId}).first;
    accept(existing->second, isNew, *outcome, actionOf(op.op), actor_);
    applied_[op.opId] = {hash, existing->second.seq};
    newApplied_.push_back({op.opId, op.recordId, hash, existing->second.seq});
    OpResult r;
    r.opId = opId;
    r.accepted = true;
    r.seq = existing->second.seq;
    return r;
}

std::optional<OpResult> PushTransaction::check(const protocol::Operation& op, Checked& out) {
    const policy::Principal& p = caller_.principal;
    const auto ahead = Hlc::parse(op.hlc);
    if (ahead && ahead->wallMs > now_ + HlcClock::kMaxDriftMs)
        return rejected(op.opId, "invalid",
                        "The device's date and time are wrong: this change is dated more than a "
                        "day ahead of the server. Correct the device's clock.",
                        {{"hlc", "is more than a day ahead of the server's clock"}});
    if (op.type == "case" && op.caseId != op.recordId)
        return rejected(op.opId, "invalid", "A case's caseId must be its own id.",
                        {{"caseId", "must be the case's own id (a case is its own scope)"}});

    const auto found = records_.find(op.recordId);
    const StoredRecord* existing = found == records_.end() ? nullptr : &found->second;
    if (existing) {
        // Checked before anything that depends on the record, so a record the
        // caller may not see answers exactly like one that does not exist.
        if (!mayKnowRecord(p, facts_.facts(existing->caseId), *existing, now_))
            return rejected(op.opId, "not_found",
                            existing->type == "case" ? "No such case." : "No such record.");
        if (existing->type != op.type)
            return rejected(op.opId, "invalid",
                            "This record is a " + humanType(existing->type) + ", not a " +
                                humanType(op.type) + ".",
                            {{"type", "must be " + existing->type + ", the record's type"}});
        if (existing->caseId != op.caseId)
            return rejected(op.opId, "invalid", "A record cannot move to another case.",
                            {{"caseId", "must be the case the record belongs to"}});
    } else if (op.op != OpKind::Create) {
        return rejected(op.opId, "not_found",
                        op.type == "case" ? "No such case." : "No such record.");
    }
    if (op.type != "case") {
        const policy::CaseFacts* f = facts_.facts(op.caseId);
        if (!f || !policy::mayKnowCaseExists(p, *f, now_))
            return rejected(op.opId, "not_found", "No such case.");
        out.facts = f;
    }

    // The record after the change must be valid; what is stored and merged
    // is its canonical form.
    const auto* info = model::findRecordType(op.type);
    json after;
    switch (op.op) {
        case OpKind::Create:
            after = op.fields;
            break;
        case OpKind::Update:
            if (op.fields.empty())
                return rejected(op.opId, "invalid", "An update must change at least one field.",
                                {{"fields", "must name at least one field"}});
            after = existing->state.fields;
            for (const auto& [key, value] : op.fields.items()) {
                if (value.is_null())
                    after.erase(key);
                else
                    after[key] = value;
            }
            break;
        case OpKind::Delete:
            if (!op.fields.empty())
                return rejected(op.opId, "invalid", "A deletion carries no fields.",
                                {{"fields", "must be {} for a deletion"}});
            after = existing->state.fields;
            break;
    }
    if (op.op != OpKind::Delete) {
        auto normal = info->normalise(after);
        if (!normal)
            return rejected(
                op.opId, "invalid",
                "The " + humanType(op.type) + " could not be saved: " + normal.status().message(),
                normal.status().fieldErrors());
        after = std::move(*normal);
    }
    if (op.op == OpKind::Create) {
        out.changeFields = after;
    } else if (op.op == OpKind::Update) {
        out.changeFields = json::object();
        for (const auto& [key, value] : op.fields.items())
            out.changeFields[key] = after.contains(key) ? after[key] : json(nullptr);
    } else {
        out.changeFields = json::object();
    }

    policy::CaseFacts newCase;
    if (op.type == "case") {
        const std::string service = existing ? facts_.facts(op.caseId)->serviceId : p.serviceId;
        if (op.op != OpKind::Delete) {
            if (auto refusal = checkCaseReferences(after, service)) {
                refusal->opId = op.opId;
                return refusal;
            }
        }
        if (existing) {
            out.facts = facts_.facts(op.caseId);
        } else {
            newCase = CaseFactsCache::factsOfNewCase(op.caseId, p.serviceId, after);
            out.facts = &newCase;
        }
    }
    const policy::RecordRef ref{op.type, op.recordId, after,
                                op.op == OpKind::Update ? &out.changeFields : nullptr};
    const Status allowed = policy::checkWrite(p, *out.facts, writeOpOf(op.op), ref, now_);
    if (!allowed)
        return rejected(op.opId,
                        allowed.code() == ErrorCode::NotFound ? "not_found" : "not_allowed",
                        allowed.message());
    if (out.facts == &newCase) out.facts = nullptr;  // not to be used after return
    return std::nullopt;
}

std::optional<OpResult> PushTransaction::checkCaseReferences(const json& fields,
                                                             const std::string& serviceId) {
    // The ids on a case decide who sees it: they must name real accounts of
    // the right kind in the case's service.
    std::vector<FieldError> errors;
    const auto checkAccount = [&](const char* key, const char* role, const char* what) {
        const std::string id = stringField(fields, key);
        if (id.empty()) return Status::ok();
        auto found = accountRole(id, serviceId);
        if (!found) return found.status();
        if (*found != role) errors.push_back({key, std::string("must be ") + what});
        return Status::ok();
    };
    for (const auto& [key, role, what] :
         {std::tuple{"adviserId", "adviser", "an adviser of this service"},
          std::tuple{"patientUserId", "patient", "a patient account of this service"},
          std::tuple{"referrerUserId", "referrer", "a referrer account of this service"}}) {
        if (Status s = checkAccount(key, role, what); !s)
            return rejected("", "invalid", "The case could not be checked: " + s.message());
    }
    auto practice = practiceInService(stringField(fields, "practiceId"), serviceId);
    if (!practice) return rejected("", "invalid", practice.status().message());
    if (!*practice)
        errors.push_back({"practiceId", "must be the id of a practice of this service"});
    if (errors.empty()) return std::nullopt;
    return rejected("", "invalid",
                    "The case could not be saved: " + Status::invalid(errors).message(), errors);
}

Result<std::string> PushTransaction::accountRole(const std::string& userId,
                                                 const std::string& serviceId) {
    auto it = accounts_.find(userId);
    if (it == accounts_.end()) {
        auto row = tx_.queryOne("SELECT role, service_id FROM users WHERE id = $1", {userId});
        if (!row) return row.status();
        std::pair<std::string, std::string> value;
        if (*row) value = {(*row)->text(0), (*row)->text(1)};
        it = accounts_.emplace(userId, value).first;
    }
    return it->second.second == serviceId ? it->second.first : std::string();
}

Result<bool> PushTransaction::practiceInService(const std::string& practiceId,
                                                const std::string& serviceId) {
    auto it = practices_.find(practiceId);
    if (it == practices_.end()) {
        auto row = tx_.queryOne("SELECT service_id FROM practices WHERE id = $1", {practiceId});
        if (!row) return row.status();
        it = practices_.emplace(practiceId, *row ? (*row)->text(0) : std::string()).first;
    }
    return !it->second.empty() && it->second == serviceId;
}

void PushTransaction::accept(StoredRecord& record, bool isNew, const merge::Outcome& outcome,
                             const std::string& action, const Actor& actor) {
    record.state = outcome.state;
    record.seq = ++seq_;
    if (dirtySet_.insert(record.id).second) dirty_.push_back(record.id);
    const std::string& caseId = record.caseId;
    if (record.type == "case") {
        if (facts_.noteCase(caseId, caller_.principal.serviceId, record.state.fields, isNew))
            touched_.insert(caseId);
    } else if (record.type == "share_grant" && outcome.changed) {
        facts_.noteSharing(record);
        touched_.insert(caseId);
    } else if (record.type == "consent_event" && isNew) {
        facts_.noteSharing(record);
        if (stringField(record.state.fields, "scope") == "share_plan_with_employer" &&
            stringField(record.state.fields, "action") == "grant")
            touched_.insert(caseId);
    }
    addServerRecord("audit_event", caseId,
                    auditFields(actor, action, record.type, record.id, now_));
    // A disagreement about a conflict's status is not worth a conflict of its own.
    if (record.type != "conflict")
        for (const auto& loss : outcome.losses)
            addServerRecord("conflict", caseId, conflictFields(loss, record.type, record.id));
}

std::string PushTransaction::addServerRecord(const std::string& type, const std::string& caseId,
                                             json fields) {
    StoredRecord r = serverRecord(type, caseId, std::move(fields), hlc_.next(), ++seq_);
    const std::string id = r.id;
    records_.emplace(id, std::move(r));
    dirtySet_.insert(id);
    dirty_.push_back(id);
    return id;
}

Result<std::string> PushTransaction::serverCreate(const std::string& type,
                                                  const std::string& caseId, const json& fields,
                                                  const Actor& actor) {
    const auto* info = model::findRecordType(type);
    if (!info) return Status::error(ErrorCode::NotAllowed, "'" + type + "' is not a record type");
    auto normal = info->normalise(fields);
    if (!normal) return normal.status();
    const std::string id = addServerRecord(type, caseId, std::move(*normal));
    addServerRecord("audit_event", caseId, auditFields(actor, "create", type, id, now_));
    return id;
}

Result<std::string> PushTransaction::serverCreateCase(const json& fields,
                                                      const std::string& serviceId,
                                                      const Actor& actor) {
    const auto* info = model::findRecordType("case");
    if (!info) return Status::error(ErrorCode::Internal, "the case type is not registered");
    auto normal = info->normalise(fields);
    if (!normal) return normal.status();
    // A case is its own sync scope: its case id is its record id.
    StoredRecord r = serverRecord("case", "", std::move(*normal), hlc_.next(), ++seq_);
    r.caseId = r.id;
    const std::string id = r.id;
    facts_.noteCase(id, serviceId, r.state.fields, /*isNew=*/true);
    records_.emplace(id, std::move(r));
    dirtySet_.insert(id);
    dirty_.push_back(id);
    addServerRecord("audit_event", id, auditFields(actor, "create", "case", id, now_));
    return id;
}

void PushTransaction::serverAudit(const std::string& caseId, json fields) {
    addServerRecord("audit_event", caseId, std::move(fields));
}

Status PushTransaction::begin(const std::vector<std::string>& recordIds) {
    return load({}, recordIds, {});
}

Result<StoredRecord*> PushTransaction::serverUpdate(const std::string& recordId, const json& fields,
                                                    const Actor& actor) {
    auto it = records_.find(recordId);
    if (it == records_.end()) return Status::error(ErrorCode::NotFound, "no such record");
    const auto* info = model::findRecordType(it->second.type);
    // Stamped after everything the record holds, so the server's write wins
    // even over devices whose clocks run a little ahead.
    hlc_.observe(it->second.state.updatedHlc);
    merge::Change change{OpKind::Update, fields, hlc_.next(), json::object()};
    auto outcome = merge::apply(it->second.state, change, info->mutability);
    if (!outcome) return outcome.status();
    accept(it->second, false, *outcome, "update", actor);
    return &it->second;
}

const StoredRecord* PushTransaction::record(const std::string& id) const {
    const auto it = records_.find(id);
    return it == records_.end() ? nullptr : &it->second;
}

Status PushTransaction::finish() {
    std::vector<const StoredRecord*> changed;
    changed.reserve(dirty_.size());
    for (const auto& id : dirty_) changed.push_back(&records_.at(id));
    if (Status s = saveRecords(tx_, changed); !s) return s;
    for (std::size_t at = 0; at < newApplied_.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, newApplied_.size() - at);
        constexpr std::size_t kColumns = 7;
        std::string sql =
            "INSERT INTO applied_ops (op_id, record_id, user_id, device_id, seq, applied_ms, "
            "op_hash) VALUES ";
        db::SqlParams params;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& a = newApplied_[at + i];
            sql += (i ? ", (" : "(") + placeholders(i * kColumns + 1, kColumns) + ")";
            params.insert(params.end(), {a.opId, a.recordId, caller_.account.id, caller_.deviceId,
                                         a.seq, now_, a.hash});
        }
        if (Status s = tx_.exec(sql, params); !s) return s;
    }
    if (Status s = facts_.save(tx_); !s) return s;
    for (const auto& caseId : touched_) {
        auto last = renumberCase(tx_, caseId, seq_);
        if (!last) return last.status();
        seq_ = *last;
    }
    return writeSeq(tx_, seq_);
}

void PushTransaction::fillCurrent(std::vector<OpResult>& results) {
    // Records of renumbered cases carry new sequence numbers now.
    std::vector<std::string> stale;
    for (const auto& [index, id] : rejectedRecords_) {
        const auto it = records_.find(id);
        if (it != records_.end() && touched_.count(it->second.caseId)) stale.push_back(id);
    }
    if (!stale.empty()) {
        if (auto fresh = loadRecords(tx_, stale))
            for (auto& r : *fresh) records_[r.id].seq = r.seq;
    }
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].accepted) continue;
        results[i].current = nullptr;
        const auto id = rejectedRecords_.find(i);
        if (id == rejectedRecords_.end()) continue;
        const auto it = records_.find(id->second);
        if (it == records_.end()) continue;
        if (auto view =
                readerView(caller_.principal, facts_.facts(it->second.caseId), it->second, now_))
            results[i].current = std::move(*view);
    }
}

}  // namespace rtw::server::sync
