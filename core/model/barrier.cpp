#include "model/barrier.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, Barrier& x) {
    r.choice("category", x.category);
    r.text("description", x.description);
    r.flag("resolved", x.resolved);
}

void check(ErrorList& e, const Barrier& x) {
    checkText(e, "description", x.description, kTextLength);
}

}  // namespace

Result<Barrier> Barrier::fromJson(const nlohmann::json& fields) {
    return parseRecord<Barrier>(fields, read, check);
}

nlohmann::json toJson(const Barrier& x) {
    return {{"category", enumJson(x.category)},
            {"description", x.description},
            {"resolved", x.resolved}};
}

Status validate(const Barrier& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
