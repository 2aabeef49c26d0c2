#include "qml/myplan/my_plan_controller.h"

#include "model/plan_comment.h"
#include "qml/components/qt_convert.h"
#include "qml/myplan/my_plan_view.h"

namespace rtw::app {

using nlohmann::json;

MyPlanController::MyPlanController(QObject* parent) : CaseViewController(parent) {}

CaseViewController::Builder MyPlanController::builder() const {
    const std::string userId = store() ? store()->profile().userId : std::string();
    return [userId](const CaseRecords& r) -> std::any { return buildMyPlanView(r, userId); };
}

void MyPlanController::apply(std::any view) {
    auto v = std::any_cast<MyPlanView>(std::move(view));
    versionId_ = toQt(v.versionId);
    heading_ = v.heading;
    plan_ = v.plan;
    comments_.setRows(std::move(v.comments));
    emit changed();
}

void MyPlanController::addComment(const QString& text) {
    if (!store() || busy()) return;
    if (versionId_.isEmpty()) {
        emit failed(tr("There is no agreed plan to comment on yet."));
        return;
    }
    const json fields = {{"planVersionId", toStd(versionId_)},
                         {"text", toStd(text.trimmed())},
                         {"authorId", store()->profile().userId},
                         {"authorRole", "patient"},
                         {"at", model::formatTimestamp(store()->clock().nowMs())}};
    if (auto parsed = model::PlanComment::fromJson(fields); !parsed) {
        QVariantMap errors;
        errors.insert(QStringLiteral("text"),
                      text.trimmed().isEmpty()
                          ? tr("Write your comment first.")
                          : tr("Your comment is too long: keep it under 2,000 characters."));
        setFieldErrors(errors);
        return;
    }
    setFieldErrors({});
    const std::string caseId = toStd(this->caseId());
    write(
        [caseId, fields](store::Store& s) -> Status {
            return s.records().create("plan_comment", caseId, fields).status();
        },
        tr("Comment saved. Your adviser will see it when your phone next connects."),
        tr("The comment was not saved"), [this] { emit commented(); });
}

}  // namespace rtw::app
