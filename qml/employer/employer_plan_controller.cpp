#include "qml/employer/employer_plan_controller.h"

#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/employer/employer_plans.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {

EmployerPlanController::EmployerPlanController(QObject* parent) : CaseViewController(parent) {}

void EmployerPlanController::setGrantId(const QString& id) {
    if (grantId_ == id) return;
    grantId_ = id;
    emit grantIdChanged();
    reload();
}

namespace {

/// The plan of `grantId` among the contact's plans in this case, if it stands.
std::optional<EmployerPlan> planOf(const CaseRecords& r, const std::string& grantId,
                                   const std::string& userId, model::Timestamp now) {
    for (auto& p : employerPlansOf(r.of("rtw_plan_version"), r.of("share_grant"),
                                   r.of("employer_response"), userId, now))
        if (p.grantId == grantId) return p;
    return std::nullopt;
}

}  // namespace

CaseViewController::Builder EmployerPlanController::builder() const {
    const std::string grant = toStd(grantId_);
    const std::string userId = store() ? store()->profile().userId : std::string();
    const model::Timestamp now = store() ? store()->clock().nowMs() : 0;
    return [grant, userId, now](const CaseRecords& r) -> std::any {
        return planOf(r, grant, userId, now);
    };
}

void EmployerPlanController::apply(std::any view) {
    auto plan = std::any_cast<std::optional<EmployerPlan>>(std::move(view));
    found_ = plan.has_value();
    preview_ = plan ? employerPreview(plan->view) : QVariantMap();
    heading_ = plan ? tr("Version %1 of the plan, shared with you until %2")
                          .arg(plan->version)
                          .arg(ukDay(plan->sharedUntil))
                    : QString();
    acknowledgedText_ = plan && plan->acknowledgedAt
                            ? tr("You acknowledged this plan on %1.")
                                  .arg(Format::ukDateTime(double(*plan->acknowledgedAt)))
                            : QString();
    comments_.clear();
    if (plan)
        for (const auto& c : plan->comments)
            comments_ << QVariantMap{{"whenText", Format::ukDateTime(double(c.at))},
                                     {"text", toQt(c.comment.value_or(std::string()))}};
    emit changed();
}

void EmployerPlanController::acknowledge() {
    if (!acknowledgedText_.isEmpty()) return;  // the first acknowledgement stands
    answer(std::nullopt);
}

void EmployerPlanController::comment(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 2000) {
        setFieldErrors({{QStringLiteral("comment"),
                         trimmed.isEmpty()
                             ? tr("Write your comment first.")
                             : tr("Your comment is too long: keep it under 2,000 characters.")}});
        return;
    }
    setFieldErrors({});
    answer(toStd(trimmed));
}

void EmployerPlanController::answer(const std::optional<std::string>& comment) {
    if (!store()) return;
    const std::string grant = toStd(grantId_);
    const std::string caseId = toStd(this->caseId());
    const std::string userId = store()->profile().userId;
    const model::Timestamp now = store()->clock().nowMs();
    write(
        [grant, caseId, userId, now, comment](store::Store& s) -> Status {
            // Read again inside the write: the grant may have ended meanwhile.
            auto records = loadCaseRecords(s, caseId, /*partial=*/true);
            if (!records) return records.status();
            auto plan = planOf(*records, grant, userId, now);
            if (!plan)
                return Status::error(ErrorCode::NotAllowed,
                                     "this plan is no longer shared with you");
            const nlohmann::json fields = employerAnswer(*plan, userId, comment, now);
            if (auto valid = model::EmployerResponse::fromJson(fields); !valid)
                return valid.status();
            return s.records().create("employer_response", caseId, fields).status();
        },
        comment ? tr("Comment saved. The adviser and your employee see it after the next sync.")
                : tr("Acknowledged. The adviser and your employee see it after the next sync."),
        comment ? tr("The comment was not saved") : tr("The acknowledgement was not saved"),
        [this, isComment = comment.has_value()] {
            if (isComment) emit commented();
        });
}

}  // namespace rtw::app
