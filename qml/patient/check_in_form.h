#pragma once
// CheckInForm: the daily check-in as the Today page holds it, turned into
// core's CheckIn (core's rules are the only ones: ranges, quarter hours,
// note length) with messages in the patient's words beside each field, and
// back into words for "you checked in today". Pure, so tested directly.
//
// The form: pain, interference, sleepQuality (0..10) and mood (1..5) as
// numbers, -1 while not chosen; pacingDone "none" / "some" / "all" or "";
// hoursWorked as typed ("" = none, "7.5" or "7,5"); note as typed.

#include <QString>
#include <QVariantMap>

#include <nlohmann/json.hpp>

#include "model/check_in.h"

namespace rtw::app {

struct BuiltCheckIn {
    nlohmann::json fields;    ///< the check_in record's fields (valid when ok())
    QVariantMap fieldErrors;  ///< form field -> message
    bool ok() const { return fieldErrors.isEmpty(); }
};

/// The check-in for `today` from the form, or why not.
BuiltCheckIn buildCheckIn(const QVariantMap& form, model::Date today);

/// A saved check-in back as a form (to start the next one from it).
QVariantMap checkInToForm(const model::CheckIn& c);

/// One sentence: "Pain 6, got in the way 4, mood 3 of 5, sleep 5, 4.25 hours worked."
QString checkInSummary(const model::CheckIn& c);

}  // namespace rtw::app
