#include "qml/myquestionnaires/my_questionnaires_view.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>

#include "model/questionnaire_response.h"
#include "qml/components/qt_convert.h"
#include "qml/questionnaires/questionnaire_catalog.h"
#include "qml/questionnaires/questionnaires_view.h"
#include "questionnaire/score.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("MyQuestionnairesView", text);
}

QString uk(model::Date d) {
    return toQt(model::formatUkDate(d));
}

QString ukDay(model::Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("dd/MM/yyyy"));
}

}  // namespace

MyQuestionnairesView buildMyQuestionnairesView(const CaseRecords& r,
                                               const std::vector<questionnaire::Definition>& defs,
                                               model::Date today) {
    MyQuestionnairesView v;
    QList<QVariantMap> due, notDue;
    for (const auto& def : defs) {
        std::vector<model::QuestionnaireResponse> mine;
        for (const auto& rec : r.of("questionnaire_response"))
            if (auto q = model::QuestionnaireResponse::fromJson(rec.fields);
                q && q->questionnaireId == def.id)
                mine.push_back(*q);
        std::stable_sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) {
            return a.completedAt > b.completedAt;  // newest first
        });
        QStringList history;
        QString result;
        for (const auto& q : mine) {
            auto s = questionnaire::score(def, q.answers);
            if (!s) continue;  // an older version's answers: nothing sensible to say
            if (result.isEmpty()) result = toQt(questionnaire::plainLanguageResult(def, *s));
            history << ukDay(q.completedAt) + QStringLiteral(": ") +
                           scoreText(def, s->value, s->band);
        }
        const DueState state = dueStateOf(r, def, today);
        bool dueNow = false;
        QString status, tone = QStringLiteral("neutral");
        if (!state.baselineDone) {
            dueNow = true;
            status = tr("Ready for you now: your first one.");
            tone = QStringLiteral("warning");
        } else if (state.due) {
            dueNow = true;
            const auto& w = state.due->window;
            status = state.due->overdue
                         ? tr("Ready for you now (%1). It was due by %2: do it when you can.")
                               .arg(timepointText(w.timepoint.id), uk(w.target))
                         : tr("Ready for you now (%1), ideally by %2.")
                               .arg(timepointText(w.timepoint.id), uk(w.target));
            tone = QStringLiteral("warning");
        } else if (state.next) {
            status = tr("Next one from %1 (%2).")
                         .arg(uk(state.next->opens), timepointText(state.next->timepoint.id));
        } else {
            status = tr("Nothing more to do: thank you.");
            tone = QStringLiteral("good");
        }
        QVariantMap row{{"id", toQt(def.id)}, {"title", toQt(def.title)},
                        {"dueNow", dueNow},   {"statusText", status},
                        {"tone", tone},       {"resultText", result},
                        {"history", history}, {"count", int(mine.size())}};
        (dueNow ? due : notDue) << row;
    }
    v.dueCount = int(due.size());
    v.questionnaires = due + notDue;
    return v;
}

}  // namespace rtw::app
