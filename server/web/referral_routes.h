#pragma once
// The referral pages (docs/api.md, "Referral forms"):
//   GET  /r/{token}   the GP form or the self-referral form of a link
//   POST /r/{token}   send it: the form again with every problem beside its
//                     field (nothing stored), or the receipt with the status link
//   GET  /s/{token}   where a referral stands, with the discharge summary
// The same security as the employer's page (web/web_request.h, web/html.h):
// strict headers, a form token per link, origin checks and rate limits per
// client address. Metrics and logs name the routes /r/* and /s/*.

#include <string>

#include "server/http/router.h"
#include "server/web/referral_links.h"
#include "server/web/web_request.h"
#include "util/clock.h"

namespace rtw::server::web {

void addReferralRoutes(Router& router, ReferralLinkStore& links, const Clock& clock,
                       std::string publicUrl, bool tls, WebLimits limits = {});

}  // namespace rtw::server::web
