#pragma once
// A comment on an agreed RTW plan version, by the patient or their adviser
// (the brief: the patient reads the plan and comments on it). Append-only:
// a comment is a conversation line, corrected by writing another. Syncs to
// both; never employer-visible.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

/// Who wrote a plan comment, as shown beside it.
enum class PlanCommentAuthor { Patient, Adviser };
template <>
struct EnumNames<PlanCommentAuthor> {
    static constexpr std::string_view values[] = {"patient", "adviser"};
};

struct PlanComment {
    static constexpr std::string_view kType = "plan_comment";

    std::string planVersionId;  ///< the rtw_plan_version commented on
    std::string text;           ///< 1 to 2 000 characters, not blank
    std::string authorId;       ///< user id of the writer (the policy checks it is them)
    PlanCommentAuthor authorRole{};
    Timestamp at = 0;

    static Result<PlanComment> fromJson(const nlohmann::json& fields);
    bool operator==(const PlanComment&) const = default;
};

nlohmann::json toJson(const PlanComment& c);
Status validate(const PlanComment& c);

}  // namespace rtw::model
