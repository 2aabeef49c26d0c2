#include "qml/plan/employer_preview_controller.h"

#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {
namespace {

struct Preview {
    QVariantMap preview;
    QString heading;
    QString hidden;
};

}  // namespace

QString hiddenFromEmployer(const model::RtwPlan& plan) {
    const model::RtwPlan shown = model::employerVisiblePart(plan);
    QStringList parts;
    if (plan.targetDate && !shown.targetDate) parts << QObject::tr("the target date");
    if (const auto n = plan.phases.size() - shown.phases.size())
        parts << Format::plural(qint64(n), QObject::tr("week of the phased return"),
                                QObject::tr("weeks of the phased return"));
    if (const auto n = plan.adjustments.size() - shown.adjustments.size())
        parts << Format::plural(qint64(n), QObject::tr("adjustment"), QObject::tr("adjustments"));
    if (const auto n = plan.actions.size() - shown.actions.size())
        parts << Format::plural(qint64(n), QObject::tr("action"), QObject::tr("actions"));
    if (!plan.reviewDates.empty() && shown.reviewDates.empty())
        parts << QObject::tr("the review dates");
    return parts.join(QStringLiteral(", "));
}

EmployerPreviewController::EmployerPreviewController(QObject* parent)
    : CaseViewController(parent) {}

void EmployerPreviewController::setVersionId(const QString& id) {
    if (versionId_ == id) return;
    versionId_ = id;
    emit versionIdChanged();
    reload();
}

CaseViewController::Builder EmployerPreviewController::builder() const {
    const std::string wanted = toStd(versionId_);
    return [wanted](const CaseRecords& r) -> std::any {
        const PlanState state = planStateOf(r);
        Preview out;
        const model::RtwPlan* plan = nullptr;
        if (!wanted.empty()) {
            if (const auto* v = state.find(wanted)) {
                plan = &v->version.snapshot;
                out.heading = QObject::tr("Version %1, agreed on %2")
                                  .arg(v->version.version)
                                  .arg(toQt(model::formatUkDate(v->version.agreedOn)));
            }
        } else if (state.plan) {
            plan = &*state.plan;
            out.heading =
                state.plan->status == model::PlanStatus::Agreed
                    ? QObject::tr("The plan as agreed (version %1)").arg(state.plan->version)
                    : QObject::tr(
                          "The saved plan, not agreed yet: only an agreed version can be shared");
        }
        if (plan) {
            out.preview = employerPreview(model::employerView(*plan));
            out.hidden = hiddenFromEmployer(*plan);
        }
        return out;
    };
}

void EmployerPreviewController::apply(std::any view) {
    auto p = std::any_cast<Preview>(std::move(view));
    preview_ = std::move(p.preview);
    heading_ = std::move(p.heading);
    hiddenText_ =
        p.hidden.isEmpty() ? QString() : tr("Not shown to the employer: %1.").arg(p.hidden);
    emit changed();
}

}  // namespace rtw::app
