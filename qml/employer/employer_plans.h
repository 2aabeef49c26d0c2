#pragma once
// The plans shared with an employer contact, from what their device holds
// (docs/app.md, "The employer's workspace"): the plan versions as the
// employer sees them, the contact's own share grants and their own answers.
// Pure functions of the records, so they are tested without Qt; the access
// policy on the server decides what reaches the device at all.

#include <optional>
#include <string>
#include <vector>

#include <QString>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/employer_response.h"
#include "store/record_store.h"

namespace rtw::app {

/// One plan version shared with the contact by one standing grant.
struct EmployerPlan {
    std::string grantId;
    std::string caseId;
    std::string planVersionId;
    nlohmann::json view;  ///< employerView() of the version, as pulled
    int version = 0;
    model::Timestamp sharedUntil = 0;
    /// Their first acknowledgement of this grant, if any.
    std::optional<model::Timestamp> acknowledgedAt;
    /// Their comments on this grant, oldest first.
    std::vector<model::EmployerResponse> comments;
};

/// The plans shared with `userId`: one per grant to them that is active at
/// `now` and whose plan version is on the device, newest version first.
std::vector<EmployerPlan> employerPlansOf(const std::vector<store::Record>& versions,
                                          const std::vector<store::Record>& grants,
                                          const std::vector<store::Record>& answers,
                                          const std::string& userId, model::Timestamp now);

/// The employer_response fields of `userId`'s answer to `plan`: an
/// acknowledgement, or a comment when `comment` is given (validated by the
/// caller through core's EmployerResponse rules).
nlohmann::json employerAnswer(const EmployerPlan& plan, const std::string& userId,
                              const std::optional<std::string>& comment, model::Timestamp now);

/// dd/mm/yyyy of a time, on this device's calendar.
QString ukDay(model::Timestamp t);

}  // namespace rtw::app
