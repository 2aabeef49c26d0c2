#pragma once
// PatientGoalsController: the goals agreed with the adviser, as the patient
// works with them — the same view as the adviser's goals section (today's
// planned amount from core's pacing, progress charts), plus what a patient
// may write (core's policy): a progress entry, "one step back" (an entry
// marked stepBack: doing less today by choice, which the adviser sees as
// pacing, not failure), and a suggested goal (status "proposed", until the
// adviser agrees it). Patients do not change the goals themselves.

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/goals/goals_controller.h"

namespace rtw::app {

class PatientGoalsController : public GoalsController {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit PatientGoalsController(QObject* parent = nullptr);

    /// Records `amount` (as typed) done today towards `goalId`; `stepBack`:
    /// less than planned, by choice. Messages under "amount" and "note".
    Q_INVOKABLE void logProgress(const QString& goalId, const QString& amount, bool stepBack,
                                 const QString& note = {});
    /// A new goal's form for a suggestion (every day, minutes, no pacing).
    Q_INVOKABLE QVariantMap suggestionForm() const;
    /// Saves the form as a suggested goal for the adviser to agree.
    Q_INVOKABLE void suggest(const QVariantMap& form);
};

}  // namespace rtw::app
