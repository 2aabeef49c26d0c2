#pragma once
// GoalForm: the goal editor's form (what, how much, how often, by when,
// pacing baseline / increment / every how many days / cap / start) to and
// from core's Goal, with messages keyed by field ("amount",
// "pacing.increment"), and the pacing schedule in words: "From 01/12/2026:
// 12 minutes". Pure, so the numbers are tested directly.

#include <QStringList>
#include <QVariantMap>

#include "model/goal.h"

namespace rtw::app {

/// {category, what, amount, unit, frequency, timesPerWeek, byWhen, status,
///  pacing (bool), baseline, increment, incrementEveryDays, target, startOn}
QVariantMap goalToForm(const model::Goal& goal);
/// A new goal: active, every day, minutes, pacing off, starting `today`.
QVariantMap newGoalForm(model::Date today);

struct BuiltGoal {
    model::Goal goal;
    QVariantMap fieldErrors;
    bool ok() const { return fieldErrors.isEmpty(); }
};
BuiltGoal buildGoal(const QVariantMap& form);

/// "Walk 30 minutes, 5 times a week, by 01/05/2027".
QString goalSummary(const model::Goal& goal);
/// The amount with its unit: "12 minutes", "1.5 hours".
QString amountText(double amount, const std::string& unit);
/// Each step of the pacing from `start`: "From 24/11/2026: 10 minutes", up
/// to the cap (at most `maxSteps` lines, then how it carries on). Empty
/// without pacing.
QStringList pacingSchedule(const model::Goal& goal, model::Date start, int maxSteps = 8);

}  // namespace rtw::app
