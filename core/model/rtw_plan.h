#pragma once
// The return-to-work plan (workflow 5): a phased-return schedule, adjustments,
// actions and review dates, each part marked employer-visible or not. This is
// the working copy; each agreed version is frozen as an rtw_plan_version.
// Diagnosis and case notes are never part of a plan, so an employer can at
// most see what the patient agreed to share.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/contact_person.h"
#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

class ErrorList;
class FieldReader;

enum class PlanStatus { Draft, Agreed };
enum class AdjustmentType {
    PhasedReturn,
    AlteredHours,
    AmendedDuties,
    WorkplaceAdaptations,
    RestrictedDuties,
    ErgonomicChanges,
    TravelChanges
};
enum class ActionOwner { Patient, Adviser, Employer, Gp };
enum class ActionStatus { Open, Done, Cancelled };

template <>
struct EnumNames<PlanStatus> {
    static constexpr std::string_view values[] = {"draft", "agreed"};
};
template <>
struct EnumNames<AdjustmentType> {
    static constexpr std::string_view values[] = {
        "phased_return",     "altered_hours",     "amended_duties", "workplace_adaptations",
        "restricted_duties", "ergonomic_changes", "travel_changes"};
};
template <>
struct EnumNames<ActionOwner> {
    static constexpr std::string_view values[] = {"patient", "adviser", "employer", "gp"};
};
template <>
struct EnumNames<ActionStatus> {
    static constexpr std::string_view values[] = {"open", "done", "cancelled"};
};

/// One week of the phased return. Weeks are numbered from 1 and listed in
/// strictly increasing order; a missing week means "as the week before".
struct PlanPhase {
    int week = 1;
    int days = 0;            ///< working days that week, 0..7
    double hoursPerDay = 0;  ///< 0..24; 0 when days is 0
    std::optional<std::string> notes;
    bool employerVisible = false;
    bool operator==(const PlanPhase&) const = default;
};

struct PlanAdjustment {
    AdjustmentType type{};
    std::string description;
    bool employerVisible = false;
    bool operator==(const PlanAdjustment&) const = default;
};

/// An agreed action; `id` (a UUID) lets versions be compared action by action.
struct PlanAction {
    std::string id;
    std::string description;
    ActionOwner owner{};
    std::optional<Date> dueDate;
    ActionStatus status{};
    bool employerVisible = false;
    bool operator==(const PlanAction&) const = default;
};

/// Employer visibility of the plan-level fields.
struct PlanVisibility {
    bool targetDate = false;
    bool reviewDates = false;
    bool operator==(const PlanVisibility&) const = default;
};

struct RtwPlan {
    static constexpr std::string_view kType = "rtw_plan";

    int version = 1;  ///< bumped by the app each time a new version is agreed
    PlanStatus status{};
    std::optional<Date> targetDate;
    std::vector<PlanPhase> phases;
    std::vector<PlanAdjustment> adjustments;
    std::vector<PlanAction> actions;
    std::vector<Date> reviewDates;  ///< ascending, no repeats
    PlanVisibility employerVisible;
    /// Who the employer should call about the plan; shown to the employer
    /// whenever the plan is shared, as that is its purpose.
    std::optional<ContactPerson> adviserContact;

    static Result<RtwPlan> fromJson(const nlohmann::json& fields);
    bool operator==(const RtwPlan&) const = default;
};

nlohmann::json toJson(const RtwPlan& p);
Status validate(const RtwPlan& p);

/// The plan with everything not marked employer-visible removed (phases,
/// adjustments, actions, and targetDate/reviewDates when not visible).
RtwPlan employerVisiblePart(const RtwPlan& p);

/// JSON for the employer's page: only employer-visible parts, without the
/// visibility flags themselves (which would reveal that something is hidden).
nlohmann::json employerView(const RtwPlan& p);

/// Plain-English lines saying what changed from `before` to `after`, e.g.
/// "Week 3 changed from 3 days of 4 hours to 4 days of 4 hours." Phases are
/// matched by week, actions by id, adjustments by type and description.
/// For an employer, pass employerVisiblePart() of both so nothing hidden
/// leaks through the summary.
std::vector<std::string> describeChanges(const RtwPlan& before, const RtwPlan& after);

namespace detail {
// For records that embed a plan (rtw_plan_version's snapshot).
void readRtwPlan(FieldReader& r, RtwPlan& p);
void checkRtwPlan(ErrorList& e, const std::string& path, const RtwPlan& p);
}  // namespace detail

}  // namespace rtw::model
