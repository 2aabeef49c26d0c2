#include "server/api/auth_routes.h"

#include <map>

#include "model/json_fields.h"
#include "model/uuid.h"
#include "policy/access_policy.h"
#include "server/api/api_support.h"
#include "server/sync/sync_store.h"

namespace rtw::server::api {

using nlohmann::json;

namespace {

using Texts = std::map<std::string, std::string>;

/// The body's texts, or the answer refusing the request.
std::variant<Texts, Response> textBody(const Request& req,
                                       std::initializer_list<const char*> keys) {
    auto body = jsonObjectBody(req);
    if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
    auto texts = readTexts(std::get<json>(body), keys);
    if (!texts) return errorResponse(texts.status());
    return *texts;
}

Response rateLimited(const Status& s, AuthService& auth, const std::string& email,
                     const std::string& address) {
    Response r = errorResponse(s);
    r.headers["Retry-After"] = std::to_string(auth.retryAfterSeconds(email, address));
    return r;
}

Response noContent() {
    Response r;
    r.status = 204;
    return r;
}

}  // namespace

Result<std::map<std::string, std::string>> readTexts(const json& body,
                                                     std::initializer_list<const char*> keys) {
    model::ErrorList errors;
    model::FieldReader reader(body, errors);
    Texts out;
    for (const char* key : keys) reader.text(key, out[key]);
    reader.finish();
    if (!errors.empty()) return errors.toStatus();
    return out;
}

std::variant<Caller, Response> authenticateRequest(const Request& req, AuthService& auth) {
    if (auto refusal = checkProtocol(req)) return *refusal;
    auto caller = auth.authenticate(bearerToken(req));
    if (!caller) {
        Response r = errorResponse(caller.status());
        if (r.status == 401) r.headers["WWW-Authenticate"] = "Bearer";
        return r;
    }
    return std::move(*caller);
}

json userJson(const Account& a) {
    return {{"id", a.id},
            {"email", a.email},
            {"displayName", a.displayName},
            {"role", std::string(model::enumName(a.role))},
            {"serviceId", a.serviceId},
            {"practiceId", a.practiceId ? json(*a.practiceId) : json(nullptr)}};
}

json sessionJson(const Tokens& t) {
    return {{"accessToken", t.accessToken},   {"accessExpiresAt", t.accessExpiresMs},
            {"refreshToken", t.refreshToken}, {"refreshExpiresAt", t.refreshExpiresMs},
            {"deviceId", t.deviceId},         {"user", userJson(t.account)}};
}

void addAuthRoutes(Router& router, AuthService& auth, SyncStore& sync, const Clock& clock,
                   EmployerLinkOpener employerLinks) {
    router.add("POST", "/v1/auth/sign-in", [&auth](const Request& req) -> Response {
        if (auto refusal = checkProtocol(req)) return *refusal;
        auto body = textBody(req, {"email", "password", "deviceName"});
        if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
        auto& f = std::get<Texts>(body);
        auto tokens = auth.signIn(f["email"], f["password"], f["deviceName"], req.remoteAddress);
        if (!tokens) {
            if (tokens.status().code() == ErrorCode::RateLimited)
                return rateLimited(tokens.status(), auth, f["email"], req.remoteAddress);
            return errorResponse(tokens.status());
        }
        return Response::json(200, sessionJson(*tokens));
    });

    router.add("POST", "/v1/auth/refresh", [&auth](const Request& req) -> Response {
        if (auto refusal = checkProtocol(req)) return *refusal;
        auto body = textBody(req, {"refreshToken"});
        if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
        auto tokens = auth.refresh(std::get<Texts>(body)["refreshToken"]);
        if (!tokens) return errorResponse(tokens.status());
        return Response::json(200, sessionJson(*tokens));
    });

    router.add("POST", "/v1/auth/sign-out", [&auth](const Request& req) -> Response {
        auto caller = authenticateRequest(req, auth);
        if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
        if (!req.body.empty()) {  // {} or nothing at all
            auto body = textBody(req, {});
            if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
        }
        if (Status s = auth.signOut(std::get<Caller>(caller)); !s) return errorResponse(s);
        return noContent();
    });

    router.add("GET", "/v1/me", [&auth](const Request& req) -> Response {
        auto caller = authenticateRequest(req, auth);
        if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
        const Caller& c = std::get<Caller>(caller);
        return Response::json(200, {{"user", userJson(c.account)}, {"deviceId", c.deviceId}});
    });

    router.add("POST", "/v1/invites", [&auth, &sync, &clock](const Request& req) -> Response {
        auto caller = authenticateRequest(req, auth);
        if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
        const Caller& c = std::get<Caller>(caller);
        auto body = textBody(req, {"caseId"});
        if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
        const std::string caseId = std::get<Texts>(body)["caseId"];
        if (!model::isUuid(caseId))
            return errorResponse(Status::invalid({{"caseId", "must be a UUID"}}));
        auto facts = sync.caseFacts(caseId);
        if (!facts) return errorResponse(facts.status());
        if (!*facts || !policy::mayKnowCaseExists(c.principal, **facts, clock.nowMs()))
            return errorResponse(404, "not_found", "No such case.");
        if (!policy::detail::holdsCase(c.principal, **facts))
            return errorResponse(403, "forbidden",
                                 "Only the adviser holding the case can invite its patient.");
        if ((*facts)->patientUserId)
            return errorResponse(409, "already_enrolled",
                                 "This case already has a patient account.");
        auto invite = auth.createInvite(c, caseId);
        if (!invite) return errorResponse(invite.status());
        return Response::json(201, {{"code", invite->code}, {"expiresAt", invite->expiresMs}});
    });

    // An invite's patient is recorded on their case in the enrolment's transaction.
    const auto linkPatient = [&sync](db::SqlTx& tx, const std::string& caseId,
                                     const Account& patient) -> Status {
        Status s = sync.linkPatient(tx, caseId, patient);
        if (s.code() == ErrorCode::NotFound || s.code() == ErrorCode::AlreadyExists)
            return Status::invalid({{"code",
                                     "this invite is for a case that is closed or already has a "
                                     "patient account; ask your adviser"}});
        return s;
    };
    router.add(
        "POST", "/v1/auth/enrol",
        [&auth, linkPatient, employerLinks](const Request& req) -> Response {
            if (auto refusal = checkProtocol(req)) return *refusal;
            auto body = textBody(req, {"code", "email", "displayName", "password", "deviceName"});
            if (auto* refusal = std::get_if<Response>(&body)) return *refusal;
            auto& f = std::get<Texts>(body);
            const Enrolment e{f["code"], f["email"], f["displayName"], f["password"],
                              f["deviceName"]};
            // The code is an adviser's invite, or the link to an employer's page.
            std::optional<AuthService::OpenEmployerLink> employerLink;
            if (employerLinks) employerLink = employerLinks(e.code);
            auto tokens = employerLink ? auth.enrolEmployer(e, req.remoteAddress, *employerLink)
                                       : auth.enrol(e, req.remoteAddress, linkPatient);
            if (!tokens) {
                if (tokens.status().code() == ErrorCode::RateLimited)
                    return rateLimited(tokens.status(), auth, e.email, req.remoteAddress);
                return errorResponse(tokens.status());
            }
            return Response::json(200, sessionJson(*tokens));
        });
}

}  // namespace rtw::server::api
