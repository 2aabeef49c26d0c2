#include "model/goal_progress.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, GoalProgress& x) {
    r.text("goalId", x.goalId);
    r.date("on", x.on);
    r.number("amount", x.amount);
    r.flag("stepBack", x.stepBack);
    r.text("note", x.note);
}

void check(ErrorList& e, const GoalProgress& x) {
    checkUuid(e, "goalId", x.goalId);
    checkDate(e, "on", x.on);
    if (!(x.amount >= 0) || x.amount > 1e9) e.add("amount", "must be 0 or more");
    checkText(e, "note", x.note, kTextLength);
}

}  // namespace

Result<GoalProgress> GoalProgress::fromJson(const nlohmann::json& fields) {
    return parseRecord<GoalProgress>(fields, read, check);
}

nlohmann::json toJson(const GoalProgress& x) {
    nlohmann::json j = {{"goalId", x.goalId},
                        {"on", dateJson(x.on)},
                        {"amount", x.amount},
                        {"stepBack", x.stepBack}};
    putOptional(j, "note", x.note);
    return j;
}

Status validate(const GoalProgress& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
