#pragma once
// Recording a consent event on the device, and what it sets off: withdrawing
// consent to share the plan with an employer contact stops every active
// share with that person at once, in the same transaction. One rule for the
// adviser's consent section and the patient's "My sharing".

#include <string>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "store/record_store.h"
#include "util/status.h"

namespace rtw::store {

/// Writes the `consent_event` record `event` for `caseId`. With
/// `stopSharesWith` set (a withdrawal of share_plan_with_employer), also marks
/// revoked every share_grant for that employer contact still active at `now`
/// that this device may edit. A patient's device holds the adviser's grants
/// as read-only views: there the withdrawn consent alone closes the share
/// (core's access policy), and the adviser's device revokes the grant when
/// it syncs. All or nothing.
[[nodiscard]] Status recordConsentEvent(RecordStore& records, const std::string& caseId,
                                        const nlohmann::json& event,
                                        const std::string& stopSharesWith, model::Timestamp now);

}  // namespace rtw::store
