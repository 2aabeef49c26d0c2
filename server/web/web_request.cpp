#include "server/web/web_request.h"

#include "server/web/employer_page.h"
#include "server/web/html.h"

namespace rtw::server::web {

std::string header(const Request& req, const char* name) {
    const auto it = req.headers.find(name);
    return it == req.headers.end() ? std::string() : it->second;
}

Response tooMany(const RateLimiter& limiter) {
    Response r = htmlPage(
        429, renderMessagePage("Too many requests", "Please wait a minute and try again."));
    r.headers["Retry-After"] = std::to_string((limiter.msUntilReset() + 999) / 1000);
    return r;
}

Response unavailable() {
    return htmlPage(503, renderMessagePage("Sorry, there is a problem with the service",
                                           "Please try again later."));
}

std::string tokenAfter(const Request& req, std::string_view prefix) {
    const std::string rest = req.path.substr(prefix.size());
    return rest.find('/') == std::string::npos ? rest : std::string();
}

std::string expectedOrigin(const Request& req, const std::string& publicUrl, bool tls) {
    return !publicUrl.empty() ? publicUrl
                              : std::string(tls ? "https://" : "http://") + header(req, "host");
}

std::optional<Response> limitGet(WebLimiters& limiters, const Request& req) {
    if (!limiters.requests.allow(req.remoteAddress)) return tooMany(limiters.requests);
    return std::nullopt;
}

std::optional<Response> checkFormPost(WebLimiters& limiters, const Request& req,
                                      const std::string& origin, std::size_t maxBytes,
                                      const std::string& tooLongMessage) {
    if (!limiters.requests.allow(req.remoteAddress)) return tooMany(limiters.requests);
    if (!limiters.posts.allow(req.remoteAddress)) return tooMany(limiters.posts);
    // Defence in depth besides the form token: a browser says where a form
    // post comes from. With Referrer-Policy no-referrer its Origin is "null",
    // so Sec-Fetch-Site (same-origin) is what tells; any other named origin
    // or a cross-site fetch is refused.
    const std::string sentOrigin = header(req, "origin");
    const std::string fetchSite = header(req, "sec-fetch-site");
    if ((!sentOrigin.empty() && sentOrigin != "null" && sentOrigin != origin) ||
        (!fetchSite.empty() && fetchSite != "same-origin" && fetchSite != "none"))
        return htmlPage(403, renderMessagePage("This form cannot be sent from here",
                                               "Open the link you were sent and try again."));
    const std::string type = header(req, "content-type");
    if (type.rfind("application/x-www-form-urlencoded", 0) != 0)
        return htmlPage(415, renderMessagePage("The form could not be read",
                                               "Open the link you were sent and try again."));
    if (req.body.size() > maxBytes)
        return htmlPage(413, renderMessagePage("The form is too long", tooLongMessage));
    return std::nullopt;
}

}  // namespace rtw::server::web
