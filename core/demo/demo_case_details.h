#pragma once
// The rest of a fictional case file, for demos and screenshots: employment
// and employer, barriers, fit notes, consent, agreed actions, a missed
// appointment, a corrected note and one entered in error, and discharges.
// Entirely made up, like the caseload it decorates.

#include "demo/demo_caseload.h"

namespace rtw::demo {

/// Adds details to every case already in `records` (from addDemoCaseload
/// with the same options; `options.today` must be set), in one transaction.
/// Returns how many records were added.
Result<int> addDemoCaseDetails(store::RecordStore& records, const DemoOptions& options);

}  // namespace rtw::demo
