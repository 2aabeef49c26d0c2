#include "model/employment.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void readWants(FieldReader& r, WorkWants& w) {
    r.choice("hoursBand", w.hoursBand);
    r.text("jobPreferences", w.jobPreferences);
}

void read(FieldReader& r, Employment& x) {
    r.text("employerId", x.employerId);
    r.text("jobTitle", x.jobTitle);
    r.text("tasks", x.tasks);
    r.number("contractedHoursPerWeek", x.contractedHoursPerWeek);
    r.text("workHistory", x.workHistory);
    r.object("wants", x.wants, readWants);
}

void check(ErrorList& e, const Employment& x) {
    checkUuid(e, "employerId", x.employerId);
    checkText(e, "jobTitle", x.jobTitle, kTitleLength);
    checkText(e, "tasks", x.tasks, kTextLength);
    checkRange(e, "contractedHoursPerWeek", x.contractedHoursPerWeek, 0.0, 80.0);
    checkText(e, "workHistory", x.workHistory, kTextLength);
    if (x.wants) checkText(e, "wants.jobPreferences", x.wants->jobPreferences, kTextLength);
}

}  // namespace

Result<Employment> Employment::fromJson(const nlohmann::json& fields) {
    return parseRecord<Employment>(fields, read, check);
}

nlohmann::json toJson(const Employment& x) {
    nlohmann::json j = {{"jobTitle", x.jobTitle},
                        {"contractedHoursPerWeek", x.contractedHoursPerWeek}};
    putOptional(j, "employerId", x.employerId);
    putOptional(j, "tasks", x.tasks);
    putOptional(j, "workHistory", x.workHistory);
    if (x.wants) {
        auto w = nlohmann::json::object();
        if (x.wants->hoursBand) w["hoursBand"] = enumJson(*x.wants->hoursBand);
        putOptional(w, "jobPreferences", x.wants->jobPreferences);
        j["wants"] = w;
    }
    return j;
}

Status validate(const Employment& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
