#include "model/case_action.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, CaseAction& x) {
    r.text("description", x.description);
    r.choice("owner", x.owner);
    r.date("dueDate", x.dueDate);
    r.choice("status", x.status);
    r.text("contactId", x.contactId);
}

void check(ErrorList& e, const CaseAction& x) {
    checkText(e, "description", x.description, kTextLength);
    checkDate(e, "dueDate", x.dueDate);
    checkUuid(e, "contactId", x.contactId);
}

}  // namespace

Result<CaseAction> CaseAction::fromJson(const nlohmann::json& fields) {
    return parseRecord<CaseAction>(fields, read, check);
}

nlohmann::json toJson(const CaseAction& x) {
    nlohmann::json j = {{"description", x.description},
                        {"owner", enumJson(x.owner)},
                        {"status", enumJson(x.status)}};
    putOptional(j, "dueDate", x.dueDate);
    putOptional(j, "contactId", x.contactId);
    return j;
}

Status validate(const CaseAction& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
