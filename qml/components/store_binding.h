#pragma once
// StoreBinding: the one input of a view over the whole store (the patient's
// own case, the employer's shared plans) and its rule: read again whenever
// the store opens or reports any change (a sync, a write). CaseBinding is the
// same for views of one case.
//
//   if (binding_.setStore(store)) { emit storeChanged(); reload(); }

#include <QObject>
#include <QPointer>

#include <functional>

#include "qml/components/device_store.h"

namespace rtw::app {

class StoreBinding {
public:
    /// `reload` runs on `owner`'s thread.
    StoreBinding(QObject* owner, std::function<void()> reload);

    DeviceStore* store() const { return store_; }
    /// False when `store` is the one already bound.
    bool setStore(DeviceStore* store);

private:
    QObject* owner_;
    std::function<void()> reload_;
    QPointer<DeviceStore> store_;
    QMetaObject::Connection changed_;
    QMetaObject::Connection opened_;
};

}  // namespace rtw::app
