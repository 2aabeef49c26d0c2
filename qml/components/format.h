#pragma once
// Format: en-GB display of dates and times for QML (dd/mm/yyyy, 24-hour
// times) and parsing of what people type, using core's date rules so a date
// is accepted on screen exactly when the model would accept it.

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include <string>

#include "model/dates.h"

namespace rtw::app {

class Format : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Format(QObject* parent = nullptr) : QObject(parent) {}

    /// "2026-03-14" -> "14/03/2026"; "" for anything else.
    Q_INVOKABLE static QString ukDate(const QString& iso);
    /// "14/03/2026" (or "14/3/2026") -> "2026-03-14"; "" when not a real date.
    Q_INVOKABLE static QString isoDate(const QString& uk);
    /// The message to show for a typed date, or "" when it is fine (empty is fine too).
    Q_INVOKABLE static QString dateProblem(const QString& uk);
    /// Milliseconds since the epoch -> "14/03/2026 09:30" in local time.
    Q_INVOKABLE static QString ukDateTime(double msSinceEpoch);
    /// Milliseconds since the epoch -> "09:30" in local time.
    Q_INVOKABLE static QString time(double msSinceEpoch);
    /// "1 case", "3 cases": a count with the right English noun.
    Q_INVOKABLE static QString plural(qint64 n, const QString& one, const QString& many);
    /// "Overdue: was due 10/03/2026" / "Due today" / "Due 14/03/2026", and its
    /// tone for a StatusChip ("bad", "warning", "neutral"). For C++ models.
    static QString dueText(const std::string& isoDue, model::Date today, QString* tone = nullptr);
    /// "9434765919" -> "943 476 5919" (the NHS's own grouping).
    Q_INVOKABLE static QString nhsNumber(const QString& digits);
};

}  // namespace rtw::app
