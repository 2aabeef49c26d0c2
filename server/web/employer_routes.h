#pragma once
// The employer's web pages (docs/api.md, "The employer's page"):
//   GET  /e/{token}           the shared plan, or a page saying it is not there
//   POST /e/{token}           acknowledge the plan, or send a comment (form, CSRF token)
//   GET  /web/employer.css    the stylesheet
// Every answer carries the pages' security headers (web/html.h), and
// requests are rate limited per client address.

#include <memory>
#include <string>

#include "server/http/router.h"
#include "server/web/share_links.h"
#include "server/web/web_request.h"
#include "util/clock.h"

namespace rtw::server::web {

/// `publicUrl` / `tls`: what a form post's Origin header must be (when sent).
void addEmployerRoutes(Router& router, ShareLinkStore& links, const Clock& clock,
                       std::string publicUrl, bool tls, WebLimits limits = {});

}  // namespace rtw::server::web
