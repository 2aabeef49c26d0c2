#include "model/conflict.h"

#include "hlc/hlc.h"
#include "model/json_fields.h"
#include "model/record_types.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

constexpr std::size_t kFieldNameLength = 100;

// Any JSON value but null (absent means "no value").
void readValue(FieldReader& r, const char* key, std::optional<nlohmann::json>& out) {
    if (const auto* v = r.field(key, false)) out = *v;
}

void readTimestamp(FieldReader& r, const char* key, std::optional<Timestamp>& out) {
    const auto* v = r.field(key, false);
    if (!v) return;
    if (!v->is_string()) {
        r.errors().add(r.pathOf(key), "must be a time written like 2026-03-14T09:30:00Z");
        return;
    }
    auto t = parseTimestamp(v->get_ref<const std::string&>());
    if (!t) {
        r.errors().add(r.pathOf(key), t.status().message());
        return;
    }
    out = *t;
}

void read(FieldReader& r, Conflict& x) {
    r.text("recordId", x.recordId);
    r.text("recordType", x.recordType);
    r.text("field", x.field);
    readValue(r, "losingValue", x.losingValue);
    r.text("losingHlc", x.losingHlc);
    readValue(r, "winningValue", x.winningValue);
    r.text("winningHlc", x.winningHlc);
    r.flag("hiddenByDelete", x.hiddenByDelete);
    r.choice("status", x.status);
    r.text("resolvedBy", x.resolvedBy);
    readTimestamp(r, "resolvedAt", x.resolvedAt);
}

// Only the canonical text form compares correctly, which merge relies on.
void checkHlc(ErrorList& e, const std::string& field, const std::string& text) {
    const auto parsed = Hlc::parse(text);
    if (!parsed || parsed->toString() != text)
        e.add(field, "must be a hybrid logical clock value (wwwwwwwwwwww-cccc-node)");
}

void check(ErrorList& e, const Conflict& x) {
    checkUuid(e, "recordId", x.recordId);
    if (!findRecordType(x.recordType))
        e.add("recordType", "must be the name of a record type, e.g. rtw_plan");
    checkText(e, "field", x.field, kFieldNameLength);
    checkHlc(e, "losingHlc", x.losingHlc);
    if (x.winningHlc) checkHlc(e, "winningHlc", *x.winningHlc);
    checkUuid(e, "resolvedBy", x.resolvedBy);
    if (x.resolvedAt) checkTimestamp(e, "resolvedAt", *x.resolvedAt);
    const bool resolved = x.status == ConflictStatus::Resolved;
    if (resolved && !x.resolvedBy)
        e.addCross("resolvedBy", "is required when resolved", {"status"});
    if (resolved && !x.resolvedAt)
        e.addCross("resolvedAt", "is required when resolved", {"status"});
    if (!resolved && x.resolvedBy)
        e.addCross("resolvedBy", "must be left out while the conflict is open", {"status"});
    if (!resolved && x.resolvedAt)
        e.addCross("resolvedAt", "must be left out while the conflict is open", {"status"});
}

}  // namespace

Result<Conflict> Conflict::fromJson(const nlohmann::json& fields) {
    return parseRecord<Conflict>(fields, read, check);
}

nlohmann::json toJson(const Conflict& x) {
    nlohmann::json j = {{"recordId", x.recordId},
                        {"recordType", x.recordType},
                        {"field", x.field},
                        {"losingHlc", x.losingHlc},
                        {"hiddenByDelete", x.hiddenByDelete},
                        {"status", enumJson(x.status)}};
    putOptional(j, "losingValue", x.losingValue);
    putOptional(j, "winningValue", x.winningValue);
    putOptional(j, "winningHlc", x.winningHlc);
    putOptional(j, "resolvedBy", x.resolvedBy);
    if (x.resolvedAt) j["resolvedAt"] = timestampJson(*x.resolvedAt);
    return j;
}

Status validate(const Conflict& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
