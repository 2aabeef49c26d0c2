#include "qml/consent/consent_view.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#include "model/employer.h"
#include "model/referral.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using model::ConsentScope;

QString tr(const char* text) {
    return QCoreApplication::translate("ConsentView", text);
}

QString scopeText(ConsentScope s) {
    return Labels::text(QStringLiteral("consentScope"), toQt(model::enumName(s)));
}

QString methodText(model::ConsentMethod m) {
    switch (m) {
        case model::ConsentMethod::Verbal:
            return tr("verbally");
        case model::ConsentMethod::Written:
            return tr("in writing");
        case model::ConsentMethod::InApp:
            return tr("in the app");
    }
    return {};
}

QString localDate(model::Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("dd/MM/yyyy"));
}

}  // namespace

QString recordedByText(const std::string& recordedBy, const CaseRecords& records,
                       const std::string& userId, const QString& userName) {
    if (recordedBy == userId) return userName;
    if (const store::Record* c = records.latest("case");
        c && c->fields.value("patientUserId", "") == recordedBy)
        return tr("the client");
    return tr("another member of staff");
}

ConsentView buildConsentView(const CaseRecords& r, const std::string& userId,
                             const QString& userName) {
    ConsentView v;
    struct Event {
        std::string id;
        model::ConsentEvent e;
    };
    std::vector<Event> events;
    std::vector<model::ConsentEvent> plain;
    for (const auto& rec : r.of("consent_event"))
        if (auto e = model::ConsentEvent::fromJson(rec.fields)) {
            events.push_back({rec.id, *e});
            plain.push_back(*e);
        }
    v.consent = model::currentConsent(plain);

    // Employer contacts: named in consent, or the employer's line manager.
    std::vector<std::pair<std::string, std::string>> contacts;
    auto addContact = [&](const std::string& id, const std::string& name) {
        for (auto& c : contacts)
            if (c.first == id) {
                c.second = name;
                return;
            }
        contacts.emplace_back(id, name);
    };
    for (const auto& ev : events)
        if (ev.e.recipientId) addContact(*ev.e.recipientId, ev.e.recipientName.value_or(""));
    v.employer = {{"exists", false}};
    if (const store::Record* rec = r.latest("employer"))
        if (auto e = model::Employer::fromJson(rec->fields)) {
            v.employer = {
                {"exists", true},
                {"employerId", toQt(rec->id)},
                {"name", toQt(e->name)},
                {"size", toQt(model::enumName(e->size))},
                {"hasOccupationalHealth", e->hasOccupationalHealth},
                {"lineManagerId", toQt(e->lineManagerId.value_or(""))},
                {"lineManagerName", e->lineManager ? toQt(e->lineManager->name) : QString()},
                {"phone", e->lineManager ? toQt(e->lineManager->phone.value_or("")) : QString()},
                {"email", e->lineManager ? toQt(e->lineManager->email.value_or("")) : QString()}};
            if (e->lineManagerId && e->lineManager)
                addContact(*e->lineManagerId, e->lineManager->name);
        }
    for (const auto& [id, name] : contacts)
        v.contactChoices << QVariantMap{{"value", toQt(id)}, {"text", toQt(name)}};

    std::optional<model::Referral> referral;
    if (const auto* rec = r.latest("referral"))
        if (auto parsed = model::Referral::fromJson(rec->fields)) referral = std::move(*parsed);
    auto row = [&](ConsentScope scope, const std::string& recipientId, const std::string& name) {
        model::ConsentKey key{scope, model::scopeNeedsRecipient(scope) ? recipientId : ""};
        QString state = tr("Not recorded");
        QString tone = QStringLiteral("neutral");
        bool granted = false;
        if (auto it = v.consent.find(key); it != v.consent.end()) {
            granted = it->second.granted;
            state = (granted ? tr("Given on %1 (%2), recorded by %3")
                             : tr("Withdrawn on %1 (%2), recorded by %3"))
                        .arg(localDate(it->second.since), methodText(it->second.method),
                             recordedByText(it->second.recordedBy, r, userId, userName));
            tone = granted ? QStringLiteral("good") : QStringLiteral("bad");
        } else if (scope == ConsentScope::Contact && referral && referral->consentToContact) {
            // The referrer said the client agreed to be contacted; the
            // adviser records it once the client says so themselves.
            state = tr("Agreed at referral (%1); not yet confirmed with the client")
                        .arg(toQt(model::formatUkDate(referral->referralDate)));
        }
        v.standing << QVariantMap{{"scope", toQt(model::enumName(scope))},
                                  {"scopeText", scopeText(scope)},
                                  {"recipientId", toQt(recipientId)},
                                  {"recipientName", toQt(name)},
                                  {"granted", granted},
                                  {"stateText", state},
                                  {"tone", tone}};
    };
    row(ConsentScope::Contact, {}, {});
    if (contacts.empty()) {
        row(ConsentScope::ContactEmployer, {}, {});
        row(ConsentScope::SharePlanWithEmployer, {}, {});
    }
    for (const auto& [id, name] : contacts) {
        row(ConsentScope::ContactEmployer, id, name);
        row(ConsentScope::SharePlanWithEmployer, id, name);
    }
    row(ConsentScope::ProgressToGp, {}, {});

    std::stable_sort(events.begin(), events.end(),
                     [](const Event& a, const Event& b) { return a.e.at > b.e.at; });
    for (const auto& ev : events)
        v.history << QVariantMap{
            {"eventId", toQt(ev.id)},
            {"whenText",
             QDateTime::fromMSecsSinceEpoch(ev.e.at).toString(QStringLiteral("dd/MM/yyyy HH:mm"))},
            {"actionText",
             Labels::text(QStringLiteral("consentAction"), toQt(model::enumName(ev.e.action)))},
            {"granted", ev.e.action == model::ConsentAction::Grant},
            {"scopeText", scopeText(ev.e.scope)},
            {"recipientName", toQt(ev.e.recipientName.value_or(""))},
            {"methodText", methodText(ev.e.method)},
            {"byText", recordedByText(ev.e.recordedBy, r, userId, userName)}};
    return v;
}

}  // namespace rtw::app
