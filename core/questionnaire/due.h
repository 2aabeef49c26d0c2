#pragma once
// Which follow-up questionnaire is due on a given day. Pure: "today" is an
// argument, never read from the system clock, so tests and the server (which
// works out due lists for a whole caseload) get the same answer.
//
// The rule (also in docs/questionnaires.md):
//  - A follow-up "monthN" has a target date N calendar months after the
//    baseline was completed (31 Jan + 1 month -> 28/29 Feb).
//  - It becomes due 14 days before the target, so it can be done at a review
//    appointment a little early, and stays due — a late answer is worth more
//    than a missing one — until the next timepoint becomes due or 3 months
//    after its target, whichever is first (a "month 6" answer given in month
//    11 would describe month 11, not month 6).
//  - It is overdue from 15 days after the target (outside the ideal +-2 weeks).
//  - A completion inside a timepoint's window counts for that timepoint; other
//    completions (extra ones, the baseline itself) are ignored.

#include <chrono>
#include <optional>
#include <vector>

#include "questionnaire/definition.h"
#include "util/status.h"

namespace rtw::questionnaire {

/// When one follow-up can be answered. All dates inclusive.
struct TimepointWindow {
    Timepoint timepoint;
    std::chrono::year_month_day target;
    std::chrono::year_month_day opens;    ///< target - 14 days
    std::chrono::year_month_day lastDay;  ///< day before the next opens, at most target + 3 months
    std::chrono::year_month_day overdueFrom;  ///< target + 15 days
    bool operator==(const TimepointWindow&) const = default;
};

/// A follow-up that is due and not yet done.
struct Due {
    TimepointWindow window;
    bool overdue = false;
    bool operator==(const Due&) const = default;
};

/// The windows of every follow-up in `schedule` (baseline has none: it is
/// done before anything is due). InvalidArgument if the date is not a real day.
Result<std::vector<TimepointWindow>> followUpWindows(const std::vector<Timepoint>& schedule,
                                                     std::chrono::year_month_day baselineCompleted);

/// The follow-up due on `today`, or nothing (before the first window, between
/// completing one and the next opening, or after the schedule ends).
/// `completions` are the dates of follow-up completions; the baseline may be
/// among them. InvalidArgument, naming the argument, for a date that is not a
/// real day.
Result<std::optional<Due>> dueOn(const std::vector<Timepoint>& schedule,
                                 std::chrono::year_month_day baselineCompleted,
                                 const std::vector<std::chrono::year_month_day>& completions,
                                 std::chrono::year_month_day today);

}  // namespace rtw::questionnaire
