#include "qml/intake/intake_controller.h"

#include "qml/components/qt_convert.h"
#include "qml/intake/intake_form.h"

namespace rtw::app {

IntakeController::IntakeController(QObject* parent) : QObject(parent) {}

void IntakeController::setStore(DeviceStore* store) {
    if (store_ == store) return;
    store_ = store;
    emit storeChanged();
}

QVariantMap IntakeController::eligibility(const QVariantMap& form) const {
    // Pure and quick (no I/O): fine on the UI thread as the adviser types.
    return eligibilityOf(form, store_ ? store_->today() : model::Date{});
}

void IntakeController::accept(const QVariantMap& form) {
    submit(form, static_cast<int>(IntakeAction::Accept));
}

void IntakeController::saveForLater(const QVariantMap& form) {
    submit(form, static_cast<int>(IntakeAction::Save));
}

void IntakeController::decline(const QVariantMap& form) {
    submit(form, static_cast<int>(IntakeAction::Decline));
}

void IntakeController::clearErrors() {
    setFieldErrors({});
}

void IntakeController::submit(const QVariantMap& form, int actionValue) {
    if (!store_ || busy_) return;
    const auto action = static_cast<IntakeAction>(actionValue);
    const auto& profile = store_->profile();
    IntakeRecords records =
        buildIntake(form, action, store_->today(), profile.userId, profile.practiceId);
    setFieldErrors(records.fieldErrors);
    if (!records.ok()) return;

    busy_ = true;
    emit busyChanged();
    const QString name = form.value(QStringLiteral("givenName")).toString().trimmed() +
                         QLatin1Char(' ') +
                         form.value(QStringLiteral("familyName")).toString().trimmed();
    auto shared = std::make_shared<IntakeRecords>(std::move(records));
    store_->write<Result<std::string>>(
        this, QString(),
        [shared](store::Store& s) -> Result<std::string> {
            std::string caseId;
            Status st = s.records().inTransaction([&](store::RecordStore& r) -> Status {
                auto id = r.create("case", "", shared->caseFields);
                if (!id) return id.status();
                caseId = *id;
                if (auto c = r.create("client", caseId, shared->client); !c) return c.status();
                if (auto f = r.create("referral", caseId, shared->referral); !f) return f.status();
                return Status::ok();
            });
            if (!st) return st;
            return caseId;
        },
        [this, action, name](Result<std::string> r) {
            busy_ = false;
            emit busyChanged();
            if (!r) {
                setFieldErrors(fieldErrorMap(r.status()));
                emit failed(
                    tr("The referral was not saved: %1").arg(sentence(r.status().message())));
                return;
            }
            const QString message = action == IntakeAction::Accept
                                        ? tr("Referral accepted for %1.").arg(name)
                                    : action == IntakeAction::Save
                                        ? tr("Referral for %1 saved to decide later.").arg(name)
                                        : tr("Referral for %1 declined.").arg(name);
            emit saved(toQt(*r), message);
        });
}

void IntakeController::setFieldErrors(QVariantMap errors) {
    if (errors == fieldErrors_) return;
    fieldErrors_ = std::move(errors);
    emit fieldErrorsChanged();
}

}  // namespace rtw::app
