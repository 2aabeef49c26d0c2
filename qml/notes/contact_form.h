#pragma once
// ContactForm: turns the log-a-contact form (date and time as typed, mode,
// venue, duration, attendance, who else was there, the note, agreed actions)
// into the contact, case note and case action records core validates, with
// every problem keyed by field path ("contact.durationMinutes",
// "actions[1].dueDate"). Pure, so every rule is tested directly.

#include <QVariantMap>

#include <vector>

#include <nlohmann/json.hpp>

#include "util/clock.h"

namespace rtw::app {

struct ContactRecords {
    nlohmann::json contact;
    nlohmann::json note;  ///< null when no note was written (allowed unless attended)
    std::vector<nlohmann::json> actions;
    bool attended = false;
    QVariantMap fieldErrors;
    bool ok() const { return fieldErrors.isEmpty(); }
};

/// A new form: today, now (to the quarter hour), face to face, attended, 30 minutes.
QVariantMap contactFormDefaults(MillisSinceEpoch now);

/// Builds and checks the records. The note's author, device and time and the
/// actions' contact id are filled in when saving.
ContactRecords buildContact(const QVariantMap& form);

}  // namespace rtw::app
