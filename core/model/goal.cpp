#include "model/goal.h"

#include <algorithm>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void readPacing(FieldReader& r, Pacing& p) {
    r.number("baseline", p.baseline);
    r.number("increment", p.increment);
    r.integer("incrementEveryDays", p.incrementEveryDays);
    r.number("target", p.target);
    r.date("startOn", p.startOn);
}

void read(FieldReader& r, Goal& x) {
    r.choice("category", x.category);
    r.text("what", x.what);
    r.number("amount", x.amount);
    r.text("unit", x.unit);
    r.choice("frequency", x.frequency);
    r.integer("timesPerWeek", x.timesPerWeek);
    r.date("byWhen", x.byWhen);
    r.object("pacing", x.pacing, readPacing);
    r.choice("status", x.status);
}

constexpr double kMaxAmount = 1e9;  // guards against typos, not a real limit

void checkPacing(ErrorList& e, const Pacing& p, double amount) {
    checkRange(e, "pacing.baseline", p.baseline, 0.0, kMaxAmount);
    if (!(p.increment > 0) || p.increment > kMaxAmount) {
        e.add("pacing.increment", "must be more than 0");
    }
    checkRange(e, "pacing.incrementEveryDays", p.incrementEveryDays, 1, 60);
    checkDate(e, "pacing.startOn", p.startOn);
    if (p.target) {
        if (!(*p.target >= p.baseline) || *p.target > kMaxAmount) {
            e.addCross("pacing.target",
                       "must be at least the baseline (" + formatNumber(p.baseline) + ")",
                       {"pacing.baseline"});
        }
    } else if (p.baseline > amount) {
        e.addCross("pacing.baseline",
                   "must not be more than the goal amount when pacing has no target", {"amount"});
    }
}

void check(ErrorList& e, const Goal& x) {
    checkText(e, "what", x.what, kTitleLength);
    if (!(x.amount > 0) || x.amount > kMaxAmount) e.add("amount", "must be more than 0");
    checkText(e, "unit", x.unit, 50);
    if (x.frequency == GoalFrequency::TimesPerWeek) {
        if (!x.timesPerWeek) {
            e.addCross("timesPerWeek", "is required when the frequency is times_per_week",
                       {"frequency"});
        } else {
            checkRange(e, "timesPerWeek", *x.timesPerWeek, 1, 14);
        }
    } else if (x.timesPerWeek) {
        e.addCross("timesPerWeek", "must be left out unless the frequency is times_per_week",
                   {"frequency"});
    }
    checkDate(e, "byWhen", x.byWhen);
    if (x.pacing) checkPacing(e, *x.pacing, x.amount);
}

}  // namespace

Result<Goal> Goal::fromJson(const nlohmann::json& fields) {
    return parseRecord<Goal>(fields, read, check);
}

nlohmann::json toJson(const Goal& x) {
    nlohmann::json j = {{"category", enumJson(x.category)},
                        {"what", x.what},
                        {"amount", x.amount},
                        {"unit", x.unit},
                        {"frequency", enumJson(x.frequency)},
                        {"status", enumJson(x.status)}};
    putOptional(j, "timesPerWeek", x.timesPerWeek);
    putOptional(j, "byWhen", x.byWhen);
    if (x.pacing) {
        nlohmann::json p = {{"baseline", x.pacing->baseline},
                            {"increment", x.pacing->increment},
                            {"incrementEveryDays", x.pacing->incrementEveryDays}};
        putOptional(p, "target", x.pacing->target);
        putOptional(p, "startOn", x.pacing->startOn);
        j["pacing"] = p;
    }
    return j;
}

Status validate(const Goal& x) {
    return validateWith(x, check);
}

double plannedAmountOn(const Goal& g, Date start, Date on) {
    if (!g.pacing) return g.amount;
    const Pacing& p = *g.pacing;
    const int days = daysBetween(start, on);
    if (days <= 0 || p.incrementEveryDays < 1) return p.baseline;
    const int steps = days / p.incrementEveryDays;
    const double cap = p.target ? *p.target : g.amount;
    return std::min(p.baseline + p.increment * steps, std::max(cap, p.baseline));
}

Date pacingStart(const Goal& g, Date fallback) {
    return g.pacing && g.pacing->startOn ? *g.pacing->startOn : fallback;
}

}  // namespace rtw::model
