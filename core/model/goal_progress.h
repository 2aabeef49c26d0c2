#pragma once
// One progress entry against a goal, recorded by the patient. Append-only so
// the history of "one step forward, one step back" is kept as it happened.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "util/status.h"

namespace rtw::model {

struct GoalProgress {
    static constexpr std::string_view kType = "goal_progress";

    std::string goalId;
    Date on{};
    double amount = 0;      ///< >= 0, in the goal's unit
    bool stepBack = false;  ///< the patient chose to do less today (pacing, not failure)
    std::optional<std::string> note;

    static Result<GoalProgress> fromJson(const nlohmann::json& fields);
    bool operator==(const GoalProgress&) const = default;
};

nlohmann::json toJson(const GoalProgress& g);
Status validate(const GoalProgress& g);

}  // namespace rtw::model
