#pragma once
// The referral form of a GP or self-referral link (docs/api.md, "Referral
// forms"): the fields a browser posts, turned into the client and referral
// records the app's caseload understands, checked by core's rules (the NHS
// number's check digit, dates, ages, contact details, the referral's own
// rules). Every problem is named by the form field it belongs to, in plain
// English, so the page can show each message next to its field. Pure: no
// database, so every rule is tested directly.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "server/web/html.h"
#include "util/status.h"

namespace rtw::server::web {

/// Who fills the form in: a GP (about their patient) or the patient.
enum class ReferralKind { Gp, Self };

/// The choices of the form's radio buttons and check boxes: stored value and
/// the words shown. One list, used by the page and by the reader.
struct FormChoice {
    const char* value;
    const char* label;
};
const std::vector<FormChoice>& conditionChoices();
const std::vector<FormChoice>& painSiteChoices();  ///< posted as painSite_<value>=on
const std::vector<FormChoice>& workStatusChoices(ReferralKind kind);
const std::vector<FormChoice>& fitNoteChoices(ReferralKind kind);
const std::vector<FormChoice>& contactChoices();

/// What the form gives: records to write, or the problems by field name.
struct WebReferral {
    nlohmann::json client;
    nlohmann::json referral;
    std::vector<FieldError> errors;  ///< field = the form field's name
    bool ok() const { return errors.empty(); }
};

/// Reads and checks a posted form. `today` is the referral date;
/// `practiceName` goes in the referral as the referrer's practice.
WebReferral readReferralForm(const Form& form, ReferralKind kind, model::Date today,
                             const std::string& practiceName);

}  // namespace rtw::server::web
