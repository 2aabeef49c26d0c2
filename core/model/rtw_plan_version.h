#pragma once
// A frozen, agreed version of a RTW plan. Append-only: agreeing a new version
// appends another, so everyone can see what was agreed when, and employer
// shares point at a specific version.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "model/rtw_plan.h"
#include "util/status.h"

namespace rtw::model {

/// Who agreed a plan version. The patient must always be one of them:
/// taking part is voluntary.
enum class PlanParty { Patient, Adviser, Employer, Gp };
template <>
struct EnumNames<PlanParty> {
    static constexpr std::string_view values[] = {"patient", "adviser", "employer", "gp"};
};

struct RtwPlanVersion {
    static constexpr std::string_view kType = "rtw_plan_version";

    std::string planId;
    int version = 1;
    RtwPlan snapshot;  ///< the whole plan as agreed: status agreed, same version
    Date agreedOn{};
    std::vector<PlanParty> agreedBy;         ///< includes patient; no repeats
    std::vector<std::string> changeSummary;  ///< e.g. from describeChanges()

    static Result<RtwPlanVersion> fromJson(const nlohmann::json& fields);
    bool operator==(const RtwPlanVersion&) const = default;
};

nlohmann::json toJson(const RtwPlanVersion& v);
Status validate(const RtwPlanVersion& v);

}  // namespace rtw::model
