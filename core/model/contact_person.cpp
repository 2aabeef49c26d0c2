#include "model/contact_person.h"

#include "model/rules.h"

namespace rtw::model {

void readContactPerson(FieldReader& r, ContactPerson& out) {
    r.text("name", out.name);
    r.text("phone", out.phone);
    r.text("email", out.email);
}

void checkContactPerson(ErrorList& e, const std::string& path, const ContactPerson& p) {
    checkText(e, fieldPath(path, "name"), p.name, kNameLength);
    checkPhone(e, fieldPath(path, "phone"), p.phone);
    checkEmail(e, fieldPath(path, "email"), p.email);
}

nlohmann::json toJson(const ContactPerson& p) {
    nlohmann::json j = {{"name", p.name}};
    putOptional(j, "phone", p.phone);
    putOptional(j, "email", p.email);
    return j;
}

}  // namespace rtw::model
