#include "qml/components/case_view_controller.h"

#include "qml/components/qt_convert.h"

namespace rtw::app {

CaseViewController::CaseViewController(QObject* parent) : QObject(parent) {}

void CaseViewController::setStore(DeviceStore* store) {
    if (!binding_.setStore(store)) return;
    emit storeChanged();
    reload();
}

void CaseViewController::setCaseId(const QString& id) {
    if (!binding_.setCaseId(id)) return;
    emit caseIdChanged();
    reload();
}

void CaseViewController::reload() {
    if (!store() || caseId().isEmpty()) return;
    const quint64 generation = ++generation_;
    const std::string id = toStd(caseId());
    Builder build = builder();
    const bool partial = partialCase();
    store()->run<Result<std::any>>(
        this,
        [id, build, partial](store::Store& s) -> Result<std::any> {
            auto records = loadCaseRecords(s, id, partial);
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
    if (!store() || busy_) return;
    busy_ = true;
    emit busyChanged();
    store()->write<Status>(
        this, caseId(), std::move(work), [this, message, failPrefix, then, errorPrefix](Status st) {
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
    return store() ? store()->today() : model::Date{};
}

}  // namespace rtw::app
