#include "model/case_note.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, CaseNote& x) {
    r.choice("kind", x.kind);
    r.text("text", x.text);
    r.text("refersTo", x.refersTo);
    r.text("reason", x.reason);
    r.text("contactId", x.contactId);
    r.text("authorId", x.authorId);
    r.text("deviceId", x.deviceId);
    r.timestamp("writtenAt", x.writtenAt);
    r.flag("sharedWithPatient", x.sharedWithPatient);
}

void check(ErrorList& e, const CaseNote& x) {
    if (x.kind == CaseNoteKind::EnteredInError) {
        checkTextMayBeEmpty(e, "text", x.text, kLongTextLength);
    } else if (isBlank(x.text)) {
        e.addCross("text", "must not be empty", {"kind"});
    } else {
        checkText(e, "text", x.text, kLongTextLength);
    }
    if (x.kind == CaseNoteKind::Note) {
        if (x.refersTo) e.addCross("refersTo", "must be left out for a new note", {"kind"});
        if (x.reason) e.addCross("reason", "must be left out for a new note", {"kind"});
    } else if (!x.refersTo) {
        e.addCross("refersTo", "is required: the id of the note being corrected", {"kind"});
    }
    if (x.kind == CaseNoteKind::EnteredInError && !x.reason) {
        e.addCross("reason", "is required when marking a note as entered in error", {"kind"});
    }
    checkUuid(e, "refersTo", x.refersTo);
    checkText(e, "reason", x.reason, kTextLength);
    checkUuid(e, "contactId", x.contactId);
    checkUuid(e, "authorId", x.authorId);
    checkText(e, "deviceId", x.deviceId, kIdLength);
    checkTimestamp(e, "writtenAt", x.writtenAt);
}

}  // namespace

Result<CaseNote> CaseNote::fromJson(const nlohmann::json& fields) {
    return parseRecord<CaseNote>(fields, read, check);
}

nlohmann::json toJson(const CaseNote& x) {
    nlohmann::json j = {{"kind", enumJson(x.kind)},
                        {"text", x.text},
                        {"authorId", x.authorId},
                        {"deviceId", x.deviceId},
                        {"writtenAt", timestampJson(x.writtenAt)},
                        {"sharedWithPatient", x.sharedWithPatient}};
    putOptional(j, "refersTo", x.refersTo);
    putOptional(j, "reason", x.reason);
    putOptional(j, "contactId", x.contactId);
    return j;
}

Status validate(const CaseNote& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
