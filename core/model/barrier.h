#pragma once
// A barrier to work identified at assessment (workflow 2), tracked until
// resolved.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class BarrierCategory {
    Health,
    Workplace,
    FinancialBenefits,
    Debt,
    Housing,
    ConfidenceFear,
    Transport,
    Caring
};
template <>
struct EnumNames<BarrierCategory> {
    static constexpr std::string_view values[] = {"health",    "workplace", "financial_benefits",
                                                  "debt",      "housing",   "confidence_fear",
                                                  "transport", "caring"};
};

/// Something standing between the client and work.
struct Barrier {
    static constexpr std::string_view kType = "barrier";

    BarrierCategory category{};
    std::string description;
    bool resolved = false;

    static Result<Barrier> fromJson(const nlohmann::json& fields);
    bool operator==(const Barrier&) const = default;
};

nlohmann::json toJson(const Barrier& b);
Status validate(const Barrier& b);

}  // namespace rtw::model
