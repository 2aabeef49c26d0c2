#include "model/audit_event.h"

#include "model/json_fields.h"
#include "model/record_types.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, AuditEvent& x) {
    r.text("actorId", x.actorId);
    r.choice("actorRole", x.actorRole);
    r.text("deviceId", x.deviceId);
    r.choice("action", x.action);
    r.text("recordType", x.recordType);
    r.text("recordId", x.recordId);
    r.timestamp("at", x.at);
    r.text("detail", x.detail);
}

void check(ErrorList& e, const AuditEvent& x) {
    checkUuid(e, "actorId", x.actorId);
    checkText(e, "deviceId", x.deviceId, kIdLength);
    if (auditActionNeedsRecord(x.action)) {
        if (!x.recordType) e.addCross("recordType", "is required for this action", {"action"});
        if (!x.recordId) e.addCross("recordId", "is required for this action", {"action"});
    }
    if (x.recordType && !findRecordType(*x.recordType)) {
        e.add("recordType", "must be the name of a record type, e.g. rtw_plan_version");
    }
    checkUuid(e, "recordId", x.recordId);
    checkTimestamp(e, "at", x.at);
    checkText(e, "detail", x.detail, kTextLength);
}

}  // namespace

bool auditActionNeedsRecord(AuditAction action) {
    return action != AuditAction::SignIn && action != AuditAction::Export;
}

Result<AuditEvent> AuditEvent::fromJson(const nlohmann::json& fields) {
    return parseRecord<AuditEvent>(fields, read, check);
}

nlohmann::json toJson(const AuditEvent& x) {
    nlohmann::json j = {{"actorId", x.actorId},
                        {"actorRole", enumJson(x.actorRole)},
                        {"action", enumJson(x.action)},
                        {"at", timestampJson(x.at)}};
    putOptional(j, "deviceId", x.deviceId);
    putOptional(j, "recordType", x.recordType);
    putOptional(j, "recordId", x.recordId);
    putOptional(j, "detail", x.detail);
    return j;
}

Status validate(const AuditEvent& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
