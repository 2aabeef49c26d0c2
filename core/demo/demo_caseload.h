#pragma once
// A fictional caseload for demos and benchmarks: realistic cases at different
// stages, entirely made up. NHS numbers are drawn from the 999 range, which
// the NHS reserves for testing and never issues to a person.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

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

/// Writes one record: (type, case id, fields) -> the new record's id. For a
/// `case` the case id is empty and the new id is the case's.
using DemoWriter = std::function<Result<std::string>(
    const std::string& type, const std::string& caseId, const nlohmann::json& fields)>;

/// The caseload through any writer (the device store, the server's push):
/// each case with client, referral and, past first contact, a contact and a
/// note. Returns how many cases were written.
Result<int> writeDemoCaseload(const DemoWriter& write, const DemoOptions& options);

/// writeDemoCaseload into a device store, in one transaction.
Result<int> addDemoCaseload(store::RecordStore& records, const DemoOptions& options);

/// A valid NHS number in the test range, from `rng`.
std::string testNhsNumber(std::uint32_t draw);

}  // namespace rtw::demo
