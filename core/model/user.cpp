#include "model/user.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, User& x) {
    r.text("email", x.email);
    r.text("displayName", x.displayName);
    r.choice("role", x.role);
    r.text("serviceId", x.serviceId);
    r.text("practiceId", x.practiceId);
}

void check(ErrorList& e, const User& x) {
    checkEmail(e, "email", x.email);
    checkText(e, "displayName", x.displayName, kNameLength);
    checkText(e, "serviceId", x.serviceId, kIdLength);
    checkText(e, "practiceId", x.practiceId, kIdLength);
}

}  // namespace

Result<User> User::fromJson(const nlohmann::json& fields) {
    return parseRecord<User>(fields, read, check);
}

nlohmann::json toJson(const User& x) {
    nlohmann::json j = {{"email", x.email},
                        {"displayName", x.displayName},
                        {"role", enumJson(x.role)},
                        {"serviceId", x.serviceId}};
    putOptional(j, "practiceId", x.practiceId);
    return j;
}

Status validate(const User& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
