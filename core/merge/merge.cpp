#include "merge/merge.h"

#include <set>
#include <utility>

#include "hlc/hlc.h"

namespace rtw::merge {

namespace {

using nlohmann::json;
using store::OpKind;

// Only the canonical text form compares correctly as a string ("0A" and "0a"
// parse alike but sort differently), so anything else is refused.
bool isCanonicalHlc(const json& text) {
    if (!text.is_string()) return false;
    const auto& s = text.get_ref<const std::string&>();
    const auto parsed = Hlc::parse(s);
    return parsed && parsed->toString() == s;
}

Status invalid(std::string message) {
    return Status::error(ErrorCode::InvalidArgument, std::move(message));
}

Status checkChange(const Change& change) {
    if (!isCanonicalHlc(change.hlc)) return invalid("the change's HLC is not a valid HLC");
    if (!change.fields.is_object()) return invalid("the change's fields must be a JSON object");
    if (!change.baseHlcs.is_object())
        return invalid("the change's base HLCs must be a JSON object");
    for (const auto& [field, base] : change.baseHlcs.items())
        if (!isCanonicalHlc(base))
            return invalid("the base HLC of '" + field + "' is not a valid HLC");
    return Status::ok();
}

json valueOf(const json& fields, const std::string& field) {
    const auto it = fields.find(field);
    return it == fields.end() ? json(nullptr) : *it;
}

std::optional<std::string> baseOf(const Change& change, const std::string& field) {
    const auto it = change.baseHlcs.find(field);
    if (it == change.baseHlcs.end()) return std::nullopt;
    return it->get<std::string>();
}

void setField(RecordState& s, const std::string& field, const json& value, const std::string& hlc) {
    if (value.is_null()) {
        s.fields.erase(field);
    } else {
        s.fields[field] = value;
    }
    if (hlc == s.createdHlc) {
        s.fieldHlcs.erase(field);
    } else {
        s.fieldHlcs[field] = hlc;
    }
}

// One incoming write of one field (see the rules in merge.h).
void mergeField(RecordState& s, const std::string& field, const json& incoming,
                const std::string& hlc, const std::optional<std::string>& base,
                std::vector<Loss>& losses) {
    const std::string stamp = fieldHlc(s, field);
    if (hlc == stamp) return;  // the same write, replayed
    const json stored = valueOf(s.fields, field);
    if (hlc > stamp) {
        if (incoming != stored) {
            if (s.deleted) {
                losses.push_back({field, incoming, hlc, nullptr, "", true});
            } else if (!base || *base != stamp) {
                losses.push_back({field, stored, stamp, incoming, hlc, false});
            }
        }
        setField(s, field, incoming, hlc);
    } else if (incoming != stored) {
        losses.push_back({field, incoming, hlc, stored, stamp, false});
    }
}

RecordState created(const Change& change) {
    RecordState s;
    for (const auto& [field, value] : change.fields.items())
        if (!value.is_null()) s.fields[field] = value;
    s.createdHlc = change.hlc;
    s.updatedHlc = change.hlc;
    return s;
}

// A Create for a record that exists: the whole record written at change.hlc.
void recreate(RecordState& s, const Change& change, std::vector<Loss>& losses) {
    if (change.hlc == s.createdHlc) return;  // the same create, replayed
    std::set<std::string> names;
    for (const auto& [field, v] : s.fields.items()) names.insert(field);
    for (const auto& [field, v] : s.fieldHlcs.items()) names.insert(field);
    for (const auto& [field, v] : change.fields.items()) names.insert(field);
    // Compared against the current createdHlc; a field the create wins is
    // stamped explicitly for now.
    for (const auto& field : names)
        mergeField(s, field, valueOf(change.fields, field), change.hlc, std::nullopt, losses);
    if (change.hlc > s.createdHlc) {
        // Every field now carries change.hlc or something newer, so fields
        // stamped with the new createdHlc need no entry.
        s.createdHlc = change.hlc;
        for (auto it = s.fieldHlcs.begin(); it != s.fieldHlcs.end();) {
            if (it->is_string() && it->get_ref<const std::string&>() == s.createdHlc) {
                it = s.fieldHlcs.erase(it);
            } else {
                ++it;
            }
        }
    }
}

void markDeleted(RecordState& s, const Change& change, std::vector<Loss>& losses) {
    if (s.deleted) return;
    for (const auto& [field, stamp] : s.fieldHlcs.items()) {
        const auto value = s.fields.find(field);
        if (value == s.fields.end()) continue;  // cleared: nothing typed is hidden
        const auto base = baseOf(change, field);
        if (!base || *base != stamp.get<std::string>())
            losses.push_back({field, *value, stamp.get<std::string>(), nullptr, change.hlc, true});
    }
    s.deleted = true;
}

}  // namespace

std::string fieldHlc(const RecordState& s, std::string_view field) {
    const auto it = s.fieldHlcs.find(field);
    if (it != s.fieldHlcs.end() && it->is_string()) return it->get<std::string>();
    return s.createdHlc;
}

Result<Outcome> apply(const std::optional<RecordState>& current, const Change& change,
                      model::Mutability mutability) {
    if (Status st = checkChange(change); !st) return st;
    const bool appendOnly = mutability == model::Mutability::AppendOnly;
    if (appendOnly && change.op != OpKind::Create)
        return Status::error(ErrorCode::NotAllowed,
                             "this record cannot be changed or deleted once saved");
    if (!current) {
        if (change.op != OpKind::Create)
            return Status::error(ErrorCode::NotFound, "no such record");
        Outcome out;
        out.state = created(change);
        out.changed = true;
        return out;
    }

    Outcome out;
    out.state = *current;
    RecordState& s = out.state;
    if (appendOnly) {
        // Never conflicts: the record is what it was; a differing value (which
        // only a bug can send) is still reported rather than dropped.
        for (const auto& [field, value] : change.fields.items()) {
            const json stored = valueOf(s.fields, field);
            if (value != stored)
                out.losses.push_back({field, value, change.hlc, stored, fieldHlc(s, field), false});
        }
        return out;
    }

    switch (change.op) {
        case OpKind::Create:
            recreate(s, change, out.losses);
            break;
        case OpKind::Update:
            for (const auto& [field, value] : change.fields.items())
                mergeField(s, field, value, change.hlc, baseOf(change, field), out.losses);
            break;
        case OpKind::Delete:
            markDeleted(s, change, out.losses);
            break;
    }
    if (change.hlc > s.updatedHlc) s.updatedHlc = change.hlc;
    out.changed = !(s == *current);
    return out;
}

}  // namespace rtw::merge
