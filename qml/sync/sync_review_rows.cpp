#include "qml/sync/sync_review_rows.h"

#include <QStringList>

#include "hlc/hlc.h"
#include "model/dates.h"
#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {

using nlohmann::json;

namespace {

QString scalarText(const std::string& field, const json& v) {
    if (v.is_null()) return QObject::tr("(empty)");
    if (v.is_boolean()) return v.get<bool>() ? QObject::tr("Yes") : QObject::tr("No");
    if (v.is_number_integer()) return QString::number(v.get<std::int64_t>());
    if (v.is_number()) return QString::number(v.get<double>(), 'g', 12);
    if (!v.is_string()) return toQt(v.dump());
    const std::string s = v.get<std::string>();
    if (model::parseIsoDate(s)) return Format::ukDate(toQt(s));
    if (auto t = model::parseTimestamp(s)) return Format::ukDateTime(static_cast<double>(*t));
    const QString kind = toQt(field);
    if (Labels::kinds().contains(kind)) {
        const QString words = Labels::text(kind, toQt(s));
        if (!words.isEmpty()) return words;
    }
    return toQt(s);
}

QString caseName(const CaseNames& names, const std::string& caseId) {
    auto it = names.find(caseId);
    return it == names.end() || it->second.isEmpty() ? QObject::tr("a case on this device")
                                                     : it->second;
}

}  // namespace

QString valueText(const std::string& field, const json* value) {
    if (value == nullptr) return QObject::tr("(empty)");
    if (value->is_array()) {
        if (value->empty()) return QObject::tr("(none)");
        QStringList parts;
        for (const auto& item : *value) parts << scalarText(field, item);
        return parts.join(QStringLiteral("; "));
    }
    return scalarText(field, *value);
}

QString recordTypeText(const std::string& type) {
    if (type == "rtw_plan") return QObject::tr("RTW plan");
    if (type == "rtw_plan_version") return QObject::tr("RTW plan version");
    QString words = toQt(type).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) words[0] = words[0].toUpper();
    return words;
}

QString fieldText(const std::string& field) {
    QString out;
    for (char ch : field) {
        if (ch >= 'A' && ch <= 'Z') {
            out += QLatin1Char(' ');
            out += QLatin1Char(static_cast<char>(ch - 'A' + 'a'));
        } else {
            out += QLatin1Char(ch);
        }
    }
    if (!out.isEmpty()) out[0] = out[0].toUpper();
    return out;
}

QString hlcWhere(const std::string& hlc, const std::string& ownDevice) {
    auto h = Hlc::parse(hlc);
    if (!h) return QObject::tr("on a device not recorded");
    if (h->node == ownDevice) return QObject::tr("on this device");
    return QObject::tr("on another device (%1)").arg(toQt(h->node.substr(0, 8)));
}

QString hlcWhen(const std::string& hlc) {
    auto h = Hlc::parse(hlc);
    return h ? Format::ukDateTime(static_cast<double>(h->wallMs)) : QString();
}

QList<QVariantMap> buildConflictRows(const std::vector<store::OpenConflict>& conflicts,
                                     const CaseNames& names, const std::string& ownDevice) {
    QList<QVariantMap> rows;
    for (const auto& oc : conflicts) {
        const auto& c = oc.conflict;
        const json* kept = c.winningValue ? &*c.winningValue : nullptr;
        const json* lost = c.losingValue ? &*c.losingValue : nullptr;
        QVariantMap row;
        row["conflictId"] = toQt(oc.id);
        row["caseId"] = toQt(oc.caseId);
        row["clientName"] = caseName(names, oc.caseId);
        row["recordText"] = recordTypeText(c.recordType);
        row["fieldText"] = fieldText(c.field);
        row["keptText"] =
            c.hiddenByDelete ? QObject::tr("(the record was deleted)") : valueText(c.field, kept);
        row["losingText"] = valueText(c.field, lost);
        row["losingWhen"] = hlcWhen(c.losingHlc);
        row["losingWhere"] = hlcWhere(c.losingHlc, ownDevice);
        row["keptWhen"] = c.winningHlc ? hlcWhen(*c.winningHlc) : QString();
        row["keptWhere"] = c.winningHlc ? hlcWhere(*c.winningHlc, ownDevice) : QString();
        row["hiddenByDelete"] = c.hiddenByDelete;
        row["canKeepLosing"] =
            static_cast<bool>(store::checkChoice(c, store::ConflictChoice::KeepLosing));
        rows << row;
    }
    return rows;
}

QList<QVariantMap> buildRejectedRows(const std::vector<store::RejectedChange>& changes,
                                     const CaseNames& names) {
    QList<QVariantMap> rows;
    for (const auto& r : changes) {
        QString action;
        switch (r.op) {
            case store::OpKind::Create:
                action = QObject::tr("New %1");
                break;
            case store::OpKind::Update:
                action = QObject::tr("Change to %1");
                break;
            case store::OpKind::Delete:
                action = QObject::tr("Removal of %1");
                break;
        }
        QStringList typed;
        if (r.fields.is_object() && r.op != store::OpKind::Delete)
            for (const auto& [key, value] : r.fields.items())
                typed << fieldText(key) + QStringLiteral(": ") + valueText(key, &value);
        QStringList problems;
        for (const auto& e : r.fieldErrors)
            if (e.is_object())
                problems << fieldText(e.value("field", "")) + QStringLiteral(": ") +
                                toQt(e.value("message", ""));
        QVariantMap row;
        row["opId"] = toQt(r.opId);
        row["caseId"] = toQt(r.caseId);
        row["clientName"] = caseName(names, r.caseId);
        row["whatText"] = action.arg(recordTypeText(r.recordType).toLower());
        row["typedText"] = typed.join(QLatin1Char('\n'));
        row["why"] = sentence(r.message);
        row["problems"] = problems.join(QLatin1Char('\n'));
        row["when"] = Format::ukDateTime(static_cast<double>(r.rejectedMs));
        rows << row;
    }
    return rows;
}

}  // namespace rtw::app
