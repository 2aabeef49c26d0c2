#pragma once
// A fictional caseload for demos and benchmarks: realistic cases at different
// stages, entirely made up. NHS numbers are drawn from the 999 range, which
// the NHS reserves for testing and never issues to a person.

#include <cstdint>
#include <optional>
#include <string>

#include "model/dates.h"

#include "store/record_store.h"

namespace rtw::demo {

struct DemoOptions {
    int cases = 30;
    std::uint32_t seed = 1;  ///< the same seed gives the same caseload
    std::string adviserId = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";
    std::string practiceId = "P81001";
    std::string deviceId;
    /// When set, referrals fall in the weeks before this date (short waits
    /// for new referrals, months for discharged cases) and first contacts a
    /// few days after referral, as in a real caseload; else fixed 2026 dates.
    std::optional<model::Date> today;
};

/// Adds the cases (each with client, referral and, past first contact, a
/// contact and a note) in one transaction. Returns how many cases were added.
Result<int> addDemoCaseload(store::RecordStore& records, const DemoOptions& options);

/// A valid NHS number in the test range, from `rng`.
std::string testNhsNumber(std::uint32_t draw);

}  // namespace rtw::demo
