#include "qml/discharge/gp_letter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

#include "model/goal.h"
#include "model/gp_feedback.h"
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
    // What the letter says is core's (shared with the referrer's page on the
    // server); how it looks is the PDF's.
    std::vector<json> contacts, consents;
    for (const auto& rec : r.of("contact")) contacts.push_back(rec.fields);
    for (const auto& rec : r.of("consent_event")) consents.push_back(rec.fields);
    std::optional<json> discharge;
    if (const store::Record* d = r.latest("discharge")) discharge = d->fields;
    const json client = r.latest("client") ? r.latest("client")->fields : json::object();
    const json referral = r.latest("referral") ? r.latest("referral")->fields : json::object();
    auto composed = model::composeGpFeedback(client, referral, contacts, discharge, consents);
    if (!composed) return composed.status();
    const model::GpFeedback& f = *composed;
    const QString name = toQt(f.patientName);

    PdfDocument doc(tr("Return-to-work support: discharge summary"));
    doc.setLetterhead(letterheadOf(adviser));
    doc.setFooterNote(tr("Confidential: clinical correspondence about %1.").arg(name));
    doc.fact(tr("Date"), uk(today));
    const QString gp = toQt(f.referrerName);
    const QString practice = toQt(f.referrerPractice);
    doc.fact(tr("To"), gp.isEmpty() && practice.isEmpty()
                           ? tr("The client's GP")
                           : QStringList{gp, practice}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(", ")));
    doc.fact(tr("Patient"), name);
    if (f.dateOfBirth) doc.fact(tr("Date of birth"), uk(*f.dateOfBirth));
    if (!f.nhsNumber.empty()) doc.fact(tr("NHS number"), Format::nhsNumber(toQt(f.nhsNumber)));

    doc.heading(tr("Referral and contact"));
    if (f.referredOn) doc.fact(tr("Referred on"), uk(*f.referredOn));
    if (!f.reason.empty()) doc.fact(tr("Reason for referral"), toQt(f.reason));
    doc.fact(tr("Contacts"),
             tr("%1 attended of %2 arranged").arg(f.contactsAttended).arg(f.contactsArranged));
    const model::Discharge& d = f.discharge;
    doc.fact(tr("Discharged on"), uk(d.dischargedOn));

    doc.heading(tr("Outcome"));
    doc.fact(tr("Outcome"), label("dischargeOutcome", model::enumName(d.outcome)));
    doc.fact(tr("Has a return-to-work plan"), d.interimOutcomes.hasRtwPlan ? tr("Yes") : tr("No"));
    if (d.interimOutcomes.confidenceReturning)
        doc.fact(
            tr("Confidence about work"),
            tr("%1 out of 10, as the client rates it").arg(*d.interimOutcomes.confidenceReturning));

    addPlan(doc, r);
    if (f.mayReportProgress) addProgress(doc, r);
    if (d.summary) {
        doc.heading(tr("Summary"));
        doc.paragraph(toQt(*d.summary));
    }
    doc.spacer();
    doc.paragraph(tr("Yours sincerely,"));
    doc.paragraph(toQt(adviser.displayName) + QLatin1Char('\n') + tr("Vocational adviser"));
    return doc;
}

}  // namespace rtw::app
