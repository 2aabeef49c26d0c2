#pragma once
// TodayController: the patient's Today page — the daily check-in (built and
// checked by CheckInForm with core's rules, saved as a check_in record that
// syncs to the adviser), whether and how they checked in today, and the
// in-app reminder at the time they chose (platform notifications are not
// available in the desktop build). Check-ins are append-only: checking in
// again today adds a record, and the latest one counts.

#include <QObject>
#include <QQmlEngine>
#include <QTime>
#include <QTimer>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"

namespace rtw::app {

class TodayController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// Whether there is a check-in for today.
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    /// Today's latest check-in in words ("" when none).
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// Today's latest check-in as a form (to change it), else an empty form.
    Q_PROPERTY(QVariantMap form READ form NOTIFY changed)
    /// "HH:mm" when the patient wants a reminder, "" for none (AppSettings keeps it).
    Q_PROPERTY(QString reminderTime READ reminderTime WRITE setReminderTime NOTIFY reminderChanged)
    /// The reminder time has passed today and there is no check-in yet.
    Q_PROPERTY(bool reminderDue READ reminderDue NOTIFY reminderChanged)

public:
    explicit TodayController(QObject* parent = nullptr);

    bool checkedIn() const { return checkedIn_; }
    QString summary() const { return summary_; }
    QVariantMap form() const { return form_; }
    QString reminderTime() const { return reminderTime_; }
    void setReminderTime(const QString& time);
    bool reminderDue() const { return reminderDue_; }

    /// Checks the form with core's rules and saves it as today's check-in.
    Q_INVOKABLE void saveCheckIn(const QVariantMap& form);
    /// A form with nothing chosen yet.
    Q_INVOKABLE static QVariantMap emptyForm();
    /// The times offered for the reminder: every half hour, 07:00 to 22:00.
    Q_INVOKABLE static QStringList reminderChoices();

    /// Whether a reminder set for `time` ("HH:mm", "" = none) is due at `now`.
    static bool isReminderDue(const QString& time, QTime now, bool checkedIn);

signals:
    void changed();
    void reminderChanged();
    /// The reminder time has just come and there is no check-in yet.
    void remind(const QString& message);

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    void updateReminder();

    bool checkedIn_ = false;
    QString summary_;
    QVariantMap form_;
    QString reminderTime_;
    bool reminderDue_ = false;
    QTimer tick_;
};

}  // namespace rtw::app
