#include "server/web/employer_routes.h"

#include "server/web/employer_page.h"
#include "server/web/html.h"

namespace rtw::server::web {

namespace {

constexpr std::string_view kPrefix = "/e/";
/// Largest form body accepted: a 2,000-character comment, encoded, and room.
constexpr std::size_t kMaxFormBytes = 32 * 1024;

Response closed(LinkState state) {
    return htmlPage(state == LinkState::Ended ? 410 : 404, renderClosedPage(state));
}

std::string tokenOf(const Request& req) {
    return tokenAfter(req, kPrefix);
}

Response showPlan(ShareLinkStore& links, const std::string& token, const std::string& formError,
                  const std::string& comment) {
    auto opened = links.view(token);
    if (!opened) return unavailable();
    if (opened->state != LinkState::Open) return closed(opened->state);
    return htmlPage(formError.empty() ? 200 : 400,
                    renderPlanPage(token, opened->plan, PageNotice::None, formError, comment));
}

Response post(const Request& req, ShareLinkStore& links) {
    const std::string token = tokenOf(req);
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
    auto limiters = std::make_shared<WebLimiters>(clock, limits);
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
        if (auto refused = limitGet(*limiters, req)) return *refused;
        return showPlan(links, tokenOf(req), {}, {});
    });
    router.addPrefix(
        "POST", std::string(kPrefix), [&links, limiters, publicUrl, tls](const Request& req) {
            if (auto refused =
                    checkFormPost(*limiters, req, expectedOrigin(req, publicUrl, tls),
                                  kMaxFormBytes, "Please keep comments to 2,000 characters."))
                return *refused;
            return post(req, links);
        });
}

}  // namespace rtw::server::web
