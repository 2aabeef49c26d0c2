#include "qml/notes/notes_view.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

#include "model/dates.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/notes/note_threads.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("Notes", text);
}

QString str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? toQt(it->get<std::string>()) : QString();
}

QString when(std::int64_t ms) {
    return Format::ukDateTime(double(ms));
}

void addThread(QVariantMap& row, const NoteThread& t, const std::string& me) {
    const NoteVersion& cur = t.current();
    row["noteId"] = toQt(t.original.id);
    row["text"] = toQt(cur.text);
    row["amended"] = &cur != &t.original;
    if (&cur != &t.original)
        row["amendedText"] =
            tr("Amended %1 by %2%3")
                .arg(when(cur.writtenAt), authorName(cur.authorId, me),
                     cur.reason.empty() ? QString() : QStringLiteral(": ") + toQt(cur.reason));
    row["enteredInError"] = t.enteredInError();
    if (t.enteredInError())
        row["errorText"] =
            tr("Entered in error (%1, %2): %3")
                .arg(when(t.original.errorAt), authorName(t.original.errorAuthorId, me),
                     toQt(t.original.errorReason));
    row["author"] =
        tr("Written %1 by %2").arg(when(t.original.writtenAt), authorName(t.original.authorId, me));
    row["versions"] = int(1 + t.amendments.size());
    row["shared"] = t.sharedWithPatient;
}

}  // namespace

QString authorName(const std::string& authorId, const std::string& myUserId) {
    return !myUserId.empty() && authorId == myUserId ? tr("you") : tr("another adviser");
}

QList<QVariantMap> buildNoteRows(const CaseRecords& records, const std::string& me) {
    const auto threads = buildThreads(records.of("case_note"));
    std::map<std::string, const NoteThread*> byContact;
    for (const auto& t : threads)
        if (t.contactId && !byContact.count(*t.contactId)) byContact[*t.contactId] = &t;

    std::vector<std::pair<double, QVariantMap>> rows;
    for (const auto& c : records.of("contact")) {
        const json& f = c.fields;
        auto at = model::parseTimestamp(str(f, "at").toStdString());
        QVariantMap row{{"rowKind", "contact"}, {"when", at ? when(*at) : QString()}};
        QString title = Labels::text(QStringLiteral("contactMode"), str(f, "mode"));
        if (f.value("durationMinutes", 0) > 0)
            title += QStringLiteral(" · ") +
                     Format::plural(f.value("durationMinutes", 0), tr("minute"), tr("minutes"));
        row["contactTitle"] = title;
        QStringList detail{Labels::text(QStringLiteral("attendance"), str(f, "attendance"))};
        if (!str(f, "venue").isEmpty()) detail << str(f, "venue");
        QStringList people;
        for (const auto& p : f.value("participants", json::array()))
            people << QStringLiteral("%1 (%2)").arg(str(p, "name"), str(p, "role"));
        if (!people.isEmpty()) detail << tr("with %1").arg(people.join(QStringLiteral(", ")));
        row["contactDetail"] = detail.join(QStringLiteral(" · "));
        row["attendanceTone"] = str(f, "attendance") == QLatin1String("attended")
                                    ? QStringLiteral("good")
                                    : QStringLiteral("warning");
        if (auto t = byContact.find(c.id); t != byContact.end()) addThread(row, *t->second, me);
        rows.emplace_back(at ? double(*at) : 0.0, row);
    }
    for (const auto& t : threads) {
        if (t.contactId && byContact.count(*t.contactId) && byContact[*t.contactId] == &t) {
            // Shown under its contact, unless that contact is not on this device.
            const auto& contacts = records.of("contact");
            if (std::any_of(contacts.begin(), contacts.end(),
                            [&](const auto& c) { return c.id == *t.contactId; }))
                continue;
        }
        QVariantMap row{{"rowKind", "note"}, {"when", when(t.original.writtenAt)}};
        addThread(row, t, me);
        rows.emplace_back(double(t.original.writtenAt), row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QVariantMap> out;
    for (auto& [key, row] : rows) out << row;
    return out;
}

QList<QVariantMap> buildHistoryRows(const CaseRecords& records, const std::string& noteId,
                                    const std::string& me, QString* currentText,
                                    bool* enteredInError) {
    QList<QVariantMap> out;
    for (const auto& t : buildThreads(records.of("case_note"))) {
        if (t.original.id != noteId) continue;
        const NoteVersion& cur = t.current();
        auto add = [&](const NoteVersion& v, const QString& kindText) {
            QVariantMap row{
                {"versionId", toQt(v.id)},   {"kindText", kindText},
                {"text", toQt(v.text)},      {"reason", toQt(v.reason)},
                {"when", when(v.writtenAt)}, {"author", authorName(v.authorId, me)},
                {"inError", v.inError},      {"isCurrent", &v == &cur && !t.enteredInError()}};
            if (v.inError)
                row["errorText"] =
                    tr("Marked entered in error %1 by %2: %3")
                        .arg(when(v.errorAt), authorName(v.errorAuthorId, me), toQt(v.errorReason));
            out << row;
        };
        add(t.original, tr("Original note"));
        int n = 0;
        for (const auto& a : t.amendments) add(a, tr("Amendment %1").arg(++n));
        if (currentText) *currentText = toQt(cur.text);
        if (enteredInError) *enteredInError = t.enteredInError();
    }
    return out;
}

}  // namespace rtw::app
