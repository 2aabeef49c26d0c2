#include "qml/components/store_binding.h"

namespace rtw::app {

StoreBinding::StoreBinding(QObject* owner, std::function<void()> reload)
    : owner_(owner), reload_(std::move(reload)) {}

bool StoreBinding::setStore(DeviceStore* store) {
    if (store_ == store) return false;
    QObject::disconnect(changed_);
    QObject::disconnect(opened_);
    store_ = store;
    if (store_) {
        changed_ =
            QObject::connect(store_, &DeviceStore::dataChanged, owner_, [this] { reload_(); });
        opened_ =
            QObject::connect(store_, &DeviceStore::openChanged, owner_, [this] { reload_(); });
    }
    return true;
}

}  // namespace rtw::app
