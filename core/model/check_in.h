#pragma once
// The patient's daily check-in (workflow 7), built to take under 30 seconds.
// Append-only: a second check-in on the same day is another record, and
// charts decide which to show.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class PacingDone { None, Some, All };
template <>
struct EnumNames<PacingDone> {
    static constexpr std::string_view values[] = {"none", "some", "all"};
};

struct CheckIn {
    static constexpr std::string_view kType = "check_in";

    Date on{};
    int pain = 0;          ///< 0..10
    int interference = 0;  ///< 0..10: how much pain got in the way
    int mood = 1;          ///< 1..5
    int sleepQuality = 0;  ///< 0..10
    PacingDone pacingDone{};
    double hoursWorked = 0;           ///< 0..24 in quarter hours
    std::optional<std::string> note;  ///< at most 2000 characters

    static Result<CheckIn> fromJson(const nlohmann::json& fields);
    bool operator==(const CheckIn&) const = default;
};

nlohmann::json toJson(const CheckIn& c);
Status validate(const CheckIn& c);

}  // namespace rtw::model
