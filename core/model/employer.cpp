#include "model/employer.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, Employer& x) {
    r.text("name", x.name);
    r.choice("size", x.size);
    r.flag("hasOccupationalHealth", x.hasOccupationalHealth);
    r.object("lineManager", x.lineManager, readContactPerson);
    r.text("lineManagerId", x.lineManagerId);
}

void check(ErrorList& e, const Employer& x) {
    checkText(e, "name", x.name, kTitleLength);
    if (x.lineManager) checkContactPerson(e, "lineManager", *x.lineManager);
    checkUuid(e, "lineManagerId", x.lineManagerId);
    if (x.lineManagerId && !x.lineManager)
        e.addCross("lineManagerId", "must be left out when no line manager is recorded",
                   {"lineManager"});
}

}  // namespace

Result<Employer> Employer::fromJson(const nlohmann::json& fields) {
    return parseRecord<Employer>(fields, read, check);
}

nlohmann::json toJson(const Employer& x) {
    nlohmann::json j = {{"name", x.name},
                        {"size", enumJson(x.size)},
                        {"hasOccupationalHealth", x.hasOccupationalHealth}};
    if (x.lineManager) j["lineManager"] = toJson(*x.lineManager);
    putOptional(j, "lineManagerId", x.lineManagerId);
    return j;
}

Status validate(const Employer& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
