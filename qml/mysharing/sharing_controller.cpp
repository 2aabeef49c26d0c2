#include "qml/mysharing/sharing_controller.h"

#include "model/consent_event.h"
#include "model/share_grant.h"
#include "qml/components/qt_convert.h"
#include "qml/mysharing/sharing_view.h"
#include "store/consent_writes.h"

namespace rtw::app {

using nlohmann::json;

SharingController::SharingController(QObject* parent) : CaseViewController(parent) {}

CaseViewController::Builder SharingController::builder() const {
    const model::Timestamp now = store() ? store()->clock().nowMs() : 0;
    return [now](const CaseRecords& r) -> std::any { return buildSharingView(r, now); };
}

void SharingController::apply(std::any view) {
    auto v = std::any_cast<SharingView>(std::move(view));
    people_.setRows(std::move(v.people));
    views_.setRows(std::move(v.views));
}

void SharingController::withdraw(int row) {
    if (!store() || busy() || row < 0 || row >= people_.count()) return;
    const QVariantMap person = people_.get(row);
    if (!person.value(QStringLiteral("granted")).toBool()) return;
    const auto scope =
        model::enumFromName<model::ConsentScope>(toStd(person.value("scope").toString()));
    if (!scope) return;
    const std::string recipientId = toStd(person.value(QStringLiteral("recipientId")).toString());
    const QString name = person.value(QStringLiteral("name")).toString();
    const model::Timestamp now = store()->clock().nowMs();
    json event = {{"action", "withdraw"},
                  {"scope", std::string(model::enumName(*scope))},
                  {"method", "in_app"},
                  {"recordedBy", store()->profile().userId},
                  {"at", model::formatTimestamp(now)}};
    if (model::scopeNeedsRecipient(*scope)) {
        event["recipientId"] = recipientId;
        event["recipientName"] = toStd(name);
    }
    if (auto parsed = model::ConsentEvent::fromJson(event); !parsed) {
        emit failed(tr("That could not be changed: %1").arg(sentence(parsed.status().message())));
        return;
    }
    const bool stopShares = *scope == model::ConsentScope::SharePlanWithEmployer;
    const std::string caseId = toStd(this->caseId());
    const QString message =
        stopShares ? tr("%1 can no longer see your plan. Your adviser will see this when your "
                        "phone next connects.")
                         .arg(name)
                   : tr("Stopped: your GP will get no more progress reports.");
    write(
        [caseId, event, stopShares, recipientId, now](store::Store& s) -> Status {
            return store::recordConsentEvent(s.records(), caseId, event,
                                             stopShares ? recipientId : std::string(), now);
        },
        message, tr("That was not changed"));
}

}  // namespace rtw::app
