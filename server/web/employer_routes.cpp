#include "server/web/employer_routes.h"

#include "server/web/employer_page.h"
#include "server/web/html.h"

namespace rtw::server::web {

namespace {

constexpr std::string_view kPrefix = "/e/";
/// Largest form body accepted: a 2,000-character comment, encoded, and room.
constexpr std::size_t kMaxFormBytes = 32 * 1024;

struct Limiters {
    Limiters(const Clock& clock, const WebLimits& l)
        : requests(clock, l.requestsPerMinute, 60'000), posts(clock, l.postsPerMinute, 60'000) {}
    RateLimiter requests;
    RateLimiter posts;
};

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

Response closed(LinkState state) {
    return htmlPage(state == LinkState::Ended ? 410 : 404, renderClosedPage(state));
}

Response unavailable() {
    return htmlPage(503, renderMessagePage("Sorry, there is a problem with the service",
                                           "Please try again later."));
}

/// The token of "/e/{token}" (empty when the rest holds a '/').
std::string tokenOf(const Request& req) {
    const std::string rest = req.path.substr(kPrefix.size());
    return rest.find('/') == std::string::npos ? rest : std::string();
}

Response showPlan(ShareLinkStore& links, const std::string& token, const std::string& formError,
                  const std::string& comment) {
    auto opened = links.view(token);
    if (!opened) return unavailable();
    if (opened->state != LinkState::Open) return closed(opened->state);
    return htmlPage(formError.empty() ? 200 : 400,
                    renderPlanPage(token, opened->plan, PageNotice::None, formError, comment));
}

Response post(const Request& req, ShareLinkStore& links, const std::string& origin) {
    const std::string token = tokenOf(req);
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
    if (req.body.size() > kMaxFormBytes)
        return htmlPage(413, renderMessagePage("The comment is too long",
                                               "Please keep comments to 2,000 characters."));
    const Form form = parseForm(req.body);
    const std::string action = form.get("action");
    if (!form.ok || (action != "acknowledge" && action != "comment"))
        return htmlPage(400, renderMessagePage("The form could not be read",
                                               "Open the link you were sent and try again."));
    const ResponseKind kind =
        action == "acknowledge" ? ResponseKind::Acknowledge : ResponseKind::Comment;
    const std::string comment = form.get("comment");
    auto done = links.respond(token, form.get("csrf"), kind, comment);
    if (!done) {
        if (done.status().code() == ErrorCode::InvalidArgument) {
            std::string message = "Please check your comment.";
            for (const auto& fe : done.status().fieldErrors())
                if (fe.field == "comment")
                    message = comment.find_first_not_of(" \t\r\n") == std::string::npos
                                  ? "Enter a comment before sending."
                                  : "Keep the comment to 2,000 characters.";
            return showPlan(links, token, message, comment);
        }
        if (done.status().code() == ErrorCode::NotAllowed)
            return htmlPage(403,
                            renderMessagePage("This form has expired", done.status().message()));
        return unavailable();
    }
    if (done->state != LinkState::Open) return closed(done->state);
    const std::string thanks = kind == ResponseKind::Acknowledge
                                   ? "Your acknowledgement has been sent to the adviser and the "
                                     "employee."
                                   : "Your comment has been sent to the adviser and the employee.";
    std::string page = renderMessagePage("Thank you", thanks);
    const std::string back =
        "<p><a href=\"/e/" + escapeHtml(token) + "\">Back to the plan</a></p>\n";
    page.insert(page.find("</main>"), back);
    return htmlPage(200, std::move(page));
}

}  // namespace

void addEmployerRoutes(Router& router, ShareLinkStore& links, const Clock& clock,
                       std::string publicUrl, bool tls, WebLimits limits) {
    auto limiters = std::make_shared<Limiters>(clock, limits);
    // Browsers ask for an icon; an empty answer keeps their consoles clean.
    router.add("GET", "/favicon.ico", [](const Request&) {
        Response r = htmlPage(204, {});
        r.contentType = "image/x-icon";
        return r;
    });
    router.add("GET", "/web/employer.css", [](const Request&) {
        Response r = htmlPage(200, employerCss());
        r.contentType = "text/css; charset=utf-8";
        return r;
    });
    router.addPrefix("GET", std::string(kPrefix), [&links, limiters](const Request& req) {
        if (!limiters->requests.allow(req.remoteAddress)) return tooMany(limiters->requests);
        return showPlan(links, tokenOf(req), {}, {});
    });
    router.addPrefix("POST", std::string(kPrefix),
                     [&links, limiters, publicUrl, tls](const Request& req) {
                         if (!limiters->requests.allow(req.remoteAddress))
                             return tooMany(limiters->requests);
                         if (!limiters->posts.allow(req.remoteAddress))
                             return tooMany(limiters->posts);
                         const std::string origin =
                             !publicUrl.empty()
                                 ? publicUrl
                                 : std::string(tls ? "https://" : "http://") + header(req, "host");
                         return post(req, links, origin);
                     });
}

}  // namespace rtw::server::web
