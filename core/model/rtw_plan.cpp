#include "model/rtw_plan.h"

#include <set>

#include "model/json_fields.h"
#include "model/rules.h"
#include "model/uuid.h"

namespace rtw::model {
namespace {

void readPhase(FieldReader& r, PlanPhase& x) {
    r.integer("week", x.week);
    r.integer("days", x.days);
    r.number("hoursPerDay", x.hoursPerDay);
    r.text("notes", x.notes);
    r.flag("employerVisible", x.employerVisible);
}

void readAdjustment(FieldReader& r, PlanAdjustment& x) {
    r.choice("type", x.type);
    r.text("description", x.description);
    r.flag("employerVisible", x.employerVisible);
}

void readAction(FieldReader& r, PlanAction& x) {
    r.text("id", x.id);
    r.text("description", x.description);
    r.choice("owner", x.owner);
    r.date("dueDate", x.dueDate);
    r.choice("status", x.status);
    r.flag("employerVisible", x.employerVisible);
}

void readVisibility(FieldReader& r, PlanVisibility& x) {
    r.flag("targetDate", x.targetDate);
    r.flag("reviewDates", x.reviewDates);
}

void checkPhases(ErrorList& e, const std::string& base, const std::vector<PlanPhase>& phases) {
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const auto& p = phases[i];
        const auto path = indexPath(base, i);
        checkRange(e, fieldPath(path, "week"), p.week, 1, 520);
        if (i > 0 && p.week <= phases[i - 1].week) {
            e.addCross(fieldPath(path, "week"),
                       "must be later than the week before it (" +
                           std::to_string(phases[i - 1].week) + "): list weeks in order, once each",
                       {fieldPath(indexPath(base, i - 1), "week")});
        }
        checkRange(e, fieldPath(path, "days"), p.days, 0, 7);
        checkRange(e, fieldPath(path, "hoursPerDay"), p.hoursPerDay, 0.0, 24.0);
        if (p.days == 0 && p.hoursPerDay != 0) {
            e.addCross(fieldPath(path, "hoursPerDay"), "must be 0 when there are no working days",
                       {fieldPath(path, "days")});
        }
        checkText(e, fieldPath(path, "notes"), p.notes, kTextLength);
    }
}

void checkActions(ErrorList& e, const std::string& base, const std::vector<PlanAction>& actions) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const auto& a = actions[i];
        const auto path = indexPath(base, i);
        checkUuid(e, fieldPath(path, "id"), a.id);
        if (isUuid(a.id) && !seen.insert(a.id).second) {
            e.add(fieldPath(path, "id"), "is used by another action: each action needs its own id");
        }
        checkText(e, fieldPath(path, "description"), a.description, kTextLength);
        checkDate(e, fieldPath(path, "dueDate"), a.dueDate);
    }
}

}  // namespace

namespace detail {

void readRtwPlan(FieldReader& r, RtwPlan& x) {
    r.integer("version", x.version);
    r.choice("status", x.status);
    r.date("targetDate", x.targetDate);
    r.objects("phases", x.phases, readPhase);
    r.objects("adjustments", x.adjustments, readAdjustment);
    r.objects("actions", x.actions, readAction);
    r.dates("reviewDates", x.reviewDates);
    r.object("employerVisible", x.employerVisible, readVisibility);
    r.object("adviserContact", x.adviserContact, readContactPerson);
}

void checkRtwPlan(ErrorList& e, const std::string& path, const RtwPlan& x) {
    if (x.version < 1) e.add(fieldPath(path, "version"), "must be 1 or more");
    checkDate(e, fieldPath(path, "targetDate"), x.targetDate);
    checkPhases(e, fieldPath(path, "phases"), x.phases);
    const auto adjustments = fieldPath(path, "adjustments");
    for (std::size_t i = 0; i < x.adjustments.size(); ++i) {
        checkText(e, fieldPath(indexPath(adjustments, i), "description"),
                  x.adjustments[i].description, kTextLength);
    }
    checkActions(e, fieldPath(path, "actions"), x.actions);
    const auto reviews = fieldPath(path, "reviewDates");
    for (std::size_t i = 0; i < x.reviewDates.size(); ++i) {
        const auto item = indexPath(reviews, i);
        checkDate(e, item, x.reviewDates[i]);
        if (i > 0 && x.reviewDates[i].ok() &&
            std::chrono::sys_days{x.reviewDates[i]} <=
                std::chrono::sys_days{x.reviewDates[i - 1]}) {
            e.addCross(item, "must be later than the review date before it (list them in order)",
                       {indexPath(reviews, i - 1)});
        }
    }
    if (x.adviserContact)
        checkContactPerson(e, fieldPath(path, "adviserContact"), *x.adviserContact);
}

}  // namespace detail

Result<RtwPlan> RtwPlan::fromJson(const nlohmann::json& fields) {
    return parseRecord<RtwPlan>(fields, detail::readRtwPlan, [](ErrorList& e, const RtwPlan& p) {
        detail::checkRtwPlan(e, "", p);
    });
}

nlohmann::json toJson(const RtwPlan& x) {
    auto phases = nlohmann::json::array();
    for (const auto& p : x.phases) {
        nlohmann::json j = {{"week", p.week},
                            {"days", p.days},
                            {"hoursPerDay", p.hoursPerDay},
                            {"employerVisible", p.employerVisible}};
        putOptional(j, "notes", p.notes);
        phases.push_back(std::move(j));
    }
    auto adjustments = nlohmann::json::array();
    for (const auto& a : x.adjustments) {
        adjustments.push_back({{"type", enumJson(a.type)},
                               {"description", a.description},
                               {"employerVisible", a.employerVisible}});
    }
    auto actions = nlohmann::json::array();
    for (const auto& a : x.actions) {
        nlohmann::json j = {{"id", a.id},
                            {"description", a.description},
                            {"owner", enumJson(a.owner)},
                            {"status", enumJson(a.status)},
                            {"employerVisible", a.employerVisible}};
        putOptional(j, "dueDate", a.dueDate);
        actions.push_back(std::move(j));
    }
    nlohmann::json j = {{"version", x.version},
                        {"status", enumJson(x.status)},
                        {"phases", phases},
                        {"adjustments", adjustments},
                        {"actions", actions},
                        {"reviewDates", datesJson(x.reviewDates)},
                        {"employerVisible",
                         {{"targetDate", x.employerVisible.targetDate},
                          {"reviewDates", x.employerVisible.reviewDates}}}};
    putOptional(j, "targetDate", x.targetDate);
    if (x.adviserContact) j["adviserContact"] = toJson(*x.adviserContact);
    return j;
}

Status validate(const RtwPlan& p) {
    return validateWith(p, [](ErrorList& e, const RtwPlan& x) { detail::checkRtwPlan(e, "", x); });
}

}  // namespace rtw::model
