#include "qml/plan/plan_comments.h"

#include <QCoreApplication>

#include <algorithm>

#include "model/plan_comment.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PlanComments", text);
}

}  // namespace

QList<QVariantMap> planCommentRows(const CaseRecords& r, const std::string& readerId,
                                   CommentReader reader, const std::string& currentVersionId) {
    std::map<std::string, int> numbers;
    for (const auto& rec : r.of("rtw_plan_version"))
        if (const auto it = rec.fields.find("version");
            it != rec.fields.end() && it->is_number_integer())
            numbers[rec.id] = it->get<int>();
    struct Row {
        model::Timestamp at;
        QVariantMap map;
    };
    std::vector<Row> rows;
    for (const auto& rec : r.of("plan_comment")) {
        auto c = model::PlanComment::fromJson(rec.fields);
        if (!c) continue;  // never show half a record
        const bool mine = !readerId.empty() && c->authorId == readerId;
        const bool byPatient = c->authorRole == model::PlanCommentAuthor::Patient;
        QString who;
        if (mine)
            who = tr("You");
        else if (reader == CommentReader::Patient)
            who = byPatient ? tr("You") : tr("Your adviser");
        else
            who = byPatient ? tr("The client") : tr("The adviser");
        QString version;
        if (c->planVersionId != currentVersionId) {
            const auto n = numbers.find(c->planVersionId);
            version = n == numbers.end() ? tr("About an earlier version")
                                         : tr("About version %1").arg(n->second);
        }
        rows.push_back({c->at, QVariantMap{{"commentId", toQt(rec.id)},
                                           {"whoText", who},
                                           {"whenText", Format::ukDateTime(double(c->at))},
                                           {"versionText", version},
                                           {"text", toQt(c->text)},
                                           {"mine", mine}}});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.at < b.at; });
    QList<QVariantMap> out;
    for (auto& row : rows) out << std::move(row.map);
    return out;
}

}  // namespace rtw::app
