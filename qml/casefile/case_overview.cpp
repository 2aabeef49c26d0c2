#include "qml/casefile/case_overview.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <map>

#include "model/first_contact.h"
#include "model/model.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("CaseOverview", text);
}

QString str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? toQt(it->get<std::string>()) : QString();
}

QString ukDate(const json& j, const char* key) {
    return Format::ukDate(str(j, key));
}

QString label(const char* kind, const json& j, const char* key) {
    const QString v = str(j, key);
    return v.isEmpty() ? QString() : Labels::text(QString::fromLatin1(kind), v);
}

QString labels(const char* kind, const json& list) {
    QStringList out;
    if (list.is_array())
        for (const auto& v : list)
            if (v.is_string())
                out << Labels::text(QString::fromLatin1(kind), toQt(v.get<std::string>()));
    return out.join(QStringLiteral(", "));
}

QString yesNo(bool b) {
    return b ? tr("Yes") : tr("No");
}

QString localDateTime(model::Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void addClient(CaseOverview& o, const CaseRecords& r, model::Date today) {
    const store::Record* c = r.latest("client");
    if (!c) {
        o.clientName = tr("Client details not recorded");
        return;
    }
    const json& f = c->fields;
    o.clientName = (str(f, "givenName") + QLatin1Char(' ') + str(f, "familyName")).trimmed();
    QString age;
    if (auto dob = model::parseIsoDate(str(f, "dateOfBirth").toStdString()))
        age = QString::number(model::ageOn(*dob, today));
    o.client = {{"dateOfBirth", ukDate(f, "dateOfBirth")},
                {"age", age},
                {"nhsNumber", Format::nhsNumber(str(f, "nhsNumber"))},
                {"phone", str(f, "phone")},
                {"email", str(f, "email")},
                {"postcode", str(f, "postcode")},
                {"preferredContact", label("preferredContact", f, "preferredContact")}};
}

void addReferral(CaseOverview& o, const CaseRecords& r, model::Date today) {
    const store::Record* ref = r.latest("referral");
    if (!ref) return;
    const json& f = ref->fields;
    o.workStatusText = label("workStatus", f, "workStatus");
    const json el = f.value("eligibility", json::object());
    QString eligibility = label("eligibility", el, "decision");
    if (el.value("overridden", false)) eligibility += tr(" (the adviser overrode the check)");
    QString referrer = str(f, "referrerName");
    if (!str(f, "referrerPractice").isEmpty())
        referrer +=
            (referrer.isEmpty() ? QString() : QStringLiteral(", ")) + str(f, "referrerPractice");
    o.referral = {{"sourceText", label("referralSource", f, "source")},
                  {"referrer", referrer},
                  {"referralDate", ukDate(f, "referralDate")},
                  {"reason", str(f, "reason")},
                  {"conditionText", label("conditionGroup", f, "conditionGroup")},
                  {"painSitesText", labels("painSite", f.value("painSites", json::array()))},
                  {"workStatusText", o.workStatusText},
                  {"offSickSince", ukDate(f, "offSickSince")},
                  {"unemployedSince", ukDate(f, "unemployedSince")},
                  {"fitNoteStatusText", label("fitNoteStatus", f, "fitNoteStatus")},
                  {"consentToContact", yesNo(f.value("consentToContact", false))},
                  {"eligibilityText", eligibility},
                  {"overrideReason", str(el, "overrideReason")},
                  {"statusText", label("referralStatus", f, "status")},
                  {"declineReason", str(f, "declineReason")}};

    auto referred = model::parseIsoDate(str(f, "referralDate").toStdString());
    if (!referred) return;
    std::vector<model::Contact> contacts;
    for (const auto& c : r.of("contact"))
        if (auto parsed = model::Contact::fromJson(c.fields)) contacts.push_back(*parsed);
    if (auto days = model::daysToFirstContact(*referred, contacts)) {
        o.firstContactText =
            tr("First contact %1 after referral (%2)")
                .arg(Format::plural(*days, tr("day"), tr("days")),
                     toQt(model::formatUkDate(model::utcDateOf(*model::firstContactAt(contacts)))));
    } else if (o.status == QLatin1String("awaiting_first_contact")) {
        o.firstContactText =
            tr("Waiting %1 for first contact")
                .arg(Format::plural(model::daysBetween(*referred, today), tr("day"), tr("days")));
    }
}

void addWork(CaseOverview& o, const CaseRecords& r) {
    if (const store::Record* e = r.latest("employment")) {
        const json& f = e->fields;
        const double hours = f.value("contractedHoursPerWeek", 0.0);
        o.employment = {{"jobTitle", str(f, "jobTitle")},
                        {"hours", tr("%1 hours a week").arg(QString::number(hours, 'g', 4))},
                        {"tasks", str(f, "tasks")},
                        {"workHistory", str(f, "workHistory")}};
    }
    if (const store::Record* e = r.latest("employer")) {
        const json& f = e->fields;
        QString manager;
        if (const json lm = f.value("lineManager", json::object()); lm.is_object() && !lm.empty())
            manager = (str(lm, "name") + QStringLiteral("  ") + str(lm, "phone") +
                       QStringLiteral("  ") + str(lm, "email"))
                          .simplified();
        o.employer = {{"name", str(f, "name")},
                      {"sizeText", label("employerSize", f, "size")},
                      {"occupationalHealth", yesNo(f.value("hasOccupationalHealth", false))},
                      {"lineManager", manager}};
    }
}

void addLists(CaseOverview& o, const CaseRecords& r, model::Date today) {
    for (const auto& b : r.of("barrier"))
        o.barriers << QVariantMap{{"categoryText", label("barrierCategory", b.fields, "category")},
                                  {"description", str(b.fields, "description")},
                                  {"resolved", b.fields.value("resolved", false)}};
    for (const auto& n : r.of("fit_note")) {
        QString adjustments =
            labels("fitNoteAdjustment", n.fields.value("adjustments", json::array()));
        o.fitNotes << QVariantMap{
            {"statusText", label("fitNoteAssessment", n.fields, "status")},
            {"period",
             tr("%1 to %2").arg(ukDate(n.fields, "validFrom"), ukDate(n.fields, "validTo"))},
            {"adjustments", adjustments},
            {"comments", str(n.fields, "comments")}};
    }
    std::vector<const store::Record*> actions;
    for (const auto& a : r.of("case_action")) actions.push_back(&a);
    // Open first, soonest due first (undated after dated); then the rest.
    std::stable_sort(actions.begin(), actions.end(), [](const auto* a, const auto* b) {
        const bool ao = str(a->fields, "status") == QLatin1String("open");
        const bool bo = str(b->fields, "status") == QLatin1String("open");
        if (ao != bo) return ao;
        const QString ad = str(a->fields, "dueDate"), bd = str(b->fields, "dueDate");
        if (ad.isEmpty() != bd.isEmpty()) return !ad.isEmpty();
        return ad < bd;
    });
    for (const auto* a : actions) {
        QString tone;
        const QString status = str(a->fields, "status");
        const QString due = str(a->fields, "dueDate");
        QString text =
            due.isEmpty() ? tr("No date set") : Format::dueText(due.toStdString(), today, &tone);
        if (status != QLatin1String("open")) {
            text = Labels::text(QStringLiteral("actionStatus"), status);
            tone = QStringLiteral("neutral");
        }
        o.actions << QVariantMap{{"actionId", toQt(a->id)},
                                 {"description", str(a->fields, "description")},
                                 {"ownerText", label("actionOwner", a->fields, "owner")},
                                 {"status", status},
                                 {"dueText", text},
                                 {"dueTone", tone.isEmpty() ? QStringLiteral("neutral") : tone}};
    }
    std::vector<model::ConsentEvent> events;
    for (const auto& e : r.of("consent_event"))
        if (auto parsed = model::ConsentEvent::fromJson(e.fields)) events.push_back(*parsed);
    for (const auto& [key, standing] : model::currentConsent(events)) {
        QString scope =
            Labels::text(QStringLiteral("consentScope"), toQt(model::enumName(key.first)));
        o.consents << QVariantMap{
            {"scopeText", scope},
            {"granted", standing.granted},
            {"stateText", standing.granted ? tr("Given") : tr("Withdrawn")},
            {"detail", tr("%1, %2").arg(Labels::text(QStringLiteral("consentMethod"),
                                                     toQt(model::enumName(standing.method))),
                                        localDateTime(standing.since))}};
    }
}

}  // namespace

namespace {

// The latest answers to each questionnaire; a self-harm alert on any of
// them flags the case until newer answers to that questionnaire clear it.
QString safetyAlertOf(const CaseRecords& records) {
    std::map<std::string, model::QuestionnaireResponse> latest;
    for (const auto& rec : records.of("questionnaire_response")) {
        auto r = model::QuestionnaireResponse::fromJson(rec.fields);
        if (!r) continue;
        auto it = latest.find(r->questionnaireId);
        if (it == latest.end() || it->second.completedAt < r->completedAt)
            latest.insert_or_assign(r->questionnaireId, std::move(*r));
    }
    for (const auto& [id, r] : latest)
        if (r.selfHarmAlert.value_or(false))
            return tr("Safety: the client answered the self-harm question (%1, %2). "
                      "Follow this up with them today.")
                .arg(toQt(id).toUpper(), Format::ukDateTime(static_cast<double>(r.completedAt)));
    return {};
}

}  // namespace

CaseOverview buildOverview(const CaseRecords& records, model::Date today) {
    CaseOverview o;
    if (const store::Record* c = records.latest("case")) {
        o.status = str(c->fields, "status");
        o.statusText = Labels::text(QStringLiteral("caseStatus"), o.status);
    }
    addClient(o, records, today);
    addReferral(o, records, today);
    addWork(o, records);
    addLists(o, records, today);
    o.safetyAlert = safetyAlertOf(records);
    return o;
}

}  // namespace rtw::app
