#pragma once
// A small, specific goal (workflow 6): what, how much, how often, by when,
// with optional pacing ("start at 10 minutes, add 2 every week, up to 30").

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class GoalCategory { PainManagement, Work, Activity };
enum class GoalFrequency { Daily, Weekly, TimesPerWeek };
/// Proposed: suggested by the patient in the app, not yet agreed with the
/// adviser (who makes it active, or stops it).
enum class GoalStatus { Active, Achieved, Paused, Stopped, Proposed };

template <>
struct EnumNames<GoalCategory> {
    static constexpr std::string_view values[] = {"pain_management", "work", "activity"};
};
template <>
struct EnumNames<GoalFrequency> {
    static constexpr std::string_view values[] = {"daily", "weekly", "times_per_week"};
};
template <>
struct EnumNames<GoalStatus> {
    static constexpr std::string_view values[] = {"active", "achieved", "paused", "stopped",
                                                  "proposed"};
};

/// Graded increase: start at `baseline`, add `increment` every
/// `incrementEveryDays` days, never above the cap (target, else the goal's
/// amount).
struct Pacing {
    double baseline = 0;           ///< >= 0
    double increment = 0;          ///< > 0
    int incrementEveryDays = 7;    ///< 1..60
    std::optional<double> target;  ///< >= baseline
    /// The day the baseline applies from, as agreed with the client; absent
    /// for goals set before it was recorded (then pacingStart() falls back).
    std::optional<Date> startOn;
    bool operator==(const Pacing&) const = default;
};

struct Goal {
    static constexpr std::string_view kType = "goal";

    GoalCategory category{};
    std::string what;   ///< "walk", "sit at a desk"
    double amount = 0;  ///< > 0, in `unit`
    std::string unit;   ///< "minutes", "hours", "steps"
    GoalFrequency frequency{};
    std::optional<int> timesPerWeek;  ///< 1..14, exactly when times_per_week
    std::optional<Date> byWhen;
    std::optional<Pacing> pacing;
    GoalStatus status{};

    static Result<Goal> fromJson(const nlohmann::json& fields);
    bool operator==(const Goal&) const = default;
};

nlohmann::json toJson(const Goal& g);
Status validate(const Goal& g);

/// The amount planned for `on` when pacing started on `start`:
///   baseline + increment * floor(days since start / incrementEveryDays),
/// capped at pacing.target, or at the goal's amount when there is no target.
/// Before `start` it is the baseline. Without pacing it is simply the amount.
double plannedAmountOn(const Goal& g, Date start, Date on);

/// The day pacing starts: `pacing.startOn` when recorded, else `fallback`
/// (e.g. the day the goal was set).
Date pacingStart(const Goal& g, Date fallback);

}  // namespace rtw::model
