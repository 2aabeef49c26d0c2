#pragma once
// An action agreed with the client, usually at a contact (workflow 3): what
// will be done, by whom and by when. Open actions are the case's "next
// actions": the caseload sorts by the earliest due one, and a case with an
// open action due today or earlier is "review due".
//
// Distinct from the actions inside an RTW plan, which are agreed with the
// employer and versioned with the plan; these are the adviser's working list.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/rtw_plan.h"
#include "util/status.h"

namespace rtw::model {

/// One agreed action on a case. Mutable: it is ticked off or cancelled.
struct CaseAction {
    static constexpr std::string_view kType = "case_action";

    std::string description;
    ActionOwner owner{};
    std::optional<Date> dueDate;
    ActionStatus status{};
    std::optional<std::string> contactId;  ///< the contact where it was agreed

    static Result<CaseAction> fromJson(const nlohmann::json& fields);
    bool operator==(const CaseAction&) const = default;
};

nlohmann::json toJson(const CaseAction& a);
Status validate(const CaseAction& a);

}  // namespace rtw::model
