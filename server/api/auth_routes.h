#pragma once
// The sign-in family of /v1/ (docs/api.md, "Accounts and sessions"):
//   POST /v1/auth/sign-in, /v1/auth/refresh, /v1/auth/sign-out, /v1/auth/enrol,
//   POST /v1/invites, GET /v1/me.
// Handlers parse and answer; the rules live in AuthService and the policy.

#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
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

/// A body of exactly these keys, each text (sign-in, refresh, enrol,
/// invites); every wrong, missing or unknown key at once.
Result<std::map<std::string, std::string>> readTexts(const nlohmann::json& body,
                                                     std::initializer_list<const char*> keys);

/// A session answer: tokens, their expiry times, the device and the user.
nlohmann::json sessionJson(const Tokens& tokens);
/// An account as callers see it (never the password hash).
nlohmann::json userJson(const Account& account);

/// Given the code a person typed at enrolment: when it is the link to an
/// employer's page of a shared plan, whom it admits (AuthService::
/// enrolEmployer); nullopt when it is not such a link (an invite code).
using EmployerLinkOpener =
    std::function<std::optional<AuthService::OpenEmployerLink>(const std::string& code)>;

/// Registers the routes. `sync` is used for invites (the case must be the
/// caller's) and enrolment (the patient is linked to the case record);
/// `employerLinks` lets an employer contact enrol with their link.
void addAuthRoutes(Router& router, AuthService& auth, SyncStore& sync, const Clock& clock,
                   EmployerLinkOpener employerLinks = {});

}  // namespace api
}  // namespace rtw::server
