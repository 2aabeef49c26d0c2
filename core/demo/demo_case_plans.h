#pragma once
// The phase-2 parts of the fictional case files, for demos and screenshots:
// employer consent and the line manager's id, RTW plans with agreed
// versions (and for some, changes not yet agreed), shares, goals with
// pacing and the client's progress, daily check-ins, questionnaires, and
// GP consent. Entirely made up, like the caseload it decorates.

#include "demo/demo_caseload.h"

namespace rtw::demo {

/// Adds plans, goals and the rest to the cases in `records` (after
/// addDemoCaseload and addDemoCaseDetails with the same options;
/// `options.today` must be set), in one transaction. Deterministic for a
/// seed apart from record ids. Returns how many records were written.
Result<int> addDemoCasePlans(store::RecordStore& records, const DemoOptions& options);

}  // namespace rtw::demo
