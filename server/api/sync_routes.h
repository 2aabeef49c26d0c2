#pragma once
// POST /v1/sync/push and GET /v1/sync/pull (docs/sync-protocol.md 4 and 5):
// the request checks, then SyncStore, then the answer's JSON.

#include "server/auth/auth_service.h"
#include "server/http/router.h"
#include "server/sync/sync_store.h"

namespace rtw::server::api {

void addSyncRoutes(Router& router, AuthService& auth, SyncStore& sync);

/// The JSON of one push answer (accepted or rejected).
nlohmann::json opResultJson(const OpResult& result);
/// The JSON of a pull page.
nlohmann::json pullPageJson(const PullPage& page);

}  // namespace rtw::server::api
