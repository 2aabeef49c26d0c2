#pragma once
// An employer contact's answer to a plan shared with them, given on the
// employer's web page (the server writes it; devices only read it): an
// acknowledgement that they have read the plan, or a comment on it. Reaches
// the adviser and the patient at their next sync. Append-only.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class EmployerResponseKind { Acknowledge, Comment };
template <>
struct EnumNames<EmployerResponseKind> {
    static constexpr std::string_view values[] = {"acknowledge", "comment"};
};

struct EmployerResponse {
    static constexpr std::string_view kType = "employer_response";

    EmployerResponseKind kind{};
    std::string shareGrantId;            ///< the share_grant the link was for
    std::string planVersionId;           ///< the rtw_plan_version shown
    std::string employerContactId;       ///< user id of the employer contact
    std::optional<std::string> comment;  ///< required for a comment, absent otherwise
    Timestamp at = 0;

    static Result<EmployerResponse> fromJson(const nlohmann::json& fields);
    bool operator==(const EmployerResponse&) const = default;
};

nlohmann::json toJson(const EmployerResponse& r);
Status validate(const EmployerResponse& r);

}  // namespace rtw::model
