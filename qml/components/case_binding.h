#pragma once
// CaseBinding: the two inputs every case-scoped controller and model has —
// the store and the case id — and the one rule for them: read again when
// either changes, and whenever the store says this case (or everything)
// changed. The owner keeps its own signals; the binding says whether a
// setter changed anything.
//
//   if (binding_.setStore(store)) { emit storeChanged(); reload(); }

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

#include "qml/components/device_store.h"

namespace rtw::app {

class CaseBinding {
public:
    /// `reload` runs on `owner`'s thread when the store reports a change to
    /// the bound case or to every case.
    CaseBinding(QObject* owner, std::function<void()> reload);

    DeviceStore* store() const { return store_; }
    const QString& caseId() const { return caseId_; }
    /// True when both are set, so there is something to read.
    bool bound() const { return store_ && !caseId_.isEmpty(); }

    /// False when `store` is the one already bound.
    bool setStore(DeviceStore* store);
    /// False when `id` is the one already bound.
    bool setCaseId(const QString& id);

private:
    QObject* owner_;
    std::function<void()> reload_;
    QPointer<DeviceStore> store_;
    QString caseId_;
    QMetaObject::Connection changed_;
};

}  // namespace rtw::app
