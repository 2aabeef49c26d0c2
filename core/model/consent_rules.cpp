#include "model/consent_rules.h"

#include <string>

namespace rtw::model {
namespace {

/// The standing for (scope, recipient), or nullptr when nothing is recorded.
const ConsentStanding* standing(const ConsentState& state, ConsentScope scope,
                                std::string_view recipientId) {
    ConsentKey key{scope, scopeNeedsRecipient(scope) ? std::string(recipientId) : std::string()};
    auto it = state.find(key);
    return it == state.end() ? nullptr : &it->second;
}

/// "never recorded" or "withdrawn on 14/03/2026".
std::string whyNot(const ConsentStanding* s, const std::string& never) {
    if (!s) return never;
    return "the client withdrew it on " + formatUkDate(utcDateOf(s->since));
}

Status refuse(const std::string& message) {
    return Status::error(ErrorCode::NotAllowed, message);
}

}  // namespace

Status checkMayContactEmployer(const ConsentState& state, std::string_view contactId,
                               std::string_view contactName) {
    const auto* s = standing(state, ConsentScope::ContactEmployer, contactId);
    if (s && s->granted) return Status::ok();
    const std::string name =
        contactName.empty() ? "this employer contact" : std::string(contactName);
    return refuse("The client has not agreed to you contacting their employer through " + name +
                  " (" + whyNot(s, "no consent is recorded") +
                  "). Record their consent to contact the employer first.");
}

Status checkMayShareWithEmployer(const ConsentState& state, std::string_view contactId,
                                 std::string_view contactName) {
    const auto* s = standing(state, ConsentScope::SharePlanWithEmployer, contactId);
    if (s && s->granted) return Status::ok();
    const std::string name =
        contactName.empty() ? "this employer contact" : std::string(contactName);
    return refuse("The client has not agreed to share their plan with " + name + " (" +
                  whyNot(s, "no consent is recorded") +
                  "). Record their consent to share the plan with this person first.");
}

Status checkMayWriteGpLetter(const std::optional<Discharge>& discharge, const ConsentState& state) {
    if (!discharge) return refuse("Record the discharge first: the GP letter is written from it.");
    if (!discharge->gpFeedbackConsent)
        return refuse(
            "The client has not agreed to a letter going to their GP: the discharge does not "
            "record their consent. Ask them, and record it on the discharge if they agree.");
    const auto* s = standing(state, ConsentScope::ProgressToGp, {});
    if (s && !s->granted)
        return refuse("The client withdrew consent to send progress to their GP on " +
                      formatUkDate(utcDateOf(s->since)) +
                      ". Ask them again before writing to the GP.");
    return Status::ok();
}

bool mayReportProgressToGp(const ConsentState& state) {
    return hasConsent(state, ConsentScope::ProgressToGp);
}

}  // namespace rtw::model
