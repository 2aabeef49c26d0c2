#include "qml/discharge/gp_letter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

#include "model/consent_rules.h"
#include "model/contact.h"
#include "model/goal.h"
#include "model/questionnaire_response.h"
#include "model/referral.h"
#include "model/rtw_plan_version.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/documents/letterhead.h"
#include "qml/goals/goal_form.h"
#include "qml/plan/plan_view.h"
#include "qml/questionnaires/questionnaire_catalog.h"
#include "qml/questionnaires/questionnaires_view.h"
#include "questionnaire/score.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("GpLetter", text);
}

QString str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? toQt(it->get<std::string>()) : QString();
}

QString uk(model::Date d) {
    return toQt(model::formatUkDate(d));
}

QString label(const char* kind, std::string_view value) {
    return Labels::text(QString::fromLatin1(kind), toQt(value));
}

void addPlan(PdfDocument& doc, const CaseRecords& r) {
    const PlanState plan = planStateOf(r);
    doc.heading(tr("Return-to-work plan"));
    const auto* v = plan.latest();
    if (!v) {
        doc.paragraph(tr("No return-to-work plan was agreed."));
        return;
    }
    const model::RtwPlan& p = v->version.snapshot;
    doc.paragraph(tr("Version %1 of the plan was agreed on %2 by %3.")
                      .arg(v->version.version)
                      .arg(uk(v->version.agreedOn), agreedByText(v->version.agreedBy)));
    if (p.targetDate) doc.fact(tr("Target date"), uk(*p.targetDate));
    if (!p.phases.empty()) {
        QStringList weeks;
        for (const auto& ph : p.phases)
            weeks
                << tr("week %1: %2").arg(ph.week).arg(phaseText(ph.days, ph.hoursPerDay).toLower());
        doc.fact(tr("Phased return"), weeks.join(QStringLiteral("; ")));
    }
    for (const auto& a : p.adjustments)
        doc.bullet(label("adjustmentType", model::enumName(a.type)) + QStringLiteral(": ") +
                   toQt(a.description));
}

void addProgress(PdfDocument& doc, const CaseRecords& r) {
    doc.heading(tr("Progress the client agreed to share with you"));
    bool any = false;
    for (const auto& rec : r.of("goal"))
        if (auto g = model::Goal::fromJson(rec.fields)) {
            doc.bullet(tr("Goal: %1 (%2)")
                           .arg(goalSummary(*g),
                                label("goalStatus", model::enumName(g->status)).toLower()));
            any = true;
        }
    for (const auto& def : questionnaireDefinitions()) {
        std::vector<model::QuestionnaireResponse> answers;
        for (const auto& rec : r.of("questionnaire_response"))
            if (auto q = model::QuestionnaireResponse::fromJson(rec.fields);
                q && q->questionnaireId == def.id)
                answers.push_back(*q);
        if (answers.empty()) continue;
        std::stable_sort(answers.begin(), answers.end(), [](const auto& a, const auto& b) {
            return a.completedAt < b.completedAt;
        });
        auto describe = [&](const model::QuestionnaireResponse& q) {
            auto s = questionnaire::score(def, q.answers);
            const QString when = QDateTime::fromMSecsSinceEpoch(q.completedAt)
                                     .toString(QStringLiteral("dd/MM/yyyy"));
            return s ? scoreText(def, s->value, s->band) + tr(" on ") + when
                     : tr("not scored, %1").arg(when);
        };
        QString line = toQt(def.title) + QStringLiteral(": ") + describe(answers.front());
        if (answers.size() > 1) line += tr(", then ") + describe(answers.back());
        doc.bullet(line);
        any = true;
    }
    if (!any) doc.paragraph(tr("No goals or questionnaires were recorded."));
}

}  // namespace

Result<PdfDocument> gpFeedbackLetter(const CaseRecords& r, const store::DeviceProfile& adviser,
                                     model::Date today) {
    std::optional<model::Discharge> discharge;
    if (const store::Record* d = r.latest("discharge"))
        if (auto parsed = model::Discharge::fromJson(d->fields)) discharge = *parsed;
    std::vector<model::ConsentEvent> events;
    for (const auto& rec : r.of("consent_event"))
        if (auto e = model::ConsentEvent::fromJson(rec.fields)) events.push_back(*e);
    const model::ConsentState consent = model::currentConsent(events);
    if (Status st = model::checkMayWriteGpLetter(discharge, consent); !st) return st;

    const json client = r.latest("client") ? r.latest("client")->fields : json::object();
    const json referral = r.latest("referral") ? r.latest("referral")->fields : json::object();
    const QString name =
        (str(client, "givenName") + QLatin1Char(' ') + str(client, "familyName")).trimmed();

    PdfDocument doc(tr("Return-to-work support: discharge summary"));
    doc.setLetterhead(letterheadOf(adviser));
    doc.setFooterNote(tr("Confidential: clinical correspondence about %1.").arg(name));
    doc.fact(tr("Date"), uk(today));
    const QString gp = str(referral, "referrerName");
    const QString practice = str(referral, "referrerPractice");
    doc.fact(tr("To"), gp.isEmpty() && practice.isEmpty()
                           ? tr("The client's GP")
                           : QStringList{gp, practice}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(", ")));
    doc.fact(tr("Patient"), name);
    if (const QString dob = Format::ukDate(str(client, "dateOfBirth")); !dob.isEmpty())
        doc.fact(tr("Date of birth"), dob);
    if (const QString nhs = str(client, "nhsNumber"); !nhs.isEmpty())
        doc.fact(tr("NHS number"), Format::nhsNumber(nhs));

    doc.heading(tr("Referral and contact"));
    if (const QString date = Format::ukDate(str(referral, "referralDate")); !date.isEmpty())
        doc.fact(tr("Referred on"), date);
    if (const QString reason = str(referral, "reason"); !reason.isEmpty())
        doc.fact(tr("Reason for referral"), reason);
    int attended = 0, booked = 0;
    for (const auto& rec : r.of("contact"))
        if (auto c = model::Contact::fromJson(rec.fields)) {
            ++booked;
            if (c->attendance == model::Attendance::Attended) ++attended;
        }
    doc.fact(tr("Contacts"), tr("%1 attended of %2 arranged").arg(attended).arg(booked));
    doc.fact(tr("Discharged on"), uk(discharge->dischargedOn));

    doc.heading(tr("Outcome"));
    doc.fact(tr("Outcome"), label("dischargeOutcome", model::enumName(discharge->outcome)));
    doc.fact(tr("Has a return-to-work plan"),
             discharge->interimOutcomes.hasRtwPlan ? tr("Yes") : tr("No"));
    if (discharge->interimOutcomes.confidenceReturning)
        doc.fact(tr("Confidence about work"),
                 tr("%1 out of 10, as the client rates it")
                     .arg(*discharge->interimOutcomes.confidenceReturning));

    addPlan(doc, r);
    if (model::mayReportProgressToGp(consent)) addProgress(doc, r);
    if (discharge->summary) {
        doc.heading(tr("Summary"));
        doc.paragraph(toQt(*discharge->summary));
    }
    doc.spacer();
    doc.paragraph(tr("Yours sincerely,"));
    doc.paragraph(toQt(adviser.displayName) + QLatin1Char('\n') + tr("Vocational adviser"));
    return doc;
}

}  // namespace rtw::app
