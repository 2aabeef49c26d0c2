#include "qml/consent/consent_controller.h"

#include <QDateTime>

#include "model/consent_rules.h"
#include "model/employer.h"
#include "model/share_grant.h"
#include "qml/components/qt_convert.h"
#include "qml/consent/consent_view.h"
#include "store/consent_writes.h"
#include "util/random_id.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString text(const QVariantMap& m, const char* key) {
    return m.value(QLatin1String(key)).toString().trimmed();
}

}  // namespace

ConsentController::ConsentController(QObject* parent) : CaseViewController(parent) {}

CaseViewController::Builder ConsentController::builder() const {
    const std::string userId = store() ? store()->profile().userId : std::string();
    const QString userName = store() ? toQt(store()->profile().displayName) : QString();
    return [userId, userName](const CaseRecords& r) -> std::any {
        return buildConsentView(r, userId, userName);
    };
}

void ConsentController::apply(std::any view) {
    auto v = std::any_cast<ConsentView>(std::move(view));
    standing_.setRows(v.standing);
    history_.setRows(v.history);
    contactChoices_ = v.contactChoices;
    employer_ = v.employer;
    consent_ = std::move(v.consent);
    emit changed();
}

void ConsentController::setRefusal(const QString& text) {
    if (refusal_ == text) return;
    refusal_ = text;
    emit refusalChanged();
}

bool ConsentController::mayContact(const QString& contactId) const {
    return model::hasConsent(consent_, model::ConsentScope::ContactEmployer, toStd(contactId));
}

QVariantMap ConsentController::defaults() const {
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store() ? store()->clock().nowMs() : 0);
    return {{"action", "grant"},
            {"scope", "contact"},
            {"recipientId", ""},
            {"recipientName", ""},
            {"method", "verbal"},
            {"date", now.toString(QStringLiteral("dd/MM/yyyy"))},
            {"time", now.toString(QStringLiteral("HH:mm"))}};
}

void ConsentController::record(const QVariantMap& form) {
    if (!store() || busy()) return;
    QVariantMap errors;
    const auto scope = model::enumFromName<model::ConsentScope>(toStd(text(form, "scope")));
    const auto action = model::enumFromName<model::ConsentAction>(toStd(text(form, "action")));
    const auto method = model::enumFromName<model::ConsentMethod>(toStd(text(form, "method")));
    if (!scope) errors.insert(QStringLiteral("scope"), tr("Choose what the consent is for."));
    if (!action)
        errors.insert(QStringLiteral("action"),
                      tr("Choose whether consent is given or withdrawn."));
    if (!method) errors.insert(QStringLiteral("method"), tr("Choose how the client said so."));

    std::string recipientId = toStd(text(form, "recipientId"));
    std::string recipientName = toStd(text(form, "recipientName"));
    if (scope && model::scopeNeedsRecipient(*scope)) {
        if (recipientId.empty()) {
            if (recipientName.empty())
                errors.insert(QStringLiteral("recipientName"),
                              tr("Name the person at the employer this consent is about."));
            recipientId = newUuid();  // someone new: the id consent and shares know them by
        } else {
            for (const auto& c : contactChoices_) {
                const QVariantMap m = c.toMap();
                if (m.value(QStringLiteral("value")).toString() == toQt(recipientId))
                    recipientName = toStd(m.value(QStringLiteral("text")).toString());
            }
        }
    }
    const QDate date = QDate::fromString(text(form, "date"), QStringLiteral("d/M/yyyy"));
    const QTime time = QTime::fromString(text(form, "time"), QStringLiteral("H:mm"));
    if (!date.isValid())
        errors.insert(QStringLiteral("date"),
                      tr("Enter the date as dd/mm/yyyy, for example 14/03/2026."));
    if (!time.isValid())
        errors.insert(QStringLiteral("time"), tr("Enter the time as hh:mm, for example 09:30."));
    const qint64 at = QDateTime(date, time).toMSecsSinceEpoch();
    if (date.isValid() && time.isValid() && at > store()->clock().nowMs() + 60'000)
        errors.insert(QStringLiteral("date"),
                      tr("Consent cannot be recorded for a time still to come."));
    setFieldErrors(errors);
    if (!errors.isEmpty()) return;

    json event = {{"action", toStd(text(form, "action"))},
                  {"scope", toStd(text(form, "scope"))},
                  {"method", toStd(text(form, "method"))},
                  {"recordedBy", store()->profile().userId},
                  {"at", model::formatTimestamp(at)}};
    if (model::scopeNeedsRecipient(*scope)) {
        event["recipientId"] = recipientId;
        event["recipientName"] = recipientName;
    }
    if (auto parsed = model::ConsentEvent::fromJson(event); !parsed) {
        setFieldErrors(fieldErrorMap(parsed.status()));
        return;
    }
    const bool stopShares = *action == model::ConsentAction::Withdraw &&
                            *scope == model::ConsentScope::SharePlanWithEmployer;
    const std::string caseId = toStd(this->caseId());
    const model::Timestamp now = store()->clock().nowMs();
    QString message = *action == model::ConsentAction::Grant
                          ? tr("Consent recorded.")
                          : tr("Withdrawal recorded: it takes effect at once.");
    if (stopShares)
        message += tr(" Sharing the plan with %1 has stopped.").arg(toQt(recipientName));
    write(
        [caseId, event, stopShares, recipientId, now](store::Store& s) -> Status {
            return store::recordConsentEvent(s.records(), caseId, event,
                                             stopShares ? recipientId : std::string(), now);
        },
        message, tr("Consent was not recorded"), [this] { emit recorded(); });
}

void ConsentController::saveLineManager(const QVariantMap& form) {
    if (!store() || busy()) return;
    const QString contactId = text(form, "contactId");
    QString name;
    for (const auto& c : contactChoices_) {
        const QVariantMap m = c.toMap();
        if (m.value(QStringLiteral("value")).toString() == contactId)
            name = m.value(QStringLiteral("text")).toString();
    }
    QVariantMap errors;
    if (contactId.isEmpty())
        errors.insert(QStringLiteral("contactId"),
                      tr("Choose the line manager. Someone not listed needs the client's consent "
                         "recorded first, naming them."));
    const bool exists = employer_.value(QStringLiteral("exists")).toBool();
    if (!exists && text(form, "employerName").isEmpty())
        errors.insert(QStringLiteral("employer.name"), tr("Enter the employer's name."));
    setFieldErrors(errors);
    if (!errors.isEmpty()) return;
    // The rule: no details of an employer contact without consent to contact them.
    if (Status st = model::checkMayContactEmployer(consent_, toStd(contactId), toStd(name)); !st) {
        setRefusal(toQt(st.message()));
        emit failed(refusal_);
        return;
    }
    setRefusal({});
    json manager = {{"name", toStd(name)}};
    if (const QString phone = text(form, "phone"); !phone.isEmpty())
        manager["phone"] = toStd(phone);
    if (const QString email = text(form, "email"); !email.isEmpty())
        manager["email"] = toStd(email);
    json fields = {{"lineManager", manager}, {"lineManagerId", toStd(contactId)}};
    if (!exists) {
        fields["name"] = toStd(text(form, "employerName"));
        fields["size"] =
            toStd(text(form, "size").isEmpty() ? QStringLiteral("small") : text(form, "size"));
        fields["hasOccupationalHealth"] =
            form.value(QStringLiteral("hasOccupationalHealth")).toBool();
        if (auto parsed = model::Employer::fromJson(fields); !parsed) {
            setFieldErrors(fieldErrorMap(parsed.status(), QStringLiteral("employer.")));
            return;
        }
    } else {
        json whole = {{"name", "x"},
                      {"size", "small"},
                      {"hasOccupationalHealth", false},
                      {"lineManager", manager},
                      {"lineManagerId", toStd(contactId)}};
        if (auto parsed = model::Employer::fromJson(whole); !parsed) {
            setFieldErrors(fieldErrorMap(parsed.status(), QStringLiteral("employer.")));
            return;
        }
    }
    const std::string caseId = toStd(this->caseId());
    const std::string employerId = toStd(employer_.value(QStringLiteral("employerId")).toString());
    const std::string contact = toStd(contactId);
    write(
        [caseId, employerId, fields, contact](store::Store& s) -> Status {
            // Checked again here, on what the store holds now.
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            std::vector<model::ConsentEvent> events;
            for (const auto& rec : records->of("consent_event"))
                if (auto e = model::ConsentEvent::fromJson(rec.fields)) events.push_back(*e);
            if (Status st =
                    model::checkMayContactEmployer(model::currentConsent(events), contact, {});
                !st)
                return st;
            if (employerId.empty()) return s.records().create("employer", caseId, fields).status();
            return s.records().update(employerId, fields);
        },
        tr("Line manager's details saved."), tr("The details were not saved"), {},
        QStringLiteral("employer."));
}

}  // namespace rtw::app
