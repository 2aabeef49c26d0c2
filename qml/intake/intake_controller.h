#pragma once
// IntakeController: the new-referral form's logic — the live eligibility
// check, and saving the referral as accepted, kept for later, or declined
// with a reason — writing the case, client and referral in one transaction
// on the store thread. Validation messages come back per field for the form.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/device_store.h"

namespace rtw::app {

class IntakeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// Field path ("client.givenName", "referral.reason") -> message.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    /// True while saving.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit IntakeController(QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    QVariantMap fieldErrors() const { return fieldErrors_; }
    bool busy() const { return busy_; }

    /// {decision, decisionText, reasons[]} for the form as it stands.
    Q_INVOKABLE QVariantMap eligibility(const QVariantMap& form) const;
    /// Takes the referral on: the case waits for first contact.
    Q_INVOKABLE void accept(const QVariantMap& form);
    /// Keeps the referral as received, to decide later.
    Q_INVOKABLE void saveForLater(const QVariantMap& form);
    /// Declines it; form.declineReason is required and goes back to the referrer.
    Q_INVOKABLE void decline(const QVariantMap& form);
    /// Forgets the messages (when the form is cleared).
    Q_INVOKABLE void clearErrors();

signals:
    void storeChanged();
    void fieldErrorsChanged();
    void busyChanged();
    /// Saved: `caseId` of the new case, `message` to confirm with.
    void saved(const QString& caseId, const QString& message);
    /// Could not save (the store refused); the message says why.
    void failed(const QString& message);

private:
    void submit(const QVariantMap& form, int action);
    void setFieldErrors(QVariantMap errors);

    QPointer<DeviceStore> store_;
    QVariantMap fieldErrors_;
    bool busy_ = false;
};

}  // namespace rtw::app
