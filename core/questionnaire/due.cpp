#include "questionnaire/due.h"

#include <algorithm>
#include <string>

namespace rtw::questionnaire {
namespace {

using std::chrono::days;
using std::chrono::months;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr days kEarly{14};
constexpr days kOverdueAfter{15};
constexpr int kLastWindowMonths = 3;

/// Calendar months later, clamped to the end of a shorter month: 31 Jan + 1
/// month is 28 (or 29) Feb, not 3 March.
year_month_day addMonths(year_month_day date, int n) {
    year_month_day shifted = date + months{n};
    if (shifted.ok()) {
        return shifted;
    }
    return year_month_day{std::chrono::year_month_day_last{
        shifted.year(), std::chrono::month_day_last{shifted.month()}}};
}

year_month_day addDays(year_month_day date, days n) {
    return year_month_day{sys_days{date} + n};
}

std::string dateText(year_month_day d) {
    return std::to_string(static_cast<int>(d.year())) + "-" +
           std::to_string(static_cast<unsigned>(d.month())) + "-" +
           std::to_string(static_cast<unsigned>(d.day()));
}

Status badDate(const std::string& field, year_month_day d) {
    return Status::invalid({{field, dateText(d) + " is not a real date"}});
}

}  // namespace

Result<std::vector<TimepointWindow>> followUpWindows(const std::vector<Timepoint>& schedule,
                                                     year_month_day baselineCompleted) {
    if (!baselineCompleted.ok()) {
        return badDate("baselineCompleted", baselineCompleted);
    }
    std::vector<TimepointWindow> windows;
    for (const auto& tp : schedule) {
        if (tp.monthsAfterBaseline <= 0) {
            continue;
        }
        const year_month_day target = addMonths(baselineCompleted, tp.monthsAfterBaseline);
        windows.push_back({tp, target, addDays(target, -kEarly),
                           addMonths(target, kLastWindowMonths), addDays(target, kOverdueAfter)});
    }
    // A window never runs into the next one: the later timepoint wins.
    for (std::size_t i = 0; i + 1 < windows.size(); ++i) {
        const year_month_day nextOpens = windows[i + 1].opens;
        windows[i].lastDay = std::min(windows[i].lastDay, addDays(nextOpens, days{-1}));
    }
    return windows;
}

Result<std::optional<Due>> dueOn(const std::vector<Timepoint>& schedule,
                                 year_month_day baselineCompleted,
                                 const std::vector<year_month_day>& completions,
                                 year_month_day today) {
    if (!today.ok()) {
        return badDate("today", today);
    }
    for (std::size_t i = 0; i < completions.size(); ++i) {
        if (!completions[i].ok()) {
            return badDate("completions[" + std::to_string(i) + "]", completions[i]);
        }
    }
    auto windows = followUpWindows(schedule, baselineCompleted);
    if (!windows) {
        return windows.status();
    }

    for (const auto& w : *windows) {
        if (today < w.opens || today > w.lastDay) {
            continue;
        }
        const bool done =
            std::any_of(completions.begin(), completions.end(),
                        [&](year_month_day c) { return c >= w.opens && c <= w.lastDay; });
        if (done) {
            return std::optional<Due>{};
        }
        return std::optional<Due>{Due{w, today >= w.overdueFrom}};
    }
    return std::optional<Due>{};
}

}  // namespace rtw::questionnaire
