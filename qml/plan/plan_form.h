#pragma once
// PlanForm: the RTW plan editor's form (what QML holds: dates as typed
// dd/mm/yyyy, numbers as typed, one row per phase, adjustment and action,
// an employer-visible switch on each part) to and from core's RtwPlan, with
// every problem keyed by its field path ("phases[1].hoursPerDay",
// "reviewDates[0]", "actions[2].description") for the message beside it.
// Pure, so every rule is tested directly.

#include <QVariantMap>

#include "model/rtw_plan.h"

namespace rtw::app {

/// The form for a plan: {targetDate, targetDateVisible, phases[], adjustments[],
/// actions[], reviewDates[], reviewDatesVisible, adviserName, adviserPhone, adviserEmail}.
QVariantMap planToForm(const model::RtwPlan& plan);

/// An empty plan's form: no target date, nothing shared with the employer yet.
QVariantMap emptyPlanForm();

struct BuiltPlan {
    model::RtwPlan plan;
    QVariantMap fieldErrors;
    bool ok() const { return fieldErrors.isEmpty(); }
};

/// Builds the plan the form describes, with `version` and `status` as given.
/// New actions get an id here (the id lets versions be compared action by
/// action). Review dates are put in order for the person typing them.
BuiltPlan buildPlan(const QVariantMap& form, int version, model::PlanStatus status);

/// True when two plans agree in everything but version and status: whether
/// there is anything new to agree.
bool samePlanContent(model::RtwPlan a, model::RtwPlan b);

}  // namespace rtw::app
