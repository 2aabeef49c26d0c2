#pragma once
// The sign-in family of /v1/ (docs/api.md, "Accounts and sessions"):
//   POST /v1/auth/sign-in, /v1/auth/refresh, /v1/auth/sign-out, /v1/auth/enrol,
//   POST /v1/invites, GET /v1/me.
// Handlers parse and answer; the rules live in AuthService and the policy.

#include <variant>

#include "server/auth/auth_service.h"
#include "server/http/router.h"
#include "util/clock.h"

namespace rtw::server {

class SyncStore;

namespace api {

/// The caller of a /v1/ request, or the answer that refuses it (protocol
/// header first, then the bearer token: 401 unauthenticated / device_revoked).
std::variant<Caller, Response> authenticateRequest(const Request& req, AuthService& auth);

/// A session answer: tokens, their expiry times, the device and the user.
nlohmann::json sessionJson(const Tokens& tokens);
/// An account as callers see it (never the password hash).
nlohmann::json userJson(const Account& account);

/// Registers the routes. `sync` is used for invites (the case must be the
/// caller's) and enrolment (the patient is linked to the case record).
void addAuthRoutes(Router& router, AuthService& auth, SyncStore& sync, const Clock& clock);

}  // namespace api
}  // namespace rtw::server
