#pragma once
// The HTML of the employer's pages (docs/api.md, "The employer's page"):
// the shared plan (only its employer view), the answer after a response, and
// the pages for links that do not open. Plain HTML and one stylesheet, no
// script; every value from a record is escaped (escapeHtml).

#include <string>

#include "server/web/share_links.h"

namespace rtw::server::web {

/// A note shown above the plan after the employer did something.
enum class PageNotice { None, Acknowledged, CommentSent };

/// The shared plan: schedule, adjustments, actions, dates, the adviser's
/// contact, and the acknowledge and comment forms (with the link's form
/// token). `formError`: a message shown by the comment box, with the text
/// the employer typed (`comment`) kept.
std::string renderPlanPage(const std::string& token, const SharedPlan& plan, PageNotice notice,
                           const std::string& formError = {}, const std::string& comment = {});

/// For a link that does not open: Unknown -> "page not found" (guessed and
/// mistyped links look the same), Ended -> "no longer available".
std::string renderClosedPage(LinkState state);

/// A short page with a heading and a message (rate limited, bad form).
std::string renderMessagePage(const std::string& title, const std::string& message);

/// The stylesheet at /web/employer.css.
const std::string& employerCss();

}  // namespace rtw::server::web
