#include "qml/discharge/discharge_view.h"

#include <QCoreApplication>

#include "model/consent_rules.h"
#include "model/discharge.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("DischargeView", text);
}

QString text(const QVariantMap& m, const char* key) {
    return m.value(QLatin1String(key)).toString().trimmed();
}

}  // namespace

DischargeView buildDischargeView(const CaseRecords& r, model::Date today) {
    DischargeView v;
    std::optional<model::Discharge> discharge;
    if (const store::Record* rec = r.latest("discharge"))
        if (auto d = model::Discharge::fromJson(rec->fields)) {
            discharge = *d;
            v.dischargeId = toQt(rec->id);
        }
    const bool agreedPlan = !r.of("rtw_plan_version").empty();
    if (discharge) {
        v.form = {
            {"dischargedOn", toQt(model::formatUkDate(discharge->dischargedOn))},
            {"outcome", toQt(model::enumName(discharge->outcome))},
            {"hasRtwPlan", discharge->interimOutcomes.hasRtwPlan},
            {"confidence", discharge->interimOutcomes.confidenceReturning
                               ? QString::number(*discharge->interimOutcomes.confidenceReturning)
                               : QString()},
            {"gpFeedbackConsent", discharge->gpFeedbackConsent},
            {"summary", toQt(discharge->summary.value_or(""))}};
    } else {
        v.form = {{"dischargedOn", toQt(model::formatUkDate(today))},
                  {"outcome", ""},
                  {"hasRtwPlan", agreedPlan},
                  {"confidence", ""},
                  {"gpFeedbackConsent", false},
                  {"summary", ""}};
    }
    std::vector<model::ConsentEvent> events;
    for (const auto& rec : r.of("consent_event"))
        if (auto e = model::ConsentEvent::fromJson(rec.fields)) events.push_back(*e);
    const auto consent = model::currentConsent(events);
    Status allowed = model::checkMayWriteGpLetter(discharge, consent);
    v.letterAllowed = allowed.isOk();
    v.letterRefusal = allowed ? QString() : toQt(allowed.message());
    v.letterContents =
        model::mayReportProgressToGp(consent)
            ? tr("The letter gives the referral, contacts, outcome, the agreed plan, "
                 "your summary, and the client's goals and questionnaire scores "
                 "(they agreed to progress going to their GP).")
            : tr("The letter gives the referral, contacts, outcome, the agreed plan "
                 "and your summary. Goals and scores are left out: no consent to "
                 "send progress to the GP is recorded.");
    if (const store::Record* ref = r.latest("referral")) {
        QStringList parts;
        for (const char* key : {"referrerName", "referrerPractice"})
            if (auto it = ref->fields.find(key); it != ref->fields.end() && it->is_string())
                parts << toQt(it->get<std::string>());
        v.recipient = parts.join(QStringLiteral(", "));
    }
    return v;
}

BuiltDischarge buildDischarge(const QVariantMap& form, model::Date today) {
    BuiltDischarge out;
    QVariantMap& errors = out.fieldErrors;
    json& f = out.fields;
    const QString on = text(form, "dischargedOn");
    if (auto d = model::parseUkDate(toStd(on)); !d)
        errors.insert(QStringLiteral("dischargedOn"),
                      on.isEmpty() ? tr("Enter the date of discharge, as dd/mm/yyyy.")
                                   : sentence(d.status().message()));
    else if (model::daysBetween(today, *d) > 0)
        errors.insert(QStringLiteral("dischargedOn"),
                      tr("Discharge cannot be dated in the future."));
    else
        f["dischargedOn"] = model::formatIsoDate(*d);
    const QString outcome = text(form, "outcome");
    if (!model::enumFromName<model::DischargeOutcome>(toStd(outcome)))
        errors.insert(QStringLiteral("outcome"), tr("Choose the outcome."));
    else
        f["outcome"] = toStd(outcome);
    json interim = {{"hasRtwPlan", form.value(QStringLiteral("hasRtwPlan")).toBool()}};
    if (const QString c = text(form, "confidence"); !c.isEmpty()) {
        bool ok = false;
        const int n = c.toInt(&ok);
        if (!ok || n < 0 || n > 10)
            errors.insert(QStringLiteral("interimOutcomes.confidenceReturning"),
                          tr("Enter a number from 0 to 10, or leave it blank if not asked."));
        else
            interim["confidenceReturning"] = n;
    }
    f["interimOutcomes"] = interim;
    f["gpFeedbackConsent"] = form.value(QStringLiteral("gpFeedbackConsent")).toBool();
    if (const QString s = text(form, "summary"); !s.isEmpty()) f["summary"] = toStd(s);
    if (errors.isEmpty())
        if (auto parsed = model::Discharge::fromJson(f); !parsed)
            mergeFieldErrors(errors, parsed.status());
    return out;
}

}  // namespace rtw::app
