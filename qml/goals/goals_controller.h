#pragma once
// GoalsController: the goals section — goals set with the client (what,
// how much, how often, by when, pacing), today's planned amount, and their
// progress from the client's entries and check-ins as chart data with a
// text alternative. Saves new and changed goals and their status.

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"
#include "qml/goals/goals_view.h"

namespace rtw::app {

class GoalsController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// goalId, what, summary, categoryText, status, statusText, plannedToday, schedule,
    /// progressText, plannedAmount, unit, doneToday, loggedToday, form.
    Q_PROPERTY(rtw::app::RowListModel* goals READ goals CONSTANT)
    /// The goal whose progress `progress` shows ("" = the first goal).
    Q_PROPERTY(
        QString selectedGoalId READ selectedGoalId WRITE setSelectedGoalId NOTIFY selectionChanged)
    /// Chart of the selected goal: {series: {planned, done, stepBack}, xMin, xMax, yMax, summary,
    /// rows, title}.
    Q_PROPERTY(QVariantMap progress READ progress NOTIFY selectionChanged)
    /// Chart of the daily check-ins: {series: {pain, interference}, xMin, xMax, yMax, summary,
    /// rows}.
    Q_PROPERTY(QVariantMap checkIns READ checkIns NOTIFY changed)

public:
    explicit GoalsController(QObject* parent = nullptr);

    RowListModel* goals() { return &goals_; }
    QString selectedGoalId() const;
    void setSelectedGoalId(const QString& id);
    QVariantMap progress() const;
    QVariantMap checkIns() const;

    /// The form for goal `goalId`, or a new goal's form when "".
    Q_INVOKABLE QVariantMap formFor(const QString& goalId) const;
    /// The pacing schedule the form describes, in words ([] when it cannot be read).
    Q_INVOKABLE QStringList schedulePreview(const QVariantMap& form) const;
    /// Saves a new goal (`goalId` "") or changes one.
    Q_INVOKABLE void save(const QString& goalId, const QVariantMap& form);
    /// Marks a goal active, achieved, paused or stopped.
    Q_INVOKABLE void setStatus(const QString& goalId, const QString& status);

signals:
    void changed();
    void selectionChanged();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    static QVariantMap chartMap(const ChartData& c);

    GoalsView view_;
    QString selected_;
    RowListModel goals_{{"goalId", "what", "summary", "categoryText", "status", "statusText",
                         "plannedToday", "schedule", "progressText", "plannedAmount", "unit",
                         "doneToday", "loggedToday", "form"}};
};

}  // namespace rtw::app
