#pragma once
// PatientContext: what the patient's workspace needs to know before showing
// a page — which case is theirs (the case whose patientUserId is the signed-in
// user; it arrives with the first sync after enrolment) and whether they
// have read the first-run explanation. Read on the store thread, again on
// every change (a sync may bring the case).

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include "qml/components/device_store.h"
#include "qml/components/store_binding.h"

namespace rtw::app {

class PatientContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// The patient's own case ("" until it has arrived on this device).
    Q_PROPERTY(QString caseId READ caseId NOTIFY changed)
    /// True once the first read has answered.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /// Whether the first-run explanation has been read on this device.
    Q_PROPERTY(bool welcomed READ welcomed NOTIFY changed)

public:
    explicit PatientContext(QObject* parent = nullptr);

    DeviceStore* store() const { return binding_.store(); }
    void setStore(DeviceStore* store);
    QString caseId() const { return caseId_; }
    bool loaded() const { return loaded_; }
    bool welcomed() const { return welcomed_; }

    Q_INVOKABLE void reload();
    /// The patient has read the first-run explanation: remember it in the store.
    Q_INVOKABLE void markWelcomed();

signals:
    void storeChanged();
    void changed();
    /// Reading failed; the message says why (for Messages).
    void failed(const QString& message);

private:
    // Any change may be the first sync bringing the case.
    StoreBinding binding_{this, [this] { reload(); }};
    QString caseId_;
    bool loaded_ = false;
    bool welcomed_ = false;
    quint64 generation_ = 0;
};

}  // namespace rtw::app
