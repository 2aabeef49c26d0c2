#pragma once
// What consent allows (workflow 9): the one place that says whether the
// adviser may contact an employer contact, share a plan with them, or write
// to the GP, and if not, why, in plain English. The app refuses with these
// messages; the server can refuse the same writes with the same words.
//
// "When in doubt, there is no consent": a consent that was never recorded,
// or whose latest event is a withdrawal, does not stand.

#include <optional>
#include <string_view>

#include "model/consent_event.h"
#include "model/discharge.h"
#include "util/status.h"

namespace rtw::model {

/// OK when `contact_employer` consent stands for this employer contact:
/// needed to record their details (employer.lineManager) or to contact them.
/// NotAllowed otherwise, naming the person and saying what to do.
Status checkMayContactEmployer(const ConsentState& state, std::string_view contactId,
                               std::string_view contactName);

/// OK when `share_plan_with_employer` consent stands for this employer
/// contact: needed to share (or print for) them an agreed plan version.
Status checkMayShareWithEmployer(const ConsentState& state, std::string_view contactId,
                                 std::string_view contactName);

/// OK when a GP feedback letter may be written: there is a discharge, it
/// records the client's agreement (gpFeedbackConsent), and the client has
/// not withdrawn `progress_to_gp` consent since.
Status checkMayWriteGpLetter(const std::optional<Discharge>& discharge, const ConsentState& state);

/// Whether goals, check-ins and questionnaire scores may go in the GP
/// letter: only while `progress_to_gp` consent stands.
bool mayReportProgressToGp(const ConsentState& state);

}  // namespace rtw::model
