#pragma once
// The questionnaire definitions the app administers (PHQ-9, GAD-7, PEG, RTW
// self-efficacy...), read from assets/questionnaires/*.json, which the app
// carries as resources, and checked by core's parser. Definitions are data:
// a new JSON file is a new questionnaire, with no code change.

#include <QString>
#include <QStringList>

#include <vector>

#include "questionnaire/definition.h"

namespace rtw::app {

/// Every definition built in, sorted by id; read once, then shared (safe
/// from any thread). A file that fails core's checks is left out and named
/// in questionnaireCatalogError().
const std::vector<questionnaire::Definition>& questionnaireDefinitions();
/// The definition with this id, or nullptr.
const questionnaire::Definition* findQuestionnaire(const std::string& id);
/// Why a built-in definition could not be read ("" when all were).
QString questionnaireCatalogError();

/// The adviser's urgent-support lines for a self-harm alert: 999, NHS 111,
/// Samaritans 116 123. Kept in code so a definition cannot drop them.
QStringList urgentSupportLines();
/// The same for the patient answering on their own phone, in their words.
QStringList patientUrgentSupportLines();

/// "3-month follow-up" for "month3", "Baseline" for "baseline".
QString timepointText(const std::string& timepointId);

}  // namespace rtw::app
