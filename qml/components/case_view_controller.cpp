#include "qml/components/case_view_controller.h"

#include "qml/components/qt_convert.h"

namespace rtw::app {

CaseViewController::CaseViewController(QObject* parent) : QObject(parent) {}

void CaseViewController::setStore(DeviceStore* store) {
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

void CaseViewController::setCaseId(const QString& id) {
    if (caseId_ == id) return;
    caseId_ = id;
    emit caseIdChanged();
    reload();
}

void CaseViewController::reload() {
    if (!store_ || caseId_.isEmpty()) return;
    const quint64 generation = ++generation_;
    const std::string caseId = toStd(caseId_);
    Builder build = builder();
    store_->run<Result<std::any>>(
        this,
        [caseId, build](store::Store& s) -> Result<std::any> {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            return build(*records);
        },
        [this, generation](Result<std::any> r) {
            if (generation != generation_) return;  // a newer read is on its way
            if (!r) {
                emit failed(sentence(r.status().message()));
                return;
            }
            apply(std::move(*r));
            if (!loaded_) {
                loaded_ = true;
                emit loadedChanged();
            }
        });
}

void CaseViewController::setFieldErrors(QVariantMap errors) {
    if (errors == fieldErrors_) return;
    fieldErrors_ = std::move(errors);
    emit fieldErrorsChanged();
}

void CaseViewController::write(std::function<Status(store::Store&)> work, const QString& message,
                               const QString& failPrefix, std::function<void()> then,
                               const QString& errorPrefix) {
    if (!store_ || busy_) return;
    busy_ = true;
    emit busyChanged();
    store_->write<Status>(
        this, caseId_, std::move(work), [this, message, failPrefix, then, errorPrefix](Status st) {
            busy_ = false;
            emit busyChanged();
            if (!st) {
                if (!st.fieldErrors().empty()) setFieldErrors(fieldErrorMap(st, errorPrefix));
                emit failed(failPrefix + QStringLiteral(": ") + sentence(st.message()));
                return;
            }
            setFieldErrors({});
            emit saved(message);
            if (then) then();
        });
}

model::Date CaseViewController::today() const {
    return store_ ? store_->today() : model::Date{};
}

}  // namespace rtw::app
