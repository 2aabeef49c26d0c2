#pragma once
// The client's job (or last job) and what they want from work, gathered at
// first assessment (workflow 2).

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

/// Weekly hours the client would like to work.
enum class HoursBand { Under16, From16To29, From30 };
template <>
struct EnumNames<HoursBand> {
    static constexpr std::string_view values[] = {"under_16", "16_to_29", "30_plus"};
};

/// What the client wants from work.
struct WorkWants {
    std::optional<HoursBand> hoursBand;
    std::optional<std::string> jobPreferences;
    bool operator==(const WorkWants&) const = default;
};

/// A job held (or last held) by the client.
struct Employment {
    static constexpr std::string_view kType = "employment";

    std::optional<std::string> employerId;  ///< id of an employer record
    std::string jobTitle;
    std::optional<std::string> tasks;
    double contractedHoursPerWeek = 0;  ///< 0..80; fractional (37.5) allowed
    std::optional<std::string> workHistory;
    std::optional<WorkWants> wants;

    static Result<Employment> fromJson(const nlohmann::json& fields);
    bool operator==(const Employment&) const = default;
};

nlohmann::json toJson(const Employment& e);
Status validate(const Employment& e);

}  // namespace rtw::model
