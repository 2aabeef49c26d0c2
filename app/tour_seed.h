#pragma once
// Fictional sync review items for the self-test and screenshot tour: a demo
// store has never synced, so without these the conflicts and refused-changes
// pages would only ever be photographed empty.

#include <string>

#include "store/store.h"
#include "util/status.h"

namespace rtw::app {

/// Adds, to the first client on the store, one open conflict (a phone number
/// typed on another device that lost) and one change the server refused (an
/// email address), both as sync would have written them.
Status seedSyncReview(store::Store& s);

/// Adds to `caseId` what the patient's pages show after a sync: a comment
/// from the client and the adviser's answer on the latest plan version, and
/// one view of the plan by the employer contact it is shared with (an audit
/// event, as the server writes it). NotFound when the case has no agreed
/// plan version.
Status seedPatientPages(store::Store& s, const std::string& caseId);

/// Turns the demo store into a patient's: the demo case with the most daily
/// check-ins (and a goal) gets a patient account (`patientUserId`), and the
/// device profile becomes that patient's (role "patient"), with the first-run
/// explanation not yet read. Returns the case id. For the tour's patient pages.
Result<std::string> seedPatientProfile(store::Store& s);

/// The patient's user id seedPatientProfile uses (fictional).
inline constexpr const char* kTourPatientId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

}  // namespace rtw::app
