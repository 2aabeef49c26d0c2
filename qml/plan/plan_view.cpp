#include "qml/plan/plan_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

#include "model/employer.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/plan/plan_form.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("PlanView", text);
}

QString str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? toQt(it->get<std::string>()) : QString();
}

QString clientNameOf(const CaseRecords& r) {
    const store::Record* c = r.latest("client");
    if (!c) return {};
    return (str(c->fields, "givenName") + QLatin1Char(' ') + str(c->fields, "familyName"))
        .trimmed();
}

QString number(double v) {
    return QString::number(v, 'g', 6);
}

}  // namespace

const PlanState::Version* PlanState::find(const std::string& versionId) const {
    for (const auto& v : versions)
        if (v.id == versionId) return &v;
    return nullptr;
}

PlanState planStateOf(const CaseRecords& records) {
    std::map<std::string, std::vector<PlanState::Version>> byPlan;
    for (const auto& rec : records.of("rtw_plan_version"))
        if (auto v = model::RtwPlanVersion::fromJson(rec.fields))
            byPlan[v->planId].push_back({rec.id, *v});
    PlanState out;
    std::size_t best = 0;
    for (const auto& rec : records.of("rtw_plan")) {
        auto plan = model::RtwPlan::fromJson(rec.fields);
        if (!plan) continue;
        const std::size_t count = byPlan[rec.id].size();
        if (!out.plan || count > best) {
            out.planId = rec.id;
            out.plan = *plan;
            best = count;
        }
    }
    if (!out.planId.empty()) {
        out.versions = std::move(byPlan[out.planId]);
        std::stable_sort(
            out.versions.begin(), out.versions.end(),
            [](const auto& a, const auto& b) { return a.version.version < b.version.version; });
    }
    return out;
}

model::ConsentState consentOf(const CaseRecords& records) {
    std::vector<model::ConsentEvent> events;
    for (const auto& rec : records.of("consent_event"))
        if (auto e = model::ConsentEvent::fromJson(rec.fields)) events.push_back(*e);
    return model::currentConsent(events);
}

std::vector<EmployerContact> employerContactsOf(const CaseRecords& records,
                                                const model::ConsentState& consent) {
    std::vector<EmployerContact> out;
    auto add = [&](const std::string& id, const std::string& name) {
        for (auto& c : out)
            if (c.id == id) {
                c.name = name;  // the latest name recorded wins
                return;
            }
        out.push_back({id, name,
                       model::hasConsent(consent, model::ConsentScope::ContactEmployer, id),
                       model::hasConsent(consent, model::ConsentScope::SharePlanWithEmployer, id)});
    };
    for (const auto& rec : records.of("consent_event"))
        if (auto e = model::ConsentEvent::fromJson(rec.fields); e && e->recipientId)
            add(*e->recipientId, e->recipientName.value_or(""));
    for (const auto& rec : records.of("employer"))
        if (auto e = model::Employer::fromJson(rec.fields); e && e->lineManagerId && e->lineManager)
            add(*e->lineManagerId, e->lineManager->name);
    return out;
}

QString agreedByText(const std::vector<model::PlanParty>& parties) {
    QStringList names;
    for (auto p : parties) {
        switch (p) {
            case model::PlanParty::Patient:
                names << tr("the client");
                break;
            case model::PlanParty::Adviser:
                names << tr("the adviser");
                break;
            case model::PlanParty::Employer:
                names << tr("the employer");
                break;
            case model::PlanParty::Gp:
                names << tr("the GP");
                break;
        }
    }
    if (names.size() <= 1) return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + tr(" and ") + last;
}

QString phaseText(int days, double hoursPerDay) {
    if (days == 0) return tr("No working days");
    return Format::plural(days, tr("day"), tr("days")) + tr(" of ") +
           (hoursPerDay == 1.0 ? tr("1 hour") : tr("%1 hours").arg(number(hoursPerDay)));
}

PlanView buildPlanView(const CaseRecords& records, const QVariantMap& newPlanForm) {
    PlanView v;
    v.state = planStateOf(records);
    v.clientName = clientNameOf(records);
    const auto* latest = v.state.latest();
    for (auto it = v.state.versions.rbegin(); it != v.state.versions.rend(); ++it) {
        QStringList changes;
        for (const auto& line : it->version.changeSummary) changes << toQt(line);
        v.versions << QVariantMap{{"versionId", toQt(it->id)},
                                  {"version", it->version.version},
                                  {"title", tr("Version %1").arg(it->version.version)},
                                  {"agreedOnText", toQt(model::formatUkDate(it->version.agreedOn))},
                                  {"agreedByText", agreedByText(it->version.agreedBy)},
                                  {"changes", changes},
                                  {"isLatest", latest && latest->id == it->id}};
    }
    if (!v.state.plan) {
        v.form = newPlanForm;
        v.statusText = tr("No plan yet: fill it in with the client, save it, then agree it.");
        v.statusTone = QStringLiteral("neutral");
        return v;
    }
    const model::RtwPlan& plan = *v.state.plan;
    v.form = planToForm(plan);
    v.status = plan.status == model::PlanStatus::Agreed ? QStringLiteral("agreed")
                                                        : QStringLiteral("draft");
    if (!latest) {
        v.statusText = tr("Draft: not agreed yet.");
        v.statusTone = QStringLiteral("warning");
    } else if (plan.status == model::PlanStatus::Agreed) {
        v.statusText = tr("Version %1, agreed on %2 by %3.")
                           .arg(latest->version.version)
                           .arg(toQt(model::formatUkDate(latest->version.agreedOn)),
                                agreedByText(latest->version.agreedBy));
        v.statusTone = QStringLiteral("good");
    } else {
        v.statusText = tr("Changes since version %1, not agreed yet.").arg(latest->version.version);
        v.statusTone = QStringLiteral("warning");
        // The working plan is a draft by definition here; what changed is its
        // content, so compare it as if it were agreed like the snapshot.
        model::RtwPlan asAgreed = plan;
        asAgreed.status = latest->version.snapshot.status;
        for (const auto& line : model::describeChanges(latest->version.snapshot, asAgreed))
            v.pendingChanges << toQt(line);
    }
    return v;
}

QVariantMap employerPreview(const json& view) {
    QVariantList phases, adjustments, actions, reviews;
    for (const auto& p : view.value("phases", json::array()))
        phases << QVariantMap{{"week", p.value("week", 0)},
                              {"text", phaseText(p.value("days", 0), p.value("hoursPerDay", 0.0))},
                              {"notes", str(p, "notes")}};
    for (const auto& a : view.value("adjustments", json::array()))
        adjustments << QVariantMap{
            {"typeText", Labels::text(QStringLiteral("adjustmentType"), str(a, "type"))},
            {"description", str(a, "description")}};
    for (const auto& a : view.value("actions", json::array()))
        actions << QVariantMap{
            {"description", str(a, "description")},
            {"ownerText", Labels::text(QStringLiteral("actionOwner"), str(a, "owner"))},
            {"dueText", Format::ukDate(str(a, "dueDate"))},
            {"statusText", Labels::text(QStringLiteral("actionStatus"), str(a, "status"))}};
    for (const auto& d : view.value("reviewDates", json::array()))
        if (d.is_string()) reviews << Format::ukDate(toQt(d.get<std::string>()));
    QString contact;
    if (const auto it = view.find("adviserContact"); it != view.end() && it->is_object())
        contact = (str(*it, "name") + QStringLiteral("  ") + str(*it, "phone") +
                   QStringLiteral("  ") + str(*it, "email"))
                      .simplified();
    return {{"version", view.value("version", 0)},
            {"statusText", Labels::text(QStringLiteral("planStatus"), str(view, "status"))},
            {"targetDate", Format::ukDate(str(view, "targetDate"))},
            {"reviewDatesShown", view.contains("reviewDates")},
            {"reviewDates", reviews},
            {"phases", phases},
            {"adjustments", adjustments},
            {"actions", actions},
            {"adviserContact", contact}};
}

}  // namespace rtw::app
