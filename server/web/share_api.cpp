#include "server/web/share_api.h"

#include "model/dates.h"
#include "model/uuid.h"
#include "server/api/api_support.h"
#include "server/api/auth_routes.h"

namespace rtw::server::web {

namespace {

constexpr std::string_view kPrefix = "/v1/shares/";
constexpr std::string_view kSuffix = "/link";

/// The grant id of "/v1/shares/{id}/link", or empty.
std::string grantIdOf(const std::string& path) {
    if (path.size() <= kPrefix.size() + kSuffix.size()) return {};
    if (path.compare(path.size() - kSuffix.size(), kSuffix.size(), kSuffix) != 0) return {};
    std::string id = path.substr(kPrefix.size(), path.size() - kPrefix.size() - kSuffix.size());
    return model::isUuid(id) ? id : std::string();
}

std::string baseUrl(const Request& req, const std::string& publicUrl, bool tls) {
    if (!publicUrl.empty()) return publicUrl;
    const auto host = req.headers.find("host");
    return std::string(tls ? "https://" : "http://") +
           (host == req.headers.end() ? std::string("localhost") : host->second);
}

}  // namespace

void addShareApiRoutes(Router& router, AuthService& auth, ShareLinkStore& links,
                       std::string publicUrl, bool tls) {
    router.addPrefix(
        "POST", std::string(kPrefix),
        [&auth, &links, publicUrl, tls](const Request& req) -> Response {
            auto caller = api::authenticateRequest(req, auth);
            if (auto* refusal = std::get_if<Response>(&caller)) return *refusal;
            const std::string grantId = grantIdOf(req.path);
            if (grantId.empty())
                return api::errorResponse(404, "not_found", "there is nothing at this address");
            auto link = links.issue(std::get<Caller>(caller), grantId);
            if (!link) return api::errorResponse(link.status());
            const std::string path = "/e/" + link->token;
            return Response::json(201, {{"url", baseUrl(req, publicUrl, tls) + path},
                                        {"path", path},
                                        {"expiresAt", model::formatTimestamp(link->expiresMs)}});
        });
}

}  // namespace rtw::server::web
