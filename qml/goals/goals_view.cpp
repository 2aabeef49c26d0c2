#include "qml/goals/goals_view.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <map>

#include "hlc/hlc.h"
#include "model/check_in.h"
#include "model/goal.h"
#include "model/goal_progress.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/goals/goal_form.h"

namespace rtw::app {
namespace {

constexpr int kWindowDays = 56;  // eight weeks of history on a chart

QString tr(const char* text) {
    return QCoreApplication::translate("GoalsView", text);
}

model::Date addDays(model::Date d, int days) {
    return model::Date{std::chrono::sys_days(d) + std::chrono::days{days}};
}

/// Noon local time on `d`: a chart point that no DST change moves to another day.
double msOf(model::Date d) {
    const QDate day(int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())));
    return double(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QString uk(model::Date d) {
    return toQt(model::formatUkDate(d));
}

QString number(double v) {
    return QString::number(v, 'g', 6);
}

QVariantMap point(model::Date d, double y) {
    return {{"x", msOf(d)}, {"y", y}};
}

double average(const std::vector<int>& v) {
    double sum = 0;
    for (int x : v) sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

ChartData goalChart(const model::Goal& g, model::Date start,
                    const std::vector<model::GoalProgress>& entries, model::Date today) {
    ChartData c;
    model::Date from = addDays(today, -kWindowDays);
    model::Date first = start;
    for (const auto& e : entries)
        if (std::chrono::sys_days(e.on) < std::chrono::sys_days(first)) first = e.on;
    if (std::chrono::sys_days(first) > std::chrono::sys_days(from)) from = first;
    const model::Date to = addDays(today, 14);  // what is coming next
    QVariantList planned, done, stepBack;
    double previous = -1;
    for (model::Date d = from; std::chrono::sys_days(d) <= std::chrono::sys_days(to);
         d = addDays(d, 1)) {
        const double p = model::plannedAmountOn(g, start, d);
        if (previous >= 0 && p != previous) planned << point(d, previous);  // a step, not a slope
        planned << point(d, p);
        previous = p;
        c.yMax = std::max(c.yMax, p);
    }
    int lastWeek = 0, atPlan = 0, backs = 0;
    std::vector<const model::GoalProgress*> sorted;
    for (const auto& e : entries) sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return std::chrono::sys_days(a->on) > std::chrono::sys_days(b->on);
    });
    for (const auto* e : sorted) {
        const double p = model::plannedAmountOn(g, start, e->on);
        const int age = model::daysBetween(e->on, today);
        if (age >= 0 && age < kWindowDays + 1 &&
            std::chrono::sys_days(e->on) >= std::chrono::sys_days(from))
            (e->stepBack ? stepBack : done) << point(e->on, e->amount);
        c.yMax = std::max(c.yMax, e->amount);
        if (age >= 0 && age < 7) {
            ++lastWeek;
            if (e->amount >= p) ++atPlan;
            if (e->stepBack) ++backs;
        }
        if (c.rows.size() < 14) {
            QString row =
                tr("%1: %2 (plan %3)").arg(uk(e->on), amountText(e->amount, g.unit), number(p));
            if (e->stepBack) row += tr(", a step back by choice");
            if (e->note) row += QStringLiteral(". \"") + toQt(*e->note) + QLatin1Char('"');
            c.rows << row;
        }
    }
    c.series = {{"planned", planned}, {"done", done}, {"stepBack", stepBack}};
    c.xMin = msOf(from);
    c.xMax = msOf(to);
    c.yMax = std::ceil(c.yMax * 1.15);
    c.summary = entries.empty()
                    ? tr("No progress recorded yet. Planned today: %1.")
                          .arg(amountText(model::plannedAmountOn(g, start, today), g.unit))
                    : tr("Last 7 days: %1, %2 at or above the plan, %3. Planned today: %4.")
                          .arg(lastWeek == 1 ? tr("1 entry") : tr("%1 entries").arg(lastWeek))
                          .arg(atPlan)
                          .arg(backs == 1 ? tr("1 step back") : tr("%1 steps back").arg(backs))
                          .arg(amountText(model::plannedAmountOn(g, start, today), g.unit));
    return c;
}

ChartData checkInChart(const CaseRecords& r, model::Date today) {
    ChartData c;
    std::map<int, model::CheckIn> byDay;  // days before today -> latest check-in that day
    for (const auto& rec : r.of("check_in"))
        if (auto ci = model::CheckIn::fromJson(rec.fields)) {
            const int age = model::daysBetween(ci->on, today);
            if (age >= 0 && age <= kWindowDays) byDay[age] = *ci;  // later records win
        }
    QVariantList pain, interference;
    std::vector<int> painWeek, painBefore, inWayWeek;
    for (auto it = byDay.rbegin(); it != byDay.rend(); ++it) {
        pain << point(it->second.on, it->second.pain);
        interference << point(it->second.on, it->second.interference);
    }
    for (const auto& [age, ci] : byDay) {
        if (age < 7) {
            painWeek.push_back(ci.pain);
            inWayWeek.push_back(ci.interference);
        } else if (age < 14) {
            painBefore.push_back(ci.pain);
        }
        if (c.rows.size() < 14)
            c.rows << tr("%1: pain %2, got in the way %3, mood %4 of 5, sleep %5, worked %6 hours, "
                         "pacing: %7")
                          .arg(uk(ci.on))
                          .arg(ci.pain)
                          .arg(ci.interference)
                          .arg(ci.mood)
                          .arg(ci.sleepQuality)
                          .arg(number(ci.hoursWorked))
                          .arg(ci.pacingDone == model::PacingDone::All    ? tr("all")
                               : ci.pacingDone == model::PacingDone::Some ? tr("some")
                                                                          : tr("none"));
    }
    c.series = {{"pain", pain}, {"interference", interference}};
    c.xMin = msOf(addDays(today, -kWindowDays));
    c.xMax = msOf(today);
    c.yMax = 10;
    if (byDay.empty()) {
        c.summary = tr("No check-ins in the last 8 weeks.");
    } else if (painWeek.empty()) {
        c.summary = tr("No check-ins in the last 7 days.");
    } else {
        c.summary = tr("Last 7 days: pain averaged %1 out of 10, and got in the way %2 out of 10.")
                        .arg(QString::number(average(painWeek), 'f', 1),
                             QString::number(average(inWayWeek), 'f', 1));
        if (!painBefore.empty())
            c.summary += tr(" The 7 days before: pain %1.")
                             .arg(QString::number(average(painBefore), 'f', 1));
    }
    return c;
}

}  // namespace

model::Date pacingStartOf(const store::Record& rec, model::Date fallback) {
    auto goal = model::Goal::fromJson(rec.fields);
    if (goal && goal->pacing && goal->pacing->startOn) return *goal->pacing->startOn;
    if (rec.fieldHlcs.is_object())
        if (auto it = rec.fieldHlcs.find("pacing"); it != rec.fieldHlcs.end() && it->is_string())
            if (auto h = Hlc::parse(it->get<std::string>())) {
                const QDate d = QDateTime::fromMSecsSinceEpoch(h->wallMs).date();
                return model::Date{std::chrono::year{d.year()},
                                   std::chrono::month{unsigned(d.month())},
                                   std::chrono::day{unsigned(d.day())}};
            }
    return fallback;
}

GoalsView buildGoalsView(const CaseRecords& r, model::Date today) {
    GoalsView v;
    std::map<std::string, std::vector<model::GoalProgress>> progress;
    for (const auto& rec : r.of("goal_progress"))
        if (auto p = model::GoalProgress::fromJson(rec.fields)) progress[p->goalId].push_back(*p);
    for (const auto& rec : r.of("goal")) {
        auto g = model::Goal::fromJson(rec.fields);
        if (!g) continue;
        const model::Date start = pacingStartOf(rec, today);
        const auto& entries = progress[rec.id];
        QString latest = tr("No progress recorded yet.");
        if (!entries.empty()) {
            const auto last =
                std::max_element(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
                    return std::chrono::sys_days(a.on) < std::chrono::sys_days(b.on);
                });
            latest =
                tr("Last recorded %1: %2").arg(uk(last->on), amountText(last->amount, g->unit));
        }
        double doneToday = 0;
        bool loggedToday = false;
        for (const auto& e : entries)
            if (e.on == today) {
                doneToday += e.amount;
                loggedToday = true;
            }
        QVariantMap form = goalToForm(*g);
        form["startOn"] = uk(start);
        v.goals << QVariantMap{
            {"goalId", toQt(rec.id)},
            {"what", toQt(g->what)},
            {"summary", goalSummary(*g)},
            {"categoryText",
             Labels::text(QStringLiteral("goalCategory"), toQt(model::enumName(g->category)))},
            {"status", toQt(model::enumName(g->status))},
            {"statusText",
             Labels::text(QStringLiteral("goalStatus"), toQt(model::enumName(g->status)))},
            {"plannedToday",
             g->pacing ? tr("Planned today: %1")
                             .arg(amountText(model::plannedAmountOn(*g, start, today), g->unit))
                       : QString()},
            {"schedule", pacingSchedule(*g, start)},
            {"progressText", latest},
            {"plannedAmount", model::plannedAmountOn(*g, start, today)},
            {"unit", toQt(g->unit)},
            {"doneToday", doneToday},
            {"loggedToday", loggedToday},
            {"form", form}};
        v.progress.insert(toQt(rec.id), goalChart(*g, start, entries, today));
    }
    v.checkIns = checkInChart(r, today);
    return v;
}

}  // namespace rtw::app
