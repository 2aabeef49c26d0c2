#include "qml/patient/today_controller.h"

#include <QDateTime>

#include "qml/components/qt_convert.h"
#include "qml/patient/check_in_form.h"

namespace rtw::app {
namespace {

struct TodayView {
    bool checkedIn = false;
    QString summary;
    QVariantMap form;
};

}  // namespace

TodayController::TodayController(QObject* parent) : CaseViewController(parent) {
    form_ = emptyForm();
    tick_.setInterval(30'000);
    connect(&tick_, &QTimer::timeout, this, &TodayController::updateReminder);
    tick_.start();
}

CaseViewController::Builder TodayController::builder() const {
    const model::Date day = today();
    return [day](const CaseRecords& r) -> std::any {
        TodayView v;
        for (const auto& rec : r.of("check_in")) {  // oldest first: the last one of today wins
            auto c = model::CheckIn::fromJson(rec.fields);
            if (!c || c->on != day) continue;
            v.checkedIn = true;
            v.summary = checkInSummary(*c);
            v.form = checkInToForm(*c);
        }
        return v;
    };
}

void TodayController::apply(std::any view) {
    auto v = std::any_cast<TodayView>(std::move(view));
    checkedIn_ = v.checkedIn;
    summary_ = v.summary;
    form_ = v.checkedIn ? v.form : emptyForm();
    emit changed();
    updateReminder();
}

QVariantMap TodayController::emptyForm() {
    return {{"pain", -1},       {"interference", -1}, {"mood", -1}, {"sleepQuality", -1},
            {"pacingDone", ""}, {"hoursWorked", ""},  {"note", ""}};
}

QStringList TodayController::reminderChoices() {
    QStringList out;
    for (int m = 7 * 60; m <= 22 * 60; m += 30)
        out << QTime(m / 60, m % 60).toString(QStringLiteral("HH:mm"));
    return out;
}

bool TodayController::isReminderDue(const QString& time, QTime now, bool checkedIn) {
    const QTime at = QTime::fromString(time, QStringLiteral("HH:mm"));
    return !checkedIn && at.isValid() && now >= at;
}

void TodayController::setReminderTime(const QString& time) {
    if (time == reminderTime_) return;
    reminderTime_ = time;
    emit reminderChanged();
    updateReminder();
}

void TodayController::updateReminder() {
    const std::int64_t nowMs = store() ? store()->clock().nowMs() : 0;
    const QTime now = QDateTime::fromMSecsSinceEpoch(nowMs).time();
    const bool due = loaded() && isReminderDue(reminderTime_, now, checkedIn_);
    if (due == reminderDue_) return;
    reminderDue_ = due;
    emit reminderChanged();
    if (due)
        emit remind(
            tr("It is %1: time for today's check-in. It takes under a minute.").arg(reminderTime_));
}

void TodayController::saveCheckIn(const QVariantMap& form) {
    if (!store() || busy()) return;
    BuiltCheckIn built = buildCheckIn(form, today());
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) {
        emit failed(tr("Your check-in was not saved yet: see the messages beside the answers."));
        return;
    }
    const std::string caseId = toStd(this->caseId());
    const nlohmann::json fields = built.fields;
    write(
        [caseId, fields](store::Store& s) -> Status {
            return s.records().create("check_in", caseId, fields).status();
        },
        checkedIn_ ? tr("Check-in updated. Thank you.") : tr("Check-in saved. Thank you."),
        tr("Your check-in was not saved"));
}

}  // namespace rtw::app
