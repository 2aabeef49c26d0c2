#include "model/case.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, Case& c) {
    r.text("practiceId", c.practiceId);
    r.text("adviserId", c.adviserId);
    r.text("patientUserId", c.patientUserId);
    r.text("referrerUserId", c.referrerUserId);
    r.choice("status", c.status);
    r.date("openedOn", c.openedOn);
}

void check(ErrorList& e, const Case& c) {
    checkText(e, "practiceId", c.practiceId, kIdLength);
    checkUuid(e, "adviserId", c.adviserId);
    checkUuid(e, "patientUserId", c.patientUserId);
    checkUuid(e, "referrerUserId", c.referrerUserId);
    checkDate(e, "openedOn", c.openedOn);
}

}  // namespace

Result<Case> Case::fromJson(const nlohmann::json& fields) {
    return parseRecord<Case>(fields, read, check);
}

nlohmann::json toJson(const Case& c) {
    nlohmann::json j = {{"practiceId", c.practiceId},
                        {"adviserId", c.adviserId},
                        {"status", enumJson(c.status)},
                        {"openedOn", dateJson(c.openedOn)}};
    putOptional(j, "patientUserId", c.patientUserId);
    putOptional(j, "referrerUserId", c.referrerUserId);
    return j;
}

Status validate(const Case& c) {
    return validateWith(c, check);
}

}  // namespace rtw::model
