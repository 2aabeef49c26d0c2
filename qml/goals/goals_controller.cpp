#include "qml/goals/goals_controller.h"

#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goal_form.h"

namespace rtw::app {

GoalsController::GoalsController(QObject* parent) : CaseViewController(parent) {}

CaseViewController::Builder GoalsController::builder() const {
    const model::Date day = today();
    return [day](const CaseRecords& r) -> std::any { return buildGoalsView(r, day); };
}

void GoalsController::apply(std::any view) {
    view_ = std::any_cast<GoalsView>(std::move(view));
    goals_.setRows(view_.goals);
    emit changed();
    emit selectionChanged();
}

QString GoalsController::selectedGoalId() const {
    if (!selected_.isEmpty() && view_.progress.contains(selected_)) return selected_;
    return view_.goals.isEmpty() ? QString()
                                 : view_.goals.front().value(QStringLiteral("goalId")).toString();
}

void GoalsController::setSelectedGoalId(const QString& id) {
    if (selected_ == id) return;
    selected_ = id;
    emit selectionChanged();
}

QVariantMap GoalsController::chartMap(const ChartData& c) {
    return {{"series", c.series}, {"xMin", c.xMin},       {"xMax", c.xMax},
            {"yMax", c.yMax},     {"summary", c.summary}, {"rows", c.rows}};
}

QVariantMap GoalsController::progress() const {
    const QString id = selectedGoalId();
    if (id.isEmpty()) return {};
    QVariantMap out = chartMap(view_.progress.value(id));
    for (const auto& g : view_.goals)
        if (g.value(QStringLiteral("goalId")).toString() == id)
            out.insert(QStringLiteral("title"), g.value(QStringLiteral("summary")));
    return out;
}

QVariantMap GoalsController::checkIns() const {
    return chartMap(view_.checkIns);
}

QVariantMap GoalsController::formFor(const QString& goalId) const {
    for (const auto& g : view_.goals)
        if (g.value(QStringLiteral("goalId")).toString() == goalId)
            return g.value(QStringLiteral("form")).toMap();
    return newGoalForm(today());
}

QStringList GoalsController::schedulePreview(const QVariantMap& form) const {
    BuiltGoal built = buildGoal(form);
    if (!built.ok() || !built.goal.pacing) return {};
    return pacingSchedule(built.goal, built.goal.pacing->startOn.value_or(today()));
}

void GoalsController::save(const QString& goalId, const QVariantMap& form) {
    if (!store() || busy()) return;
    BuiltGoal built = buildGoal(form);
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) {
        emit failed(tr("The goal was not saved: see the messages beside the fields."));
        return;
    }
    nlohmann::json fields = model::toJson(built.goal);
    const std::string caseId = toStd(this->caseId());
    const std::string id = toStd(goalId);
    if (!id.empty())
        for (const char* key : {"timesPerWeek", "byWhen", "pacing"})
            if (!fields.contains(key)) fields[key] = nullptr;  // cleared on the form
    write(
        [caseId, id, fields](store::Store& s) -> Status {
            if (id.empty()) return s.records().create("goal", caseId, fields).status();
            return s.records().update(id, fields);
        },
        goalId.isEmpty() ? tr("Goal saved.") : tr("Goal changed."), tr("The goal was not saved"));
}

void GoalsController::setStatus(const QString& goalId, const QString& status) {
    if (!model::enumFromName<model::GoalStatus>(toStd(status))) return;
    const std::string id = toStd(goalId);
    const std::string value = toStd(status);
    write(
        [id, value](store::Store& s) {
            return s.records().update(id, {{"status", value}});
        },
        tr("Goal marked %1.").arg(Labels::text(QStringLiteral("goalStatus"), status).toLower()),
        tr("The goal was not changed"));
}

}  // namespace rtw::app
