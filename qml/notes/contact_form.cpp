#include "qml/notes/contact_form.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

#include "model/case_action.h"
#include "model/case_note.h"
#include "model/contact.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("ContactForm", text);
}

QString text(const QVariantMap& m, const char* key) {
    return m.value(QLatin1String(key)).toString().trimmed();
}

}  // namespace

QVariantMap contactFormDefaults(MillisSinceEpoch now) {
    QDateTime t = QDateTime::fromMSecsSinceEpoch(now);
    const QTime time = t.time();
    const QTime rounded(time.hour(), time.minute() / 15 * 15);
    return {{"date", t.date().toString(QStringLiteral("dd/MM/yyyy"))},
            {"time", rounded.toString(QStringLiteral("HH:mm"))},
            {"mode", "face_to_face"},
            {"venue", ""},
            {"duration", "30"},
            {"attendance", "attended"},
            {"participants", QVariantList{}},
            {"noteText", ""},
            {"shared", false},
            {"actions", QVariantList{}}};
}

ContactRecords buildContact(const QVariantMap& form) {
    ContactRecords out;
    QVariantMap& errors = out.fieldErrors;

    // When, in local time as the adviser typed it, stored as UTC.
    const QDate date = QDate::fromString(text(form, "date"), QStringLiteral("d/M/yyyy"));
    const QTime time = QTime::fromString(text(form, "time"), QStringLiteral("H:mm"));
    if (!date.isValid())
        errors.insert(QStringLiteral("contact.date"),
                      tr("Enter the date as dd/mm/yyyy, for example 14/03/2026."));
    if (!time.isValid())
        errors.insert(QStringLiteral("contact.time"),
                      tr("Enter the time as hh:mm, for example 09:30."));
    const qint64 at = QDateTime(date, time).toMSecsSinceEpoch();

    const QString attendance = text(form, "attendance");
    out.attended = attendance == QLatin1String("attended");
    bool durationOk = false;
    int duration = text(form, "duration").toInt(&durationOk);
    if (!out.attended) {
        duration = 0;  // time with the client: none when they were not seen
        durationOk = true;
    } else if (!durationOk) {
        errors.insert(QStringLiteral("contact.durationMinutes"),
                      tr("Enter how long the contact took, in minutes."));
    }
    json participants = json::array();
    const QVariantList people = form.value(QStringLiteral("participants")).toList();
    for (const auto& p : people) {
        const QVariantMap m = p.toMap();
        participants.push_back(
            {{"name", toStd(text(m, "name"))}, {"role", toStd(text(m, "role"))}});
    }
    out.contact = {{"at", date.isValid() && time.isValid() ? model::formatTimestamp(at)
                                                           : "2000-01-01T00:00:00.000Z"},
                   {"mode", toStd(text(form, "mode"))},
                   {"durationMinutes", duration},
                   {"attendance", toStd(attendance)},
                   {"participants", participants}};
    if (const QString venue = text(form, "venue"); !venue.isEmpty())
        out.contact["venue"] = toStd(venue);
    if (auto c = model::Contact::fromJson(out.contact); !c) {
        QVariantMap core = fieldErrorMap(c.status(), QStringLiteral("contact."));
        core.remove(QStringLiteral("contact.at"));  // said above, as typed
        if (!durationOk) core.remove(QStringLiteral("contact.durationMinutes"));
        for (auto it = core.begin(); it != core.end(); ++it)
            if (!errors.contains(it.key())) errors.insert(it.key(), it.value());
    }

    // The note: required when the client was seen ("not documented, not done").
    const QString note = form.value(QStringLiteral("noteText")).toString().trimmed();
    if (!note.isEmpty()) {
        out.note = {{"kind", "note"},
                    {"text", toStd(note)},
                    {"sharedWithPatient", form.value(QStringLiteral("shared")).toBool()}};
    } else if (out.attended) {
        errors.insert(QStringLiteral("note.text"),
                      tr("Write a note about the contact: what was discussed and agreed."));
    }

    // Agreed actions; a row left completely empty is ignored.
    const QVariantList actions = form.value(QStringLiteral("actions")).toList();
    for (int i = 0; i < actions.size(); ++i) {
        const QVariantMap a = actions[i].toMap();
        const QString prefix = QStringLiteral("actions[%1].").arg(i);
        if (text(a, "description").isEmpty() && text(a, "dueDate").isEmpty()) continue;
        json action = {{"description", toStd(text(a, "description"))},
                       {"owner", toStd(text(a, "owner").isEmpty() ? QStringLiteral("adviser")
                                                                  : text(a, "owner"))},
                       {"status", "open"}};
        if (text(a, "description").isEmpty())
            errors.insert(prefix + QStringLiteral("description"), tr("Say what will be done."));
        if (const QString due = text(a, "dueDate"); !due.isEmpty()) {
            if (auto d = model::parseUkDate(toStd(due)))
                action["dueDate"] = model::formatIsoDate(*d);
            else
                errors.insert(prefix + QStringLiteral("dueDate"), sentence(d.status().message()));
        }
        if (auto parsed = model::CaseAction::fromJson(action); !parsed)
            mergeFieldErrors(errors, parsed.status(), prefix);
        out.actions.push_back(std::move(action));
    }
    return out;
}

}  // namespace rtw::app
