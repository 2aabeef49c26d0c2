#include "qml/casefile/case_file_controller.h"

#include "model/case_action.h"
#include "qml/casefile/case_overview.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {

CaseFileController::CaseFileController(QObject* parent) : QObject(parent) {}

void CaseFileController::setStore(DeviceStore* store) {
    if (!binding_.setStore(store)) return;
    emit storeChanged();
    reload();
}

void CaseFileController::setCaseId(const QString& id) {
    if (!binding_.setCaseId(id)) return;
    emit caseIdChanged();
    reload();
}

void CaseFileController::reload() {
    if (!store() || caseId().isEmpty()) return;
    const quint64 generation = ++generation_;
    const std::string id = toStd(caseId());
    const model::Date today = store()->today();
    store()->run<Result<CaseRecords>>(
        this, [id](store::Store& s) { return loadCaseRecords(s, id); },
        [this, generation, today](Result<CaseRecords> r) {
            if (generation != generation_) return;
            loaded_ = true;
            if (!r) {
                error_ = sentence(r.status().message());
                emit changed();
                return;
            }
            error_.clear();
            CaseOverview o = buildOverview(*r, today);
            clientName_ = o.clientName;
            status_ = o.status;
            statusText_ = o.statusText;
            workStatusText_ = o.workStatusText;
            firstContactText_ = o.firstContactText;
            safetyAlert_ = o.safetyAlert;
            client_ = o.client;
            referral_ = o.referral;
            employment_ = o.employment;
            employer_ = o.employer;
            barriers_.setRows(o.barriers);
            fitNotes_.setRows(o.fitNotes);
            actions_.setRows(o.actions);
            consents_.setRows(o.consents);
            emit changed();
        });
}

void CaseFileController::setActionStatus(const QString& actionId, const QString& status) {
    if (!store()) return;
    const std::string id = toStd(actionId), value = toStd(status);
    store()->write<Status>(
        this, caseId(),
        [id, value](store::Store& s) {
            return s.records().update(id, {{"status", value}});
        },
        [this](Status st) {
            if (!st) emit failed(tr("The action was not changed: %1").arg(sentence(st.message())));
        });
}

void CaseFileController::addAction(const QString& description, const QString& owner,
                                   const QString& dueDate) {
    if (!store()) return;
    QVariantMap errors;
    nlohmann::json fields = {{"description", toStd(description.trimmed())},
                             {"owner", toStd(owner.isEmpty() ? QStringLiteral("adviser") : owner)},
                             {"status", "open"}};
    if (description.trimmed().isEmpty())
        errors.insert(QStringLiteral("description"), tr("Say what will be done."));
    if (!dueDate.trimmed().isEmpty()) {
        auto d = model::parseUkDate(toStd(dueDate.trimmed()));
        if (d)
            fields["dueDate"] = model::formatIsoDate(*d);
        else
            errors.insert(QStringLiteral("dueDate"), sentence(d.status().message()));
    }
    if (auto parsed = model::CaseAction::fromJson(fields); !parsed)
        mergeFieldErrors(errors, parsed.status());
    actionErrors_ = errors;
    emit actionErrorsChanged();
    if (!errors.isEmpty()) return;
    const std::string id = toStd(caseId());
    store()->write<Result<std::string>>(
        this, caseId(),
        [id, fields](store::Store& s) { return s.records().create("case_action", id, fields); },
        [this](Result<std::string> r) {
            if (!r) {
                actionErrors_ = fieldErrorMap(r.status());
                emit actionErrorsChanged();
                return;
            }
            emit actionAdded();
        });
}

}  // namespace rtw::app
