#include "model/check_in.h"

#include <cmath>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, CheckIn& x) {
    r.date("on", x.on);
    r.integer("pain", x.pain);
    r.integer("interference", x.interference);
    r.integer("mood", x.mood);
    r.integer("sleepQuality", x.sleepQuality);
    r.choice("pacingDone", x.pacingDone);
    r.number("hoursWorked", x.hoursWorked);
    r.text("note", x.note);
}

void check(ErrorList& e, const CheckIn& x) {
    checkDate(e, "on", x.on);
    checkRange(e, "pain", x.pain, 0, 10);
    checkRange(e, "interference", x.interference, 0, 10);
    checkRange(e, "mood", x.mood, 1, 5);
    checkRange(e, "sleepQuality", x.sleepQuality, 0, 10);
    checkRange(e, "hoursWorked", x.hoursWorked, 0.0, 24.0);
    // Quarter hours are exact in binary, so this test has no rounding slop.
    if (std::isfinite(x.hoursWorked) && x.hoursWorked * 4 != std::floor(x.hoursWorked * 4)) {
        e.add("hoursWorked", "must be in quarter hours (for example 7.25 or 7.5)");
    }
    checkText(e, "note", x.note, kTextLength);
}

}  // namespace

Result<CheckIn> CheckIn::fromJson(const nlohmann::json& fields) {
    return parseRecord<CheckIn>(fields, read, check);
}

nlohmann::json toJson(const CheckIn& x) {
    nlohmann::json j = {{"on", dateJson(x.on)},           {"pain", x.pain},
                        {"interference", x.interference}, {"mood", x.mood},
                        {"sleepQuality", x.sleepQuality}, {"pacingDone", enumJson(x.pacingDone)},
                        {"hoursWorked", x.hoursWorked}};
    putOptional(j, "note", x.note);
    return j;
}

Status validate(const CheckIn& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
