#pragma once
// People, cases and one sample record per record type (and per variant the
// policy distinguishes), shared by the policy tests.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "policy/access_policy.h"

namespace rtw::policytest {

inline constexpr const char* kService = "leeds-rtw";
inline constexpr const char* kPractice = "B86001";
inline constexpr const char* kAdviser = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";
inline constexpr const char* kOtherAdviser = "1a2b3c4d-0000-4000-8000-000000000001";
inline constexpr const char* kPatient = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
inline constexpr const char* kOtherPatient = "1a2b3c4d-0000-4000-8000-000000000002";
inline constexpr const char* kEmployer = "3b241101-e2bb-4255-8caf-4136c566a962";
inline constexpr const char* kOtherEmployer = "1a2b3c4d-0000-4000-8000-000000000003";
inline constexpr const char* kReferrer = "1a2b3c4d-0000-4000-8000-000000000004";
inline constexpr const char* kOtherReferrer = "1a2b3c4d-0000-4000-8000-000000000005";
inline constexpr const char* kLead = "1a2b3c4d-0000-4000-8000-000000000006";
inline constexpr const char* kAdmin = "1a2b3c4d-0000-4000-8000-000000000007";
inline constexpr const char* kSharedVersion = "1a2b3c4d-0000-4000-8000-0000000000a1";
inline constexpr const char* kOtherVersion = "1a2b3c4d-0000-4000-8000-0000000000a2";
inline constexpr const char* kSharedGrant = "1a2b3c4d-0000-4000-8000-0000000000a3";

/// 2026-04-01T00:00:00Z; the sample grant expires 2026-06-30T23:59:59Z.
inline constexpr model::Timestamp kNow = 1'775'001'600'000;
inline constexpr model::Timestamp kExpiry = 1'782'863'999'000;

/// A sample record: `name` is the type, or "type+variant".
struct Sample {
    std::string name;
    std::string type;
    std::string id;
    nlohmann::json fields;
    /// For updates: the changed fields, when a rule depends on them (null: unknown).
    nlohmann::json changes = nullptr;
    policy::RecordRef ref() const {
        return {type, id, fields, changes.is_null() ? nullptr : &changes};
    }
};

/// Every sample, each valid for its type.
const std::vector<Sample>& samples();
const Sample& sample(std::string_view name);

/// An agreed plan with every field filled and a mix of hidden and visible parts.
nlohmann::json fullPlan();

/// The case: adviser kAdviser, practice kPractice, patient kPatient, referred
/// by kReferrer, plan version kSharedVersion shared with kEmployer until
/// kExpiry, and share_plan_with_employer consent granted for kEmployer.
policy::CaseFacts ownCase();
/// Someone else's case in the same service: every person differs.
policy::CaseFacts foreignCase();

policy::Principal principal(model::UserRole role, std::string userId,
                            std::vector<std::string> practices = {});

}  // namespace rtw::policytest
