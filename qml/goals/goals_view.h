#pragma once
// GoalsView: the goals section, built from the case's records (pure, so
// tested directly): each goal in words with today's planned amount from
// core's pacing, and its progress from the client's goal_progress entries
// and daily check-ins as chart series with a text alternative (the same
// figures in sentences and rows, for screen readers and large text).

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include "model/dates.h"
#include "qml/components/case_records.h"

namespace rtw::app {

/// Chart series as [{x: ms since epoch, y}], and what they show in words.
struct ChartData {
    QVariantMap series;  ///< name -> [{x, y}]
    double xMin = 0, xMax = 0, yMax = 1;
    QString summary;   ///< one or two sentences
    QStringList rows;  ///< one line per entry, newest first
};

struct GoalsView {
    /// goalId, what, summary, categoryText, status, statusText, plannedToday,
    /// schedule (QStringList), progressText, plannedAmount (today's, a number), unit,
    /// doneToday (the sum of today's entries), loggedToday, form
    QList<QVariantMap> goals;
    QMap<QString, ChartData> progress;  ///< goal id -> planned / done / stepBack series
    ChartData checkIns;                 ///< pain / interference series
};

GoalsView buildGoalsView(const CaseRecords& records, model::Date today);

/// The day a goal's pacing starts: its startOn, else the day the goal (its
/// pacing) was last set, from the record's clock.
model::Date pacingStartOf(const store::Record& goal, model::Date fallback);

}  // namespace rtw::app
