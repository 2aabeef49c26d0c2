#include "qml/employer/employer_plans_controller.h"

#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/employer/employer_plans.h"

namespace rtw::app {

EmployerPlansController::EmployerPlansController(QObject* parent) : QObject(parent) {}

void EmployerPlansController::setStore(DeviceStore* store) {
    if (!binding_.setStore(store)) return;
    emit storeChanged();
    reload();
}

void EmployerPlansController::reload() {
    if (!store() || !store()->isOpen()) return;
    const quint64 generation = ++generation_;
    const std::string userId = store()->profile().userId;
    const model::Timestamp now = store()->clock().nowMs();
    store()->run<Result<std::vector<EmployerPlan>>>(
        this,
        [userId, now](store::Store& s) -> Result<std::vector<EmployerPlan>> {
            auto versions = s.records().listAll("rtw_plan_version");
            if (!versions) return versions.status();
            auto grants = s.records().listAll("share_grant");
            if (!grants) return grants.status();
            auto answers = s.records().listAll("employer_response");
            if (!answers) return answers.status();
            return employerPlansOf(*versions, *grants, *answers, userId, now);
        },
        [this, generation](Result<std::vector<EmployerPlan>> r) {
            if (generation != generation_) return;
            if (!r) {
                emit failed(sentence(r.status().message()));
                return;
            }
            QList<QVariantMap> rows;
            for (const auto& p : *r) {
                const QString target = toQt(p.view.value("targetDate", std::string()));
                rows << QVariantMap{
                    {"grantId", toQt(p.grantId)},
                    {"caseId", toQt(p.caseId)},
                    {"title", tr("Return-to-work plan, version %1").arg(p.version)},
                    {"detail",
                     target.isEmpty()
                         ? tr("Shared with you until %1").arg(ukDay(p.sharedUntil))
                         : tr("Back at work as agreed by %1").arg(Format::ukDate(target))},
                    {"stateText", p.acknowledgedAt
                                      ? tr("You acknowledged it on %1")
                                            .arg(Format::ukDateTime(double(*p.acknowledgedAt)))
                                      : tr("Not acknowledged yet")},
                    {"acknowledged", bool(p.acknowledgedAt)}};
            }
            plans_.setRows(std::move(rows));
            loaded_ = true;
            emit changed();
        });
}

}  // namespace rtw::app
