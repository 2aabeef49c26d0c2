#pragma once
// POST /v1/shares/{grantId}/link (docs/api.md, "Sharing a plan with an
// employer"): the adviser or the patient asks for the employer's link to a
// shared plan; the answer carries it once.

#include <string>

#include "server/auth/auth_service.h"
#include "server/http/router.h"
#include "server/web/share_links.h"

namespace rtw::server::web {

/// `publicUrl`: the base of the links (empty: from the request's Host header,
/// with `https` when `tls`).
void addShareApiRoutes(Router& router, AuthService& auth, ShareLinkStore& links,
                       std::string publicUrl, bool tls);

}  // namespace rtw::server::web
