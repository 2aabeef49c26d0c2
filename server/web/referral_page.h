#pragma once
// The HTML of the referral pages (docs/api.md, "Referral forms"): the GP
// form and its self-referral variant, the receipt with the status link, the
// referral's progress with the feedback letter, and the pages for links
// that do not open. Plain HTML and the one stylesheet, no script; every
// value typed or read from a record is escaped (escapeHtml).

#include <string>
#include <vector>

#include "server/web/html.h"
#include "server/web/referral_links.h"

namespace rtw::server::web {

/// The form, with the values typed so far (`typed`) and a message beside
/// each field named in `errors` (and a summary of them at the top).
std::string renderReferralForm(const std::string& token, const ReferralFormOpen& form,
                               const Form& typed, const std::vector<FieldError>& errors);

/// After a stored referral: says it was received and gives the status link
/// (`statusUrl`, shown once).
std::string renderReferralReceipt(ReferralKind kind, const std::string& statusUrl);

/// Where the referral stands, with the feedback letter when there is one.
std::string renderReferralProgress(const ReferralProgress& progress);

/// For a referral or status link that does not open: Unknown -> "page not
/// found", Ended -> "no longer in use".
std::string renderReferralClosed(LinkState state, bool statusLink);

}  // namespace rtw::server::web
