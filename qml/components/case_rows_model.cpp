#include "qml/components/case_rows_model.h"

#include "qml/components/qt_convert.h"

namespace rtw::app {

CaseRowsModel::CaseRowsModel(QStringList roles, QObject* parent)
    : RowListModel(std::move(roles), parent) {}

void CaseRowsModel::setStore(DeviceStore* store) {
    if (store_ == store) return;
    if (store_) disconnect(store_, nullptr, this, nullptr);
    store_ = store;
    if (store_)
        connect(store_, &DeviceStore::dataChanged, this, [this](const QString& id) {
            if (id.isEmpty() || id == caseId_) reload();
        });
    emit storeChanged();
    reload();
}

void CaseRowsModel::setCaseId(const QString& id) {
    if (caseId_ == id) return;
    caseId_ = id;
    emit caseIdChanged();
    reload();
}

void CaseRowsModel::reload() {
    if (!store_ || caseId_.isEmpty() || !ready()) return;
    const quint64 generation = ++generation_;
    const std::string caseId = toStd(caseId_);
    Builder build = builder();
    store_->run<Result<QList<QVariantMap>>>(
        this,
        [caseId, build](store::Store& s) -> Result<QList<QVariantMap>> {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            return build(*records);
        },
        [this, generation](Result<QList<QVariantMap>> r) {
            if (generation != generation_) return;  // a newer read is on its way
            setRows(r ? *r : QList<QVariantMap>{});
            if (!loaded_) {
                loaded_ = true;
                emit loadedChanged();
            }
        });
}

}  // namespace rtw::app
