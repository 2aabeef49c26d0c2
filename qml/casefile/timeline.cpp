#include "qml/casefile/timeline.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#include "model/dates.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("Timeline", text);
}

QString str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? toQt(it->get<std::string>()) : QString();
}

QString label(const char* kind, const json& j, const char* key) {
    return Labels::text(QString::fromLatin1(kind), str(j, key));
}

QString firstLine(const QString& text) {
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 140 ? line.left(139) + QChar(0x2026) : line;
}

struct Builder {
    QList<QVariantMap> rows;

    // A dated event (no time of day): sorts at the start of its day.
    void onDate(const QString& iso, const char* kind, const QString& title, const QString& detail) {
        auto d = model::parseIsoDate(toStd(iso));
        if (!d) return;
        const qint64 ms = qint64(std::chrono::sys_days(*d).time_since_epoch().count()) * 86'400'000;
        rows << QVariantMap{{"when", toQt(model::formatUkDate(*d))},
                            {"kind", kind},
                            {"title", title},
                            {"detail", detail},
                            {"sortKey", double(ms)}};
    }
    void at(const QString& timestamp, const char* kind, const QString& title,
            const QString& detail) {
        auto t = model::parseTimestamp(toStd(timestamp));
        if (!t) return;
        rows << QVariantMap{{"when", Format::ukDateTime(double(*t))},
                            {"kind", kind},
                            {"title", title},
                            {"detail", detail},
                            {"sortKey", double(*t)}};
    }
};

}  // namespace

QList<QVariantMap> buildTimeline(const CaseRecords& r) {
    Builder b;
    for (const auto& c : r.of("case"))
        b.onDate(str(c.fields, "openedOn"), "case", tr("Case opened"), {});
    for (const auto& ref : r.of("referral")) {
        const json& f = ref.fields;
        QString who = label("referralSource", f, "source");
        if (!str(f, "referrerName").isEmpty())
            who += QStringLiteral(" (%1)").arg(str(f, "referrerName"));
        b.onDate(str(f, "referralDate"), "referral", tr("Referral received from %1").arg(who),
                 firstLine(str(f, "reason")));
        if (str(f, "status") == QLatin1String("declined"))
            b.onDate(str(f, "referralDate"), "referral", tr("Referral declined"),
                     str(f, "declineReason"));
    }
    for (const auto& c : r.of("contact")) {
        const json& f = c.fields;
        QStringList parts{label("attendance", f, "attendance")};
        if (f.value("durationMinutes", 0) > 0)
            parts << Format::plural(f.value("durationMinutes", 0), tr("minute"), tr("minutes"));
        if (!str(f, "venue").isEmpty()) parts << str(f, "venue");
        b.at(str(f, "at"), "contact", tr("%1 contact").arg(label("contactMode", f, "mode")),
             parts.join(QStringLiteral(" · ")));
    }
    for (const auto& n : r.of("case_note")) {
        const json& f = n.fields;
        const QString kind = str(f, "kind");
        if (kind == QLatin1String("amendment"))
            b.at(str(f, "writtenAt"), "note", tr("Note amended"),
                 str(f, "reason").isEmpty() ? firstLine(str(f, "text")) : str(f, "reason"));
        else if (kind == QLatin1String("entered_in_error"))
            b.at(str(f, "writtenAt"), "note", tr("Note marked as entered in error"),
                 str(f, "reason"));
        else
            b.at(str(f, "writtenAt"), "note", tr("Note written"), firstLine(str(f, "text")));
    }
    for (const auto& e : r.of("consent_event")) {
        const json& f = e.fields;
        const QString scope = label("consentScope", f, "scope").toLower();
        const QString title = str(f, "action") == QLatin1String("grant")
                                  ? tr("Consent given %1").arg(scope)
                                  : tr("Consent withdrawn %1").arg(scope);
        b.at(str(f, "at"), "consent", title, label("consentMethod", f, "method"));
    }
    for (const auto& n : r.of("fit_note"))
        b.onDate(str(n.fields, "validFrom"), "fit_note",
                 tr("Fit note: %1").arg(label("fitNoteAssessment", n.fields, "status").toLower()),
                 tr("Until %1").arg(Format::ukDate(str(n.fields, "validTo"))));
    for (const auto& v : r.of("rtw_plan_version"))
        b.onDate(str(v.fields, "agreedOn"), "plan",
                 tr("Return-to-work plan version %1 agreed").arg(v.fields.value("version", 0)), {});
    for (const auto& q : r.of("questionnaire_response"))
        b.at(str(q.fields, "completedAt"), "questionnaire",
             tr("Questionnaire completed: %1").arg(str(q.fields, "questionnaireId").toUpper()), {});
    for (const auto& e : r.of("employer_response")) {
        const auto& f = e.fields;
        if (str(f, "kind") == QLatin1String("acknowledge"))
            b.at(str(f, "at"), "plan", tr("The employer acknowledged the shared plan"), {});
        else
            b.at(str(f, "at"), "plan", tr("The employer commented on the shared plan"),
                 str(f, "comment"));
    }
    for (const auto& d : r.of("discharge"))
        b.onDate(str(d.fields, "dischargedOn"), "discharge", tr("Discharged"),
                 label("dischargeOutcome", d.fields, "outcome"));
    std::stable_sort(b.rows.begin(), b.rows.end(), [](const QVariantMap& a, const QVariantMap& c) {
        return a.value("sortKey").toDouble() > c.value("sortKey").toDouble();
    });
    return b.rows;
}

}  // namespace rtw::app
