#include "qml/components/case_binding.h"

namespace rtw::app {

CaseBinding::CaseBinding(QObject* owner, std::function<void()> reload)
    : owner_(owner), reload_(std::move(reload)) {}

bool CaseBinding::setStore(DeviceStore* store) {
    if (store_ == store) return false;
    QObject::disconnect(changed_);
    store_ = store;
    if (store_)
        changed_ =
            QObject::connect(store_, &DeviceStore::dataChanged, owner_, [this](const QString& id) {
                if (id.isEmpty() || id == caseId_) reload_();
            });
    return true;
}

bool CaseBinding::setCaseId(const QString& id) {
    if (caseId_ == id) return false;
    caseId_ = id;
    return true;
}

}  // namespace rtw::app
