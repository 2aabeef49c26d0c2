// What other people see of a RTW plan: the employer's view and the
// "what changed since the last version" summary. Kept apart from reading and
// validation because these are the parts with privacy consequences.

#include <algorithm>
#include <map>
#include <utility>

#include "model/json_fields.h"
#include "model/rtw_plan.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

// "amended_duties" -> "amended duties" for sentences.
template <typename E>
std::string words(E value) {
    std::string s(enumName(value));
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

std::string plural(double n, const char* one, const char* many) {
    return formatNumber(n) + " " + (n == 1.0 ? one : many);
}

std::string phaseText(const PlanPhase& p) {
    if (p.days == 0) return "no working days";
    return plural(p.days, "day", "days") + " of " + plural(p.hoursPerDay, "hour", "hours");
}

std::string shown(bool nowVisible) {
    return nowVisible ? "is now shown to the employer." : "is no longer shown to the employer.";
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

/// `s` as the end of a sentence: a full stop added unless the adviser's own
/// text already ends one (no "bus..").
std::string endSentence(const std::string& s) {
    const bool ended = !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
    return ended ? s : s + ".";
}

std::string dateOrNone(const std::optional<Date>& d) {
    return d ? formatUkDate(*d) : std::string("none");
}

void describePhases(const RtwPlan& a, const RtwPlan& b, std::vector<std::string>& out) {
    std::map<int, const PlanPhase*> before, after;
    for (const auto& p : a.phases) before[p.week] = &p;
    for (const auto& p : b.phases) after[p.week] = &p;
    for (const auto& [week, p] : before) {
        if (!after.count(week)) out.push_back("Week " + std::to_string(week) + " removed.");
    }
    for (const auto& [week, p] : after) {
        const auto label = "Week " + std::to_string(week);
        const auto it = before.find(week);
        if (it == before.end()) {
            out.push_back(label + " added: " + phaseText(*p) + ".");
            continue;
        }
        const PlanPhase& old = *it->second;
        if (old.days != p->days || old.hoursPerDay != p->hoursPerDay) {
            out.push_back(label + " changed from " + phaseText(old) + " to " + phaseText(*p) + ".");
        }
        if (old.notes != p->notes) out.push_back(label + " notes changed.");
        if (old.employerVisible != p->employerVisible) {
            out.push_back(label + " " + shown(p->employerVisible));
        }
    }
}

void describeAdjustments(const RtwPlan& a, const RtwPlan& b, std::vector<std::string>& out) {
    using Key = std::pair<AdjustmentType, std::string>;
    std::map<Key, bool> before, after;  // -> employerVisible
    for (const auto& x : a.adjustments) before[{x.type, x.description}] = x.employerVisible;
    for (const auto& x : b.adjustments) after[{x.type, x.description}] = x.employerVisible;
    auto label = [](const Key& k) { return words(k.first) + ": " + k.second; };
    for (const auto& [k, visible] : before) {
        if (!after.count(k)) out.push_back("Adjustment removed: " + endSentence(label(k)));
    }
    for (const auto& [k, visible] : after) {
        const auto it = before.find(k);
        if (it == before.end()) {
            out.push_back("Adjustment added: " + endSentence(label(k)));
        } else if (it->second != visible) {
            out.push_back("Adjustment " + quoted(label(k)) + " " + shown(visible));
        }
    }
}

void describeAction(const PlanAction& old, const PlanAction& now, std::vector<std::string>& out) {
    const auto label = "Action " + quoted(now.description);
    if (old.description != now.description) {
        out.push_back("Action " + quoted(old.description) + " reworded to " +
                      quoted(now.description) + ".");
    }
    if (old.owner != now.owner) {
        out.push_back(label + " is now for the " + words(now.owner) + " (was the " +
                      words(old.owner) + ").");
    }
    if (old.dueDate != now.dueDate) {
        out.push_back(label + " due date changed from " + dateOrNone(old.dueDate) + " to " +
                      dateOrNone(now.dueDate) + ".");
    }
    if (old.status != now.status) {
        out.push_back(label + (now.status == ActionStatus::Open
                                   ? " reopened."
                                   : " marked " + words(now.status) + "."));
    }
    if (old.employerVisible != now.employerVisible) {
        out.push_back(label + " " + shown(now.employerVisible));
    }
}

void describeActions(const RtwPlan& a, const RtwPlan& b, std::vector<std::string>& out) {
    std::map<std::string, const PlanAction*> before;
    for (const auto& x : a.actions) before[x.id] = &x;
    for (const auto& x : a.actions) {
        const bool kept = std::any_of(b.actions.begin(), b.actions.end(),
                                      [&](const PlanAction& y) { return y.id == x.id; });
        if (!kept) out.push_back("Action removed: " + quoted(x.description) + ".");
    }
    for (const auto& x : b.actions) {
        const auto it = before.find(x.id);
        if (it == before.end()) {
            std::string line =
                "Action added: " + quoted(x.description) + " for the " + words(x.owner);
            if (x.dueDate) line += ", due " + formatUkDate(*x.dueDate);
            out.push_back(line + ".");
        } else {
            describeAction(*it->second, x, out);
        }
    }
}

void describeReviewDates(const RtwPlan& a, const RtwPlan& b, std::vector<std::string>& out) {
    auto has = [](const std::vector<Date>& v, Date d) {
        return std::find(v.begin(), v.end(), d) != v.end();
    };
    for (const auto& d : a.reviewDates) {
        if (!has(b.reviewDates, d)) out.push_back("Review on " + formatUkDate(d) + " removed.");
    }
    for (const auto& d : b.reviewDates) {
        if (!has(a.reviewDates, d)) out.push_back("Review added on " + formatUkDate(d) + ".");
    }
}

}  // namespace

RtwPlan employerVisiblePart(const RtwPlan& p) {
    RtwPlan out = p;
    if (!p.employerVisible.targetDate) out.targetDate.reset();
    if (!p.employerVisible.reviewDates) out.reviewDates.clear();
    std::erase_if(out.phases, [](const PlanPhase& x) { return !x.employerVisible; });
    std::erase_if(out.adjustments, [](const PlanAdjustment& x) { return !x.employerVisible; });
    std::erase_if(out.actions, [](const PlanAction& x) { return !x.employerVisible; });
    // Everything left is visible. Setting the flags says so, and keeps
    // describeChanges() on two employer parts from reporting "no longer shown
    // to the employer", which would tell the employer something is hidden.
    out.employerVisible.targetDate = true;
    out.employerVisible.reviewDates = true;
    return out;
}

nlohmann::json employerView(const RtwPlan& plan) {
    const RtwPlan p = employerVisiblePart(plan);
    auto phases = nlohmann::json::array();
    for (const auto& x : p.phases) {
        nlohmann::json j = {{"week", x.week}, {"days", x.days}, {"hoursPerDay", x.hoursPerDay}};
        putOptional(j, "notes", x.notes);
        phases.push_back(std::move(j));
    }
    auto adjustments = nlohmann::json::array();
    for (const auto& x : p.adjustments) {
        adjustments.push_back({{"type", enumJson(x.type)}, {"description", x.description}});
    }
    auto actions = nlohmann::json::array();
    for (const auto& x : p.actions) {
        nlohmann::json j = {{"description", x.description},
                            {"owner", enumJson(x.owner)},
                            {"status", enumJson(x.status)}};
        putOptional(j, "dueDate", x.dueDate);
        actions.push_back(std::move(j));
    }
    nlohmann::json j = {{"version", p.version},
                        {"status", enumJson(p.status)},
                        {"phases", phases},
                        {"adjustments", adjustments},
                        {"actions", actions}};
    putOptional(j, "targetDate", p.targetDate);
    if (plan.employerVisible.reviewDates) j["reviewDates"] = datesJson(p.reviewDates);
    if (p.adviserContact) j["adviserContact"] = toJson(*p.adviserContact);
    return j;
}

std::vector<std::string> describeChanges(const RtwPlan& a, const RtwPlan& b) {
    std::vector<std::string> out;
    if (a.status != b.status) {
        out.push_back("Plan status changed from " + words(a.status) + " to " + words(b.status) +
                      ".");
    }
    if (a.targetDate != b.targetDate) {
        if (!a.targetDate) {
            out.push_back("Target date set to " + formatUkDate(*b.targetDate) + ".");
        } else if (!b.targetDate) {
            out.push_back("Target date removed.");
        } else {
            out.push_back("Target date changed from " + formatUkDate(*a.targetDate) + " to " +
                          formatUkDate(*b.targetDate) + ".");
        }
    }
    if (a.employerVisible.targetDate != b.employerVisible.targetDate) {
        out.push_back("Target date " + shown(b.employerVisible.targetDate));
    }
    describePhases(a, b, out);
    describeAdjustments(a, b, out);
    describeActions(a, b, out);
    describeReviewDates(a, b, out);
    if (a.employerVisible.reviewDates != b.employerVisible.reviewDates) {
        out.push_back("Review dates " + std::string(b.employerVisible.reviewDates
                                                        ? "are now shown to the employer."
                                                        : "are no longer shown to the employer."));
    }
    if (a.adviserContact != b.adviserContact) {
        out.push_back(!b.adviserContact ? "Adviser contact removed."
                      : !a.adviserContact
                          ? "Adviser contact added: " + b.adviserContact->name + "."
                          : "Adviser contact changed to " + b.adviserContact->name + ".");
    }
    return out;
}

}  // namespace rtw::model
