#pragma once
// IntakeForm: turns what the referral form holds (a map of the fields as
// typed: dates as dd/mm/yyyy, choices as stored values) into the client and
// referral records core validates, collecting every problem by field path
// ("client.dateOfBirth", "referral.reason") with plain-English messages.
// Pure: no store, so every rule is tested directly.

#include <QVariantMap>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/referral.h"

namespace rtw::app {

/// What the adviser is doing with the referral.
enum class IntakeAction { Accept, Save, Decline };

struct IntakeRecords {
    nlohmann::json client;
    nlohmann::json referral;
    nlohmann::json caseFields;
    QVariantMap fieldErrors;  ///< empty when everything is valid
    bool ok() const { return fieldErrors.isEmpty(); }
};

/// The automatic eligibility check on the form as it stands, for showing
/// as the adviser types: {decision, decisionText, reasons[]}.
QVariantMap eligibilityOf(const QVariantMap& form, model::Date today);

/// Builds and validates the records for `action`. `adviserId`/`practiceId`
/// open the case on the signed-in adviser's caseload.
IntakeRecords buildIntake(const QVariantMap& form, IntakeAction action, model::Date today,
                          const std::string& adviserId, const std::string& practiceId);

}  // namespace rtw::app
