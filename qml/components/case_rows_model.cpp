#include "qml/components/case_rows_model.h"

#include "qml/components/qt_convert.h"

namespace rtw::app {

CaseRowsModel::CaseRowsModel(QStringList roles, QObject* parent)
    : RowListModel(std::move(roles), parent) {}

void CaseRowsModel::setStore(DeviceStore* store) {
    if (!binding_.setStore(store)) return;
    emit storeChanged();
    reload();
}

void CaseRowsModel::setCaseId(const QString& id) {
    if (!binding_.setCaseId(id)) return;
    emit caseIdChanged();
    reload();
}

void CaseRowsModel::reload() {
    if (!store() || caseId().isEmpty() || !ready()) return;
    const quint64 generation = ++generation_;
    const std::string id = toStd(caseId());
    Builder build = builder();
    store()->run<Result<QList<QVariantMap>>>(
        this,
        [id, build](store::Store& s) -> Result<QList<QVariantMap>> {
            auto records = loadCaseRecords(s, id);
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
