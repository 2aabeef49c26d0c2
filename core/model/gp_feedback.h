#pragma once
// What the GP feedback letter says (workflow 11), composed from the case's
// records: who it is about and to, the referral, the contacts, the discharge
// outcome and summary, and whether progress (goals, check-ins,
// questionnaires) may go in. One composition for the app's PDF letter
// (qml/discharge/gp_letter.cpp) and the referrer's status page on the server
// (server/web/referral_page.cpp); each only lays it out. Refused, with core's
// reason, unless checkMayWriteGpLetter allows a letter.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/discharge.h"
#include "util/status.h"

namespace rtw::model {

struct GpFeedback {
    std::string patientName;  ///< given and family name
    std::optional<Date> dateOfBirth;
    std::string nhsNumber;  ///< 10 digits, or empty
    std::string referrerName, referrerPractice;
    std::optional<Date> referredOn;
    std::string reason;
    int contactsAttended = 0;
    int contactsArranged = 0;  ///< every contact recorded, whatever came of it
    Discharge discharge;
    /// Goals, check-ins and questionnaire scores may be reported: only while
    /// `progress_to_gp` consent stands (mayReportProgressToGp).
    bool mayReportProgress = false;
};

/// The letter's content from the case's live records (fields as stored):
/// the client, the referral (either may be empty objects), every contact,
/// the latest discharge (nullopt when none) and every consent event.
Result<GpFeedback> composeGpFeedback(const nlohmann::json& client, const nlohmann::json& referral,
                                     const std::vector<nlohmann::json>& contacts,
                                     const std::optional<nlohmann::json>& discharge,
                                     const std::vector<nlohmann::json>& consentEvents);

}  // namespace rtw::model
