#pragma once
// A referral into the service (workflow 1), and the simple eligibility check
// the adviser sees before accepting it. The adviser may override the check
// with a recorded reason; a declined referral records why, and that reason
// goes back to the referrer.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class ReferralSource { Gp, OtherClinician, Self, Employer, Jobcentre };
enum class ConditionGroup { Musculoskeletal, MentalHealth, Other };
enum class PainSite {
    Neck,
    Shoulder,
    UpperBack,
    LowerBack,
    Hip,
    Knee,
    AnkleFoot,
    Elbow,
    WristHand,
    Widespread,
    Other
};
enum class WorkStatus { EmployedOffSick, EmployedStruggling, SelfEmployed, Unemployed };
enum class FitNoteStatus { None, NotFit, MayBeFit, Unknown };
enum class EligibilityDecision { Pending, Eligible, Ineligible };
enum class ReferralStatus { Received, Accepted, Declined };

template <>
struct EnumNames<ReferralSource> {
    static constexpr std::string_view values[] = {"gp", "other_clinician", "self", "employer",
                                                  "jobcentre"};
};
template <>
struct EnumNames<ConditionGroup> {
    static constexpr std::string_view values[] = {"musculoskeletal", "mental_health", "other"};
};
template <>
struct EnumNames<PainSite> {
    static constexpr std::string_view values[] = {
        "neck",       "shoulder", "upper_back", "lower_back", "hip",  "knee",
        "ankle_foot", "elbow",    "wrist_hand", "widespread", "other"};
};
template <>
struct EnumNames<WorkStatus> {
    static constexpr std::string_view values[] = {"employed_off_sick", "employed_struggling",
                                                  "self_employed", "unemployed"};
};
template <>
struct EnumNames<FitNoteStatus> {
    static constexpr std::string_view values[] = {"none", "not_fit", "may_be_fit", "unknown"};
};
template <>
struct EnumNames<EligibilityDecision> {
    static constexpr std::string_view values[] = {"pending", "eligible", "ineligible"};
};
template <>
struct EnumNames<ReferralStatus> {
    static constexpr std::string_view values[] = {"received", "accepted", "declined"};
};

/// The recorded eligibility decision; `overridden` means the adviser chose it
/// against (or without) the automatic check, and must say why.
struct Eligibility {
    EligibilityDecision decision{};
    bool overridden = false;
    std::optional<std::string> overrideReason;
    bool operator==(const Eligibility&) const = default;
};

/// A referral from a GP, another clinician, the person themselves, an
/// employer or a Jobcentre.
struct Referral {
    static constexpr std::string_view kType = "referral";

    ReferralSource source{};
    std::optional<std::string> referrerName;
    std::optional<std::string> referrerPractice;
    Date referralDate{};
    std::string reason;
    ConditionGroup conditionGroup{};
    std::vector<PainSite> painSites;  ///< at least one for musculoskeletal; no repeats
    WorkStatus workStatus{};
    std::optional<Date> offSickSince;     ///< exactly when employed_off_sick
    std::optional<Date> unemployedSince;  ///< exactly when unemployed
    FitNoteStatus fitNoteStatus{};
    bool consentToContact = false;
    Eligibility eligibility;
    ReferralStatus status{};
    std::optional<std::string> declineReason;  ///< exactly when declined

    static Result<Referral> fromJson(const nlohmann::json& fields);
    bool operator==(const Referral&) const = default;
};

nlohmann::json toJson(const Referral& r);
Status validate(const Referral& r);

/// The automatic check's answer and, when ineligible or pending, why.
struct EligibilityResult {
    EligibilityDecision decision{};
    std::vector<std::string> reasons;  ///< plain English, one per unmet criterion
};

/// The service's simple criteria (age is checked elsewhere, from the client):
///  1. the person has agreed to be contacted;
///  2. they are in work (off sick, struggling at work, or self-employed), or
///     have been unemployed for less than 12 months (365 days) on the
///     referral date;
///  3. for a musculoskeletal condition, at least one pain site is recorded.
/// Eligible when all hold; ineligible when 1 or 2 fails; pending when only
/// information is missing (no unemployed-since date, no pain site).
EligibilityResult checkEligibility(const Referral& r);

}  // namespace rtw::model
