#include "qml/intake/intake_form.h"

#include <QCoreApplication>

#include "model/client.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("IntakeForm", text);
}

QString text(const QVariantMap& form, const char* key) {
    return form.value(QLatin1String(key)).toString().trimmed();
}

/// Copies an optional text field when it is filled in.
void putText(json& j, const QVariantMap& form, const char* key) {
    if (const QString v = text(form, key); !v.isEmpty()) j[key] = toStd(v);
}

/// A date typed dd/mm/yyyy into j[key] as ISO; a message when it is not a date.
void putDate(json& j, QVariantMap& errors, const QString& errorKey, const QVariantMap& form,
             const char* key, const QString& missing) {
    const QString typed = text(form, key);
    if (typed.isEmpty()) {
        if (!missing.isEmpty()) errors.insert(errorKey, missing);
        return;
    }
    auto d = model::parseUkDate(toStd(typed));
    if (!d) {
        errors.insert(errorKey, sentence(d.status().message()));
        return;
    }
    j[key] = model::formatIsoDate(*d);
}

/// A required choice: the stored value, or a message asking for one.
void putChoice(json& j, QVariantMap& errors, const QString& errorKey, const QVariantMap& form,
               const char* key, const QString& missing) {
    const QString v = text(form, key);
    if (v.isEmpty()) {
        errors.insert(errorKey, missing);
        return;
    }
    j[key] = toStd(v);
}

std::optional<model::Date> dateOf(const QVariantMap& form, const char* key) {
    auto d = model::parseUkDate(toStd(text(form, key)));
    return d ? std::optional<model::Date>(*d) : std::nullopt;
}

}  // namespace

QVariantMap eligibilityOf(const QVariantMap& form, model::Date today) {
    model::Referral r;
    r.consentToContact = form.value(QStringLiteral("consentToContact")).toBool();
    r.referralDate = dateOf(form, "referralDate").value_or(today);
    r.unemployedSince = dateOf(form, "unemployedSince");
    const auto work = model::enumFromName<model::WorkStatus>(toStd(text(form, "workStatus")));
    r.workStatus = work.value_or(model::WorkStatus::EmployedStruggling);
    r.conditionGroup =
        model::enumFromName<model::ConditionGroup>(toStd(text(form, "conditionGroup")))
            .value_or(model::ConditionGroup::Other);
    for (const auto& site : form.value(QStringLiteral("painSites")).toStringList())
        if (auto p = model::enumFromName<model::PainSite>(toStd(site))) r.painSites.push_back(*p);
    auto result = model::checkEligibility(r);
    QStringList reasons;
    for (const auto& why : result.reasons) reasons << toQt(why);
    if (!work) {
        // Not a criterion failing, just not answered yet.
        if (result.decision == model::EligibilityDecision::Eligible)
            result.decision = model::EligibilityDecision::Pending;
        reasons << tr("The work status is not chosen yet.");
    }
    const QString decision = toQt(model::enumName(result.decision));
    return {{QStringLiteral("decision"), decision},
            {QStringLiteral("decisionText"), Labels::text(QStringLiteral("eligibility"), decision)},
            {QStringLiteral("reasons"), reasons}};
}

IntakeRecords buildIntake(const QVariantMap& form, IntakeAction action, model::Date today,
                          const std::string& adviserId, const std::string& practiceId) {
    IntakeRecords out;
    QVariantMap& errors = out.fieldErrors;

    // The client.
    json client = json::object();
    client["givenName"] = toStd(text(form, "givenName"));
    client["familyName"] = toStd(text(form, "familyName"));
    if (text(form, "givenName").isEmpty())
        errors.insert(QStringLiteral("client.givenName"), tr("Enter the client's first name."));
    if (text(form, "familyName").isEmpty())
        errors.insert(QStringLiteral("client.familyName"), tr("Enter the client's last name."));
    putDate(client, errors, QStringLiteral("client.dateOfBirth"), form, "dateOfBirth",
            tr("Enter the client's date of birth."));
    for (const char* key : {"nhsNumber", "phone", "email", "postcode", "preferredContact"})
        putText(client, form, key);
    if (auto parsed = model::Client::fromJson(client); !parsed)
        mergeFieldErrors(errors, parsed.status(), QStringLiteral("client."));
    // The age limits too, whatever else is wrong: every problem at once.
    if (client.contains("dateOfBirth")) {
        model::Client forAge;
        forAge.dateOfBirth = *model::parseIsoDate(client["dateOfBirth"].get<std::string>());
        mergeFieldErrors(errors, model::checkAge(forAge, today), QStringLiteral("client."));
    }

    // The referral.
    json ref = json::object();
    putChoice(ref, errors, QStringLiteral("referral.source"), form, "source",
              tr("Choose where the referral came from."));
    putText(ref, form, "referrerName");
    putText(ref, form, "referrerPractice");
    putDate(ref, errors, QStringLiteral("referral.referralDate"), form, "referralDate",
            tr("Enter the date of the referral."));
    ref["reason"] = toStd(text(form, "reason"));
    if (text(form, "reason").isEmpty())
        errors.insert(QStringLiteral("referral.reason"), tr("Say why the person was referred."));
    putChoice(ref, errors, QStringLiteral("referral.conditionGroup"), form, "conditionGroup",
              tr("Choose the kind of condition."));
    json sites = json::array();
    for (const auto& site : form.value(QStringLiteral("painSites")).toStringList())
        sites.push_back(toStd(site));
    ref["painSites"] = sites;
    putChoice(ref, errors, QStringLiteral("referral.workStatus"), form, "workStatus",
              tr("Choose the person's work status."));
    const QString work = text(form, "workStatus");
    if (work == QLatin1String("employed_off_sick"))
        putDate(ref, errors, QStringLiteral("referral.offSickSince"), form, "offSickSince",
                tr("Enter the date they went off sick."));
    if (work == QLatin1String("unemployed"))
        putDate(ref, errors, QStringLiteral("referral.unemployedSince"), form, "unemployedSince",
                tr("Enter the date they became unemployed."));
    putChoice(ref, errors, QStringLiteral("referral.fitNoteStatus"), form, "fitNoteStatus",
              tr("Choose the fit note status."));
    ref["consentToContact"] = form.value(QStringLiteral("consentToContact")).toBool();

    // Eligibility: the automatic check, or the adviser's decision with a reason.
    const bool overridden = form.value(QStringLiteral("override")).toBool();
    json el = {{"overridden", overridden}};
    if (overridden) {
        putChoice(el, errors, QStringLiteral("referral.eligibility.decision"), form,
                  "overrideDecision", tr("Choose your decision."));
        if (el.contains("overrideDecision")) {
            el["decision"] = el["overrideDecision"];
            el.erase("overrideDecision");
        }
        if (const QString why = text(form, "overrideReason"); !why.isEmpty())
            el["overrideReason"] = toStd(why);
        else
            errors.insert(QStringLiteral("referral.eligibility.overrideReason"),
                          tr("Say why you are overriding the check: it is kept in the record."));
    } else {
        el["decision"] =
            toStd(eligibilityOf(form, today).value(QStringLiteral("decision")).toString());
    }
    ref["eligibility"] = el;

    switch (action) {
        case IntakeAction::Accept:
            ref["status"] = "accepted";
            if (!ref["consentToContact"].get<bool>())
                errors.insert(QStringLiteral("referral.consentToContact"),
                              tr("The person has not agreed to be contacted, so the referral "
                                 "cannot be accepted. Save it or decline it."));
            else if (el.value("decision", "") != "eligible" &&
                     !errors.contains(QStringLiteral("referral.eligibility.decision")))
                errors.insert(QStringLiteral("referral.eligibility"),
                              tr("The check does not say eligible. To accept, override it and "
                                 "give a reason."));
            break;
        case IntakeAction::Save:
            ref["status"] = "received";
            break;
        case IntakeAction::Decline:
            ref["status"] = "declined";
            if (const QString why = text(form, "declineReason"); !why.isEmpty())
                ref["declineReason"] = toStd(why);
            else
                errors.insert(QStringLiteral("referral.declineReason"),
                              tr("Say why the referral is declined: the reason goes back to "
                                 "the referrer."));
            break;
    }
    if (auto parsed = model::Referral::fromJson(ref); !parsed)
        mergeFieldErrors(errors, parsed.status(), QStringLiteral("referral."));
    // Core's "status" rule (accepted needs eligible) is said beside the
    // eligibility answers, where the adviser can act on it.
    if (const auto status = errors.take(QStringLiteral("referral.status")); status.isValid())
        if (!errors.contains(QStringLiteral("referral.eligibility")) &&
            !errors.contains(QStringLiteral("referral.consentToContact")))
            errors.insert(QStringLiteral("referral.eligibility"), status);

    out.client = std::move(client);
    out.referral = std::move(ref);
    out.caseFields = {
        {"practiceId", practiceId},
        {"adviserId", adviserId},
        {"status", action == IntakeAction::Decline ? "declined" : "awaiting_first_contact"},
        {"openedOn", out.referral.value("referralDate", model::formatIsoDate(today))}};
    return out;
}

}  // namespace rtw::app
