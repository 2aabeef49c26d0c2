#pragma once
// EmployerPlansController: the employer's home — every plan shared with the
// signed-in employer contact on this device (employerPlansOf), read again
// whenever a sync or a write changes the store. A plan leaves the list when
// its grant ends or consent is withdrawn: the server stops sending it and
// the device purges the case.

#include <QObject>
#include <QQmlEngine>

#include "qml/components/device_store.h"
#include "qml/components/row_list_model.h"
#include "qml/components/store_binding.h"

namespace rtw::app {

class EmployerPlansController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// grantId, caseId, title, detail, stateText, acknowledged
    Q_PROPERTY(rtw::app::RowListModel* plans READ plans CONSTANT)
    /// True once the first read has answered.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)

public:
    explicit EmployerPlansController(QObject* parent = nullptr);

    DeviceStore* store() const { return binding_.store(); }
    void setStore(DeviceStore* store);
    RowListModel* plans() { return &plans_; }
    bool loaded() const { return loaded_; }

    Q_INVOKABLE void reload();

signals:
    void storeChanged();
    void changed();
    void failed(const QString& message);

private:
    // A sync may bring, change or take away a shared plan.
    StoreBinding binding_{this, [this] { reload(); }};
    RowListModel plans_{{"grantId", "caseId", "title", "detail", "stateText", "acknowledged"}};
    bool loaded_ = false;
    quint64 generation_ = 0;
};

}  // namespace rtw::app
