#include "qml/goals/goal_form.h"

#include <QCoreApplication>

#include <cmath>

#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("GoalForm", text);
}

QString text(const QVariantMap& m, const char* key) {
    return m.value(QLatin1String(key)).toString().trimmed();
}

QString number(double v) {
    return QString::number(v, 'g', 8);
}

std::optional<double> readNumber(const QVariantMap& form, const char* key, QVariantMap& errors,
                                 const QString& path, const QString& message, bool required) {
    const QString typed = text(form, key);
    if (typed.isEmpty()) {
        if (required) errors.insert(path, message);
        return std::nullopt;
    }
    bool ok = false;
    const double v = QString(typed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        errors.insert(path, message);
        return std::nullopt;
    }
    return v;
}

model::Date addDays(model::Date d, int days) {
    return model::Date{std::chrono::sys_days(d) + std::chrono::days{days}};
}

}  // namespace

QString amountText(double amount, const std::string& unit) {
    return number(amount) + QLatin1Char(' ') + toQt(unit);
}

QVariantMap newGoalForm(model::Date today) {
    return {{"category", "activity"}, {"what", ""},
            {"amount", ""},           {"unit", tr("minutes")},
            {"frequency", "daily"},   {"timesPerWeek", ""},
            {"byWhen", ""},           {"status", "active"},
            {"pacing", false},        {"baseline", ""},
            {"increment", ""},        {"incrementEveryDays", "7"},
            {"target", ""},           {"startOn", toQt(model::formatUkDate(today))}};
}

QVariantMap goalToForm(const model::Goal& g) {
    QVariantMap f = newGoalForm(model::Date{});
    f["category"] = toQt(model::enumName(g.category));
    f["what"] = toQt(g.what);
    f["amount"] = number(g.amount);
    f["unit"] = toQt(g.unit);
    f["frequency"] = toQt(model::enumName(g.frequency));
    f["timesPerWeek"] = g.timesPerWeek ? QString::number(*g.timesPerWeek) : QString();
    f["byWhen"] = g.byWhen ? toQt(model::formatUkDate(*g.byWhen)) : QString();
    f["status"] = toQt(model::enumName(g.status));
    f["pacing"] = g.pacing.has_value();
    f["startOn"] = QString();
    if (g.pacing) {
        f["baseline"] = number(g.pacing->baseline);
        f["increment"] = number(g.pacing->increment);
        f["incrementEveryDays"] = QString::number(g.pacing->incrementEveryDays);
        f["target"] = g.pacing->target ? number(*g.pacing->target) : QString();
        f["startOn"] =
            g.pacing->startOn ? toQt(model::formatUkDate(*g.pacing->startOn)) : QString();
    }
    return f;
}

BuiltGoal buildGoal(const QVariantMap& form) {
    BuiltGoal out;
    model::Goal& g = out.goal;
    QVariantMap& errors = out.fieldErrors;
    g.category = model::enumFromName<model::GoalCategory>(toStd(text(form, "category")))
                     .value_or(model::GoalCategory::Activity);
    g.status = model::enumFromName<model::GoalStatus>(toStd(text(form, "status")))
                   .value_or(model::GoalStatus::Active);
    g.what = toStd(text(form, "what"));
    if (g.what.empty())
        errors.insert(QStringLiteral("what"),
                      tr("Say what the goal is, e.g. \"walk\" or \"sit at a desk\"."));
    g.unit = toStd(text(form, "unit"));
    if (g.unit.empty())
        errors.insert(QStringLiteral("unit"), tr("Say what it is measured in, e.g. minutes."));
    if (auto a = readNumber(form, "amount", errors, QStringLiteral("amount"),
                            tr("Enter how much, as a number, e.g. 30."), true))
        g.amount = *a;
    else
        g.amount = 1;  // stands in while the message is shown
    if (auto f = model::enumFromName<model::GoalFrequency>(toStd(text(form, "frequency"))))
        g.frequency = *f;
    else
        errors.insert(QStringLiteral("frequency"), tr("Choose how often."));
    if (g.frequency == model::GoalFrequency::TimesPerWeek) {
        bool ok = false;
        const int n = text(form, "timesPerWeek").toInt(&ok);
        if (!ok)
            errors.insert(QStringLiteral("timesPerWeek"),
                          tr("Enter how many times a week, 1 to 14."));
        else
            g.timesPerWeek = n;
    }
    if (const QString by = text(form, "byWhen"); !by.isEmpty()) {
        if (auto d = model::parseUkDate(toStd(by)))
            g.byWhen = *d;
        else
            errors.insert(QStringLiteral("byWhen"), sentence(d.status().message()));
    }
    if (form.value(QStringLiteral("pacing")).toBool()) {
        model::Pacing p;
        const QString numberMessage = tr("Enter a number, e.g. 10.");
        if (auto v = readNumber(form, "baseline", errors, QStringLiteral("pacing.baseline"),
                                tr("Enter where to start, e.g. 10."), true))
            p.baseline = *v;
        if (auto v = readNumber(form, "increment", errors, QStringLiteral("pacing.increment"),
                                tr("Enter how much to add each time, e.g. 2."), true))
            p.increment = *v;
        else
            p.increment = 1;
        bool ok = false;
        p.incrementEveryDays = text(form, "incrementEveryDays").toInt(&ok);
        if (!ok) {
            errors.insert(QStringLiteral("pacing.incrementEveryDays"),
                          tr("Enter every how many days to add it, 1 to 60 (7 is once a week)."));
            p.incrementEveryDays = 7;
        }
        p.target = readNumber(form, "target", errors, QStringLiteral("pacing.target"),
                              numberMessage, false);
        if (const QString start = text(form, "startOn"); !start.isEmpty()) {
            if (auto d = model::parseUkDate(toStd(start)))
                p.startOn = *d;
            else
                errors.insert(QStringLiteral("pacing.startOn"), sentence(d.status().message()));
        } else {
            errors.insert(QStringLiteral("pacing.startOn"), tr("Enter the day pacing starts."));
        }
        g.pacing = p;
    }
    if (auto parsed = model::Goal::fromJson(model::toJson(g)); !parsed)
        mergeFieldErrors(errors, parsed.status());
    return out;
}

QString goalSummary(const model::Goal& g) {
    QString out = toQt(g.what) + QLatin1Char(' ') + amountText(g.amount, g.unit);
    switch (g.frequency) {
        case model::GoalFrequency::Daily:
            out += tr(" every day");
            break;
        case model::GoalFrequency::Weekly:
            out += tr(" a week");
            break;
        case model::GoalFrequency::TimesPerWeek:
            out += tr(", %1 times a week").arg(g.timesPerWeek.value_or(1));
            break;
    }
    if (g.byWhen) out += tr(", by %1").arg(toQt(model::formatUkDate(*g.byWhen)));
    return out;
}

QStringList pacingSchedule(const model::Goal& g, model::Date start, int maxSteps) {
    QStringList out;
    if (!g.pacing) return out;
    const model::Pacing& p = *g.pacing;
    const double cap = std::max(p.target.value_or(g.amount), p.baseline);
    model::Date day = start;
    double previous = -1;
    for (int step = 0; step < 1000; ++step, day = addDays(day, p.incrementEveryDays)) {
        const double planned = model::plannedAmountOn(g, start, day);
        if (planned == previous) break;  // reached the cap
        previous = planned;
        if (out.size() == maxSteps) {
            out << tr("Then %1 more every %2, up to %3.")
                       .arg(number(p.increment),
                            p.incrementEveryDays == 7 ? tr("week")
                                                      : tr("%1 days").arg(p.incrementEveryDays),
                            amountText(cap, g.unit));
            break;
        }
        out << tr("From %1: %2%3")
                   .arg(toQt(model::formatUkDate(day)), amountText(planned, g.unit),
                        planned >= cap ? tr(" (the most, from then on)") : QString());
        if (planned >= cap) break;
    }
    return out;
}

}  // namespace rtw::app
