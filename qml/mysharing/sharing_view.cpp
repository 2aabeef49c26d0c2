#include "qml/mysharing/sharing_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

#include "model/audit_event.h"
#include "model/consent_event.h"
#include "model/share_grant.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SharingView", text);
}

QString ukDay(model::Timestamp at) {
    return Format::ukDateTime(double(at)).left(10);
}

/// The plan version numbers by record id, for "version 2 of your plan".
std::map<std::string, int> versionNumbers(const CaseRecords& r) {
    std::map<std::string, int> out;
    for (const auto& rec : r.of("rtw_plan_version"))
        if (const auto it = rec.fields.find("version");
            it != rec.fields.end() && it->is_number_integer())
            out[rec.id] = it->get<int>();
    return out;
}

QString employerDetail(const CaseRecords& r, const std::string& contactId, model::Timestamp now) {
    const auto numbers = versionNumbers(r);
    const model::ShareGrant* best = nullptr;
    std::vector<model::ShareGrant> grants;
    for (const auto& rec : r.of("share_grant"))
        if (auto g = model::ShareGrant::fromJson(rec.fields)) grants.push_back(*g);
    for (const auto& g : grants)
        if (g.employerContactId == contactId && model::isShareActive(g, now) &&
            (!best || g.expiresAt > best->expiresAt))
            best = &g;
    if (!best) return tr("Allowed to see your plan, but nothing is shared with them now.");
    const auto n = numbers.find(best->planVersionId);
    const QString until = ukDay(best->expiresAt);
    if (n == numbers.end()) return tr("Can see your plan until %1.").arg(until);
    return tr("Can see version %1 of your plan until %2.").arg(n->second).arg(until);
}

}  // namespace

SharingView buildSharingView(const CaseRecords& r, model::Timestamp now) {
    SharingView v;
    std::vector<model::ConsentEvent> events;
    std::map<std::string, QString> names;            // employer contact id -> name, latest wins
    for (const auto& rec : r.of("consent_event")) {  // oldest first: the latest name wins
        auto e = model::ConsentEvent::fromJson(rec.fields);
        if (!e) continue;
        if (e->recipientId && e->recipientName) names[*e->recipientId] = toQt(*e->recipientName);
        events.push_back(*e);
    }
    const auto state = model::currentConsent(events);
    for (const auto& [key, standing] : state) {
        const auto& [scope, recipient] = key;
        QVariantMap row{
            {"scope", toQt(model::enumName(scope))},
            {"recipientId", toQt(recipient)},
            {"granted", standing.granted},
            {"tone", standing.granted ? QStringLiteral("good") : QStringLiteral("neutral")}};
        if (scope == model::ConsentScope::SharePlanWithEmployer) {
            row["name"] = names.count(recipient) ? names[recipient] : tr("An employer contact");
            row["roleText"] = tr("Employer contact");
            row["detail"] = standing.granted
                                ? employerDetail(r, recipient, now)
                                : tr("You stopped sharing on %1: they cannot see your plan.")
                                      .arg(ukDay(standing.since));
        } else if (scope == model::ConsentScope::ProgressToGp) {
            row["name"] = tr("Your GP");
            row["roleText"] = tr("Progress reports");
            row["detail"] = standing.granted
                                ? tr("Gets reports on how you are doing, including your goals and "
                                     "questionnaire results.")
                                : tr("You stopped this on %1: your GP gets no progress reports.")
                                      .arg(ukDay(standing.since));
        } else {
            continue;  // contacting the patient or their employer: not about who sees the plan
        }
        v.people << row;
    }
    for (const auto& rec : r.of("audit_event")) {
        auto a = model::AuditEvent::fromJson(rec.fields);
        if (!a || a->action != model::AuditAction::Read) continue;
        if (a->recordType != "rtw_plan_version" && a->recordType != "rtw_plan") continue;
        QString who;
        if (a->actorRole == model::UserRole::EmployerContact)
            who = names.count(a->actorId) ? names[a->actorId] : tr("Your employer contact");
        else if (a->actorRole == model::UserRole::Adviser)
            who = tr("Your adviser");
        else
            who = tr("Someone at the service");
        v.views << QVariantMap{{"at", double(a->at)},
                               {"whenText", Format::ukDateTime(double(a->at))},
                               {"whoText", who}};
    }
    std::stable_sort(v.views.begin(), v.views.end(), [](const auto& a, const auto& b) {
        return a.value("at").toDouble() > b.value("at").toDouble();
    });
    return v;
}

}  // namespace rtw::app
