#include "qml/questionnaires/questionnaires_view.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

#include "model/questionnaire_response.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/questionnaires/questionnaire_catalog.h"
#include "questionnaire/due.h"
#include "questionnaire/score.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("QuestionnairesView", text);
}

struct Stored {
    model::QuestionnaireResponse r;
    model::Date on;
};

model::Date localDate(model::Timestamp t) {
    const QDate d = QDateTime::fromMSecsSinceEpoch(t).date();
    return model::Date{std::chrono::year{d.year()}, std::chrono::month{unsigned(d.month())},
                       std::chrono::day{unsigned(d.day())}};
}

QString uk(model::Date d) {
    return toQt(model::formatUkDate(d));
}

QString number(double v, int decimals) {
    return QString::number(v, 'f', decimals);
}

std::vector<Stored> responsesOf(const CaseRecords& r, const std::string& id) {
    std::vector<Stored> out;
    for (const auto& rec : r.of("questionnaire_response"))
        if (auto q = model::QuestionnaireResponse::fromJson(rec.fields);
            q && q->questionnaireId == id)
            out.push_back({*q, localDate(q->completedAt)});
    std::stable_sort(out.begin(), out.end(), [](const Stored& a, const Stored& b) {
        return a.r.completedAt < b.r.completedAt;
    });
    return out;
}

/// The baseline's day: the first response at timepoint baseline, else the first of all.
std::optional<model::Date> baselineOf(const std::vector<Stored>& responses) {
    for (const auto& s : responses)
        if (s.r.timepoint == model::Timepoint::Baseline) return s.on;
    if (!responses.empty()) return responses.front().on;
    return std::nullopt;
}

}  // namespace

QString scoreText(const questionnaire::Definition& def, double value, const std::string& band) {
    QString out = tr("%1 (range %2 to %3)")
                      .arg(number(value, def.scoring.decimals), number(def.scoring.min, 0),
                           number(def.scoring.max, 0));
    if (!band.empty()) out += QStringLiteral(": ") + toQt(band);
    return out;
}

std::string suggestedTimepoint(const CaseRecords& r, const questionnaire::Definition& def,
                               model::Date today) {
    const auto responses = responsesOf(r, def.id);
    const auto baseline = baselineOf(responses);
    if (!baseline) return "baseline";
    std::vector<model::Date> completions;
    for (const auto& s : responses) completions.push_back(s.on);
    auto due = questionnaire::dueOn(def.schedule, *baseline, completions, today);
    if (due && *due) {
        const std::string id = (*due)->window.timepoint.id;
        if (id == "month3" || id == "month6" || id == "month12") return id;
    }
    return "other";
}

DueState dueStateOf(const CaseRecords& r, const questionnaire::Definition& def, model::Date today) {
    DueState out;
    const auto responses = responsesOf(r, def.id);
    const auto baseline = baselineOf(responses);
    if (!baseline) return out;
    out.baselineDone = true;
    std::vector<model::Date> completions;
    for (const auto& s : responses) completions.push_back(s.on);
    if (auto due = questionnaire::dueOn(def.schedule, *baseline, completions, today); due && *due) {
        out.due = **due;
        return out;
    }
    if (auto windows = questionnaire::followUpWindows(def.schedule, *baseline))
        for (const auto& w : *windows)
            if (std::chrono::sys_days(w.opens) > std::chrono::sys_days(today)) {
                out.next = w;
                break;
            }
    return out;
}

QuestionnairesView buildQuestionnairesView(const CaseRecords& r,
                                           const std::vector<questionnaire::Definition>& defs,
                                           model::Date today) {
    QuestionnairesView v;
    for (const auto& def : defs) {
        const auto responses = responsesOf(r, def.id);
        QStringList history;
        QString latest = tr("Not done yet.");
        bool alert = false;
        for (auto it = responses.rbegin(); it != responses.rend(); ++it) {
            auto s = questionnaire::score(def, it->r.answers);
            const QString when =
                uk(it->on) + QStringLiteral(" (") +
                Labels::text(QStringLiteral("timepoint"), toQt(model::enumName(it->r.timepoint))) +
                QStringLiteral(")");
            QString line;
            if (!s) {
                line = tr("%1: answers to version %2 could not be scored")
                           .arg(when)
                           .arg(it->r.questionnaireVersion);
            } else {
                line = when + QStringLiteral(": ") + scoreText(def, s->value, s->band);
                if (s->hasAlert(questionnaire::AlertKind::SelfHarm)) {
                    line += tr(". Self-harm question answered: follow up");
                    if (it == responses.rbegin()) alert = true;
                }
            }
            if (it == responses.rbegin()) latest = line;
            history << line;
        }
        QString dueText, dueTone = QStringLiteral("neutral");
        const DueState state = dueStateOf(r, def, today);
        if (!state.baselineDone) {
            dueText = tr("Baseline not done yet.");
            dueTone = QStringLiteral("warning");
        } else if (state.due) {
            const auto& w = state.due->window;
            dueText = (state.due->overdue ? tr("%1 overdue: it was due by %2.")
                                          : tr("%1 due now (target %2)."))
                          .arg(timepointText(w.timepoint.id), uk(w.target));
            dueTone = state.due->overdue ? QStringLiteral("bad") : QStringLiteral("warning");
        } else if (state.next) {
            dueText = tr("Next: %1 from %2.")
                          .arg(timepointText(state.next->timepoint.id), uk(state.next->opens));
        } else {
            dueText = tr("Nothing due now.");
        }
        v.instruments << QVariantMap{{"id", toQt(def.id)},   {"title", toQt(def.title)},
                                     {"latestText", latest}, {"dueText", dueText},
                                     {"dueTone", dueTone},   {"history", history},
                                     {"hasAlert", alert},    {"count", int(responses.size())}};
    }
    return v;
}

}  // namespace rtw::app
