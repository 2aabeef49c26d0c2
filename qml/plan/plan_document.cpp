#include "qml/plan/plan_document.h"

#include <QCoreApplication>

#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PlanDocument", text);
}

QString yesNo(bool shared) {
    return shared ? tr("Yes") : tr("No");
}

QString enumLabel(const char* kind, std::string_view value) {
    return Labels::text(QString::fromLatin1(kind), toQt(value));
}

QString number(double v) {
    return QString::number(v, 'g', 6);
}

void header(PdfDocument& doc, const PlanDocumentInfo& info) {
    doc.setLetterhead(info.letterhead);
    doc.setFooterNote(tr("Confidential: this plan holds personal information. Keep it safe."));
    doc.fact(tr("For"), info.clientName);
    if (!info.dateOfBirth.isEmpty()) doc.fact(tr("Date of birth"), info.dateOfBirth);
    doc.fact(tr("Plan"), info.versionText);
    if (!info.adviserName.isEmpty()) doc.fact(tr("Adviser"), info.adviserName);
    doc.fact(tr("Printed on"), info.printedOn);
}

QString dateOrDash(const std::optional<model::Date>& d) {
    return d ? toQt(model::formatUkDate(*d)) : QStringLiteral("–");
}

}  // namespace

PdfDocument planForClient(const model::RtwPlan& plan, const PlanDocumentInfo& info) {
    PdfDocument doc(tr("Return-to-work plan"));
    header(doc, info);
    if (info.draft)
        doc.notice(tr("Draft: this plan has not been agreed yet. It may still change."));

    doc.heading(tr("Target date"));
    if (plan.targetDate)
        doc.paragraph(tr("Back at work as agreed by %1. Shared with your employer: %2.")
                          .arg(toQt(model::formatUkDate(*plan.targetDate)),
                               yesNo(plan.employerVisible.targetDate)));
    else
        doc.paragraph(tr("No target date is set."));

    doc.heading(tr("Phased return, week by week"));
    if (plan.phases.empty()) {
        doc.paragraph(tr("No phased return is planned."));
    } else {
        QList<QStringList> rows;
        for (const auto& p : plan.phases)
            rows << QStringList{tr("Week %1").arg(p.week), QString::number(p.days),
                                p.days ? number(p.hoursPerDay) : QStringLiteral("–"),
                                p.notes ? toQt(*p.notes) : QString(), yesNo(p.employerVisible)};
        doc.table(
            {tr("Week"), tr("Days"), tr("Hours a day"), tr("Notes"), tr("Shared with employer")},
            rows, {1.1, 0.8, 1.1, 3.2, 1.3});
        doc.paragraph(tr("A week not listed is the same as the week before it."));
    }

    doc.heading(tr("Adjustments"));
    if (plan.adjustments.empty()) {
        doc.paragraph(tr("No adjustments are agreed."));
    } else {
        QList<QStringList> rows;
        for (const auto& a : plan.adjustments)
            rows << QStringList{enumLabel("adjustmentType", model::enumName(a.type)),
                                toQt(a.description), yesNo(a.employerVisible)};
        doc.table({tr("Kind"), tr("What"), tr("Shared with employer")}, rows, {1.6, 4.0, 1.3});
    }

    doc.heading(tr("Actions"));
    if (plan.actions.empty()) {
        doc.paragraph(tr("No actions are agreed."));
    } else {
        QList<QStringList> rows;
        for (const auto& a : plan.actions)
            rows << QStringList{
                toQt(a.description), enumLabel("actionOwner", model::enumName(a.owner)),
                dateOrDash(a.dueDate), enumLabel("actionStatus", model::enumName(a.status)),
                yesNo(a.employerVisible)};
        doc.table({tr("What"), tr("Who"), tr("By"), tr("Status"), tr("Shared with employer")}, rows,
                  {3.2, 1.1, 1.3, 1.1, 1.3});
    }

    doc.heading(tr("Reviews"));
    if (plan.reviewDates.empty()) {
        doc.paragraph(tr("No review dates are set."));
    } else {
        for (const auto& d : plan.reviewDates) doc.bullet(toQt(model::formatUkDate(d)));
        doc.paragraph(
            tr("Shared with your employer: %1.").arg(yesNo(plan.employerVisible.reviewDates)));
    }

    if (plan.adviserContact) {
        doc.heading(tr("Who to contact about this plan"));
        doc.fact(tr("Name"), toQt(plan.adviserContact->name));
        if (plan.adviserContact->phone) doc.fact(tr("Phone"), toQt(*plan.adviserContact->phone));
        if (plan.adviserContact->email) doc.fact(tr("Email"), toQt(*plan.adviserContact->email));
    }

    doc.heading(tr("What your employer can see"));
    doc.paragraph(
        tr("Your employer sees only the parts marked \"Yes\" above, and only once you agree to "
           "share the plan with a named person there. You can stop sharing at any time. Your "
           "employer never sees your diagnosis or your adviser's notes."));
    return doc;
}

PdfDocument planForEmployer(const nlohmann::json& view, const PlanDocumentInfo& info,
                            const QString& sharedWith) {
    const QVariantMap p = employerPreview(view);
    PdfDocument doc(tr("Return-to-work plan: employer's copy"));
    header(doc, info);
    doc.fact(tr("Shared with"), sharedWith);
    doc.notice(tr("This copy holds only what %1 agreed to share with you.").arg(info.clientName));

    if (const QString target = p.value(QStringLiteral("targetDate")).toString();
        !target.isEmpty()) {
        doc.heading(tr("Target date"));
        doc.paragraph(tr("Back at work as agreed by %1.").arg(target));
    }
    const QVariantList phases = p.value(QStringLiteral("phases")).toList();
    if (!phases.isEmpty()) {
        doc.heading(tr("Phased return, week by week"));
        QList<QStringList> rows;
        for (const auto& v : phases) {
            const QVariantMap r = v.toMap();
            rows << QStringList{tr("Week %1").arg(r.value(QStringLiteral("week")).toInt()),
                                r.value(QStringLiteral("text")).toString(),
                                r.value(QStringLiteral("notes")).toString()};
        }
        doc.table({tr("Week"), tr("Working"), tr("Notes")}, rows, {1.0, 2.2, 3.6});
    }
    const QVariantList adjustments = p.value(QStringLiteral("adjustments")).toList();
    if (!adjustments.isEmpty()) {
        doc.heading(tr("Adjustments"));
        QList<QStringList> rows;
        for (const auto& v : adjustments) {
            const QVariantMap r = v.toMap();
            rows << QStringList{r.value(QStringLiteral("typeText")).toString(),
                                r.value(QStringLiteral("description")).toString()};
        }
        doc.table({tr("Kind"), tr("What")}, rows, {1.6, 4.4});
    }
    const QVariantList actions = p.value(QStringLiteral("actions")).toList();
    if (!actions.isEmpty()) {
        doc.heading(tr("Actions"));
        QList<QStringList> rows;
        for (const auto& v : actions) {
            const QVariantMap r = v.toMap();
            const QString due = r.value(QStringLiteral("dueText")).toString();
            rows << QStringList{r.value(QStringLiteral("description")).toString(),
                                r.value(QStringLiteral("ownerText")).toString(),
                                due.isEmpty() ? QStringLiteral("–") : due,
                                r.value(QStringLiteral("statusText")).toString()};
        }
        doc.table({tr("What"), tr("Who"), tr("By"), tr("Status")}, rows, {3.4, 1.2, 1.3, 1.1});
    }
    const QStringList reviews = p.value(QStringLiteral("reviewDates")).toStringList();
    if (!reviews.isEmpty()) {
        doc.heading(tr("Reviews"));
        for (const QString& d : reviews) doc.bullet(d);
    }
    if (const QString contact = p.value(QStringLiteral("adviserContact")).toString();
        !contact.isEmpty()) {
        doc.heading(tr("Who to contact about this plan"));
        doc.paragraph(contact);
    }
    return doc;
}

}  // namespace rtw::app
