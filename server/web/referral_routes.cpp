#include "server/web/referral_routes.h"

#include <memory>

#include "server/web/employer_page.h"
#include "server/web/html.h"
#include "server/web/referral_page.h"

namespace rtw::server::web {

namespace {

constexpr std::string_view kFormPrefix = "/r/";
constexpr std::string_view kStatusPrefix = "/s/";
/// Largest form accepted: every field at its longest, encoded, and room.
constexpr std::size_t kMaxFormBytes = 64 * 1024;

Response closed(LinkState state, bool statusLink) {
    return htmlPage(state == LinkState::Ended ? 410 : 404, renderReferralClosed(state, statusLink));
}

Response showForm(ReferralLinkStore& links, const std::string& token) {
    auto opened = links.open(token);
    if (!opened) return unavailable();
    if (opened->state != LinkState::Open) return closed(opened->state, false);
    return htmlPage(200, renderReferralForm(token, *opened, Form(), {}));
}

Response post(const Request& req, ReferralLinkStore& links, const std::string& origin) {
    const std::string token = tokenAfter(req, kFormPrefix);
    const Form form = parseForm(req.body);
    if (!form.ok)
        return htmlPage(400, renderMessagePage("The form could not be read",
                                               "Open the link you were sent and try again."));
    auto done = links.submit(token, form.get("csrf"), form);
    if (!done) {
        if (done.status().code() == ErrorCode::NotAllowed)
            return htmlPage(403,
                            renderMessagePage("This form has expired", done.status().message()));
        return unavailable();
    }
    if (done->state != LinkState::Open) return closed(done->state, false);
    if (!done->errors.empty())
        return htmlPage(400, renderReferralForm(token, done->form, form, done->errors));
    Response r = htmlPage(
        200, renderReferralReceipt(done->form.link.kind, origin + "/s/" + done->statusToken));
    return r;
}

Response showProgress(ReferralLinkStore& links, const std::string& token) {
    auto progress = links.progress(token);
    if (!progress) return unavailable();
    if (progress->state != LinkState::Open) return closed(progress->state, true);
    return htmlPage(200, renderReferralProgress(*progress));
}

}  // namespace

void addReferralRoutes(Router& router, ReferralLinkStore& links, const Clock& clock,
                       std::string publicUrl, bool tls, WebLimits limits) {
    auto limiters = std::make_shared<WebLimiters>(clock, limits);
    router.addPrefix("GET", std::string(kFormPrefix), [&links, limiters](const Request& req) {
        if (auto refused = limitGet(*limiters, req)) return *refused;
        return showForm(links, tokenAfter(req, kFormPrefix));
    });
    router.addPrefix("POST", std::string(kFormPrefix),
                     [&links, limiters, publicUrl, tls](const Request& req) {
                         const std::string origin = expectedOrigin(req, publicUrl, tls);
                         if (auto refused = checkFormPost(*limiters, req, origin, kMaxFormBytes,
                                                          "Please shorten the reason."))
                             return *refused;
                         return post(req, links, origin);
                     });
    router.addPrefix("GET", std::string(kStatusPrefix), [&links, limiters](const Request& req) {
        if (auto refused = limitGet(*limiters, req)) return *refused;
        return showProgress(links, tokenAfter(req, kStatusPrefix));
    });
}

}  // namespace rtw::server::web
