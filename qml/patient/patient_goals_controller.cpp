#include "qml/patient/patient_goals_controller.h"

#include "model/goal_progress.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goal_form.h"

namespace rtw::app {

PatientGoalsController::PatientGoalsController(QObject* parent) : GoalsController(parent) {}

void PatientGoalsController::logProgress(const QString& goalId, const QString& amount,
                                         bool stepBack, const QString& note) {
    if (!store() || busy()) return;
    QString typed = amount.trimmed();
    typed.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = typed.toDouble(&ok);
    if (!ok) {
        setFieldErrors({{"amount", tr("Enter how much you did, as a number, like 10.")}});
        emit failed(tr("Not logged yet: enter how much you did."));
        return;
    }
    nlohmann::json fields = {{"goalId", toStd(goalId)},
                             {"on", model::formatIsoDate(today())},
                             {"amount", value},
                             {"stepBack", stepBack}};
    if (!note.trimmed().isEmpty()) fields["note"] = toStd(note.trimmed());
    if (auto parsed = model::GoalProgress::fromJson(fields); !parsed) {
        setFieldErrors(fieldErrorMap(parsed.status()));
        emit failed(tr("Not logged yet: see the message beside the amount."));
        return;
    }
    const std::string caseId = toStd(this->caseId());
    write(
        [caseId, fields](store::Store& s) -> Status {
            return s.records().create("goal_progress", caseId, fields).status();
        },
        stepBack ? tr("One step back, noted. Doing less on a hard day is part of pacing, and "
                      "your adviser will see it that way.")
                 : tr("Logged. Well done."),
        tr("Not logged"));
}

QVariantMap PatientGoalsController::suggestionForm() const {
    QVariantMap form = newGoalForm(today());
    form[QStringLiteral("status")] = QStringLiteral("proposed");
    return form;
}

void PatientGoalsController::suggest(const QVariantMap& form) {
    if (!store() || busy()) return;
    QVariantMap f = form;
    f[QStringLiteral("status")] = QStringLiteral("proposed");  // only the adviser agrees a goal
    BuiltGoal built = buildGoal(f);
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) {
        emit failed(tr("Not sent yet: see the messages beside the answers."));
        return;
    }
    const std::string caseId = toStd(this->caseId());
    const nlohmann::json fields = model::toJson(built.goal);
    write(
        [caseId, fields](store::Store& s) -> Status {
            return s.records().create("goal", caseId, fields).status();
        },
        tr("Suggestion saved. Your adviser will talk it through with you."),
        tr("The suggestion was not saved"));
}

}  // namespace rtw::app
