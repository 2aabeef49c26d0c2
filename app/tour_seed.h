#pragma once
// Fictional sync review items for the self-test and screenshot tour: a demo
// store has never synced, so without these the conflicts and refused-changes
// pages would only ever be photographed empty.

#include <cstdint>
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

/// A shared plan on an employer contact's device: its case and grant.
struct TourSharedPlan {
    std::string caseId;
    std::string grantId;
};

/// Makes the device an employer contact's, as after they joined with their
/// link and synced: the demo records are erased, and only the employer view
/// of one agreed plan version and their grant to it (until `now` + 60 days)
/// are kept, written as pulled records.
Result<TourSharedPlan> seedEmployerProfile(store::Store& s, std::int64_t now);

/// The patient's user id seedPatientProfile uses (fictional).
inline constexpr const char* kTourPatientId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
/// The employer contact's user id seedEmployerProfile uses (fictional).
inline constexpr const char* kTourEmployerId = "3b241101-e2bb-4255-8caf-4136c566a962";

}  // namespace rtw::app
