#include "server/web/employer_page.h"

#include "model/dates.h"
#include "server/web/html.h"

namespace rtw::server::web {

using nlohmann::json;

namespace {

/// A timestamp's date, for "acknowledged on".
std::string longDateOf(const std::string& timestamp) {
    auto t = model::parseTimestamp(timestamp);
    return t ? longDate(model::formatIsoDate(model::utcDateOf(*t))) : timestamp;
}

/// "amended_duties" -> "Amended duties".
std::string words(std::string name) {
    for (char& c : name)
        if (c == '_') c = ' ';
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z')
        name[0] = static_cast<char>(name[0] - 32);
    return name;
}

std::string ownerWords(const std::string& owner) {
    if (owner == "patient") return "Employee";
    if (owner == "gp") return "GP";
    return words(owner);
}

std::string text(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string number(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return {};
    const double v = it->get<double>();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

const char* const kFooter =
    "<footer class=\"footer\"><p>This page shows only the parts of the return-to-work plan that "
    "the employee agreed to share with you. Please do not forward the link. Each time the page "
    "is opened the employee can see that it was viewed.</p>\n<p>You can also read and answer it "
    "in the Return to work app: choose &ldquo;I have an invite code or a link&rdquo; and paste "
    "this "
    "page&rsquo;s address.</p></footer>\n</body>\n</html>\n";

void schedule(std::string& out, const json& view) {
    out +=
        "<section aria-labelledby=\"schedule\">\n<h2 id=\"schedule\">Phased return "
        "schedule</h2>\n";
    const json& phases = view.value("phases", json::array());
    if (phases.empty()) {
        out += "<p>No phased return schedule has been shared.</p>\n</section>\n";
        return;
    }
    out +=
        "<table>\n<caption class=\"visually-hidden\">Working pattern by week</caption>\n"
        "<thead><tr><th scope=\"col\">From week</th><th scope=\"col\">Days a week</th>"
        "<th scope=\"col\">Hours a day</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n";
    for (const auto& p : phases) {
        out += "<tr><th scope=\"row\">Week " + escapeHtml(number(p, "week")) + "</th><td>" +
               escapeHtml(number(p, "days")) + "</td><td>" + escapeHtml(number(p, "hoursPerDay")) +
               "</td><td>" + escapeHtml(text(p, "notes")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void adjustments(std::string& out, const json& view) {
    out +=
        "<section aria-labelledby=\"adjustments\">\n<h2 id=\"adjustments\">Workplace "
        "adjustments</h2>\n";
    const json& list = view.value("adjustments", json::array());
    if (list.empty()) {
        out += "<p>No adjustments have been shared.</p>\n</section>\n";
        return;
    }
    out += "<ul class=\"items\">\n";
    for (const auto& a : list)
        out += "<li><strong>" + escapeHtml(words(text(a, "type"))) + ":</strong> " +
               escapeHtml(text(a, "description")) + "</li>\n";
    out += "</ul>\n</section>\n";
}

void actions(std::string& out, const json& view) {
    const json& list = view.value("actions", json::array());
    std::string forEmployer, others;
    for (const auto& a : list) {
        std::string row = "<li><span class=\"action\">" + escapeHtml(text(a, "description")) +
                          "</span> <span class=\"meta\">";
        if (text(a, "owner") != "employer")
            row += "By: " + escapeHtml(ownerWords(text(a, "owner"))) + ". ";
        row += "Status: " + escapeHtml(words(text(a, "status"))) + ".";
        if (!text(a, "dueDate").empty())
            row += " Due: " + escapeHtml(longDate(text(a, "dueDate"))) + ".";
        row += "</span></li>\n";
        (text(a, "owner") == "employer" ? forEmployer : others) += row;
    }
    out += "<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">Actions for you</h2>\n";
    out += forEmployer.empty() ? "<p>No actions for the employer have been shared.</p>\n"
                               : "<ul class=\"items\">\n" + forEmployer + "</ul>\n";
    if (!others.empty())
        out += "<h3>Other agreed actions</h3>\n<ul class=\"items\">\n" + others + "</ul>\n";
    out += "</section>\n";
}

void dates(std::string& out, const json& view) {
    out += "<section aria-labelledby=\"dates\">\n<h2 id=\"dates\">Dates</h2>\n<dl>\n";
    const std::string target = text(view, "targetDate");
    out += "<dt>Target date for a full return</dt><dd>" +
           (target.empty() ? std::string("Not shared") : escapeHtml(longDate(target))) +
           "</dd>\n<dt>Review dates</dt><dd>";
    const auto reviews = view.find("reviewDates");
    if (reviews == view.end() || !reviews->is_array()) {
        out += "Not shared";
    } else if (reviews->empty()) {
        out += "None planned";
    } else {
        out += "<ul class=\"plain\">";
        for (const auto& d : *reviews)
            out +=
                "<li>" + escapeHtml(longDate(d.is_string() ? d.get<std::string>() : "")) + "</li>";
        out += "</ul>";
    }
    out += "</dd>\n</dl>\n</section>\n";
}

void contact(std::string& out, const json& view) {
    out += "<section aria-labelledby=\"contact\">\n<h2 id=\"contact\">Adviser contact</h2>\n";
    const auto c = view.find("adviserContact");
    if (c == view.end() || !c->is_object()) {
        out += "<p>No contact has been shared. Please ask the employee.</p>\n</section>\n";
        return;
    }
    out += "<dl>\n<dt>Name</dt><dd>" + escapeHtml(text(*c, "name")) + "</dd>\n";
    if (!text(*c, "phone").empty()) {
        std::string dial;
        for (char ch : text(*c, "phone"))
            if ((ch >= '0' && ch <= '9') || ch == '+') dial += ch;
        out += "<dt>Phone</dt><dd><a href=\"tel:" + escapeHtml(dial) + "\">" +
               escapeHtml(text(*c, "phone")) + "</a></dd>\n";
    }
    if (!text(*c, "email").empty())
        out += "<dt>Email</dt><dd><a href=\"mailto:" + escapeHtml(text(*c, "email")) + "\">" +
               escapeHtml(text(*c, "email")) + "</a></dd>\n";
    out += "</dl>\n</section>\n";
}

void responseForms(std::string& out, const std::string& token, const SharedPlan& plan,
                   const std::string& formError, const std::string& comment) {
    const std::string action = "/e/" + escapeHtml(token);
    const std::string csrf =
        "<input type=\"hidden\" name=\"csrf\" value=\"" + escapeHtml(plan.csrf) + "\">\n";
    out +=
        "<section class=\"respond\" aria-labelledby=\"respond\">\n<h2 id=\"respond\">Your "
        "response</h2>\n";
    if (plan.acknowledgedAt) {
        out += "<p class=\"done\">You acknowledged this plan on " +
               escapeHtml(longDateOf(*plan.acknowledgedAt)) + ".</p>\n";
    } else {
        out += "<form method=\"post\" action=\"" + action + "\">\n" + csrf +
               "<input type=\"hidden\" name=\"action\" value=\"acknowledge\">\n"
               "<p>Let the adviser and the employee know you have read this plan.</p>\n"
               "<button type=\"submit\">I have read this plan</button>\n</form>\n";
    }
    out += "<form method=\"post\" action=\"" + action + "\">\n" + csrf +
           "<input type=\"hidden\" name=\"action\" value=\"comment\">\n"
           "<label for=\"comment\">Comment or question for the adviser</label>\n"
           "<p class=\"hint\" id=\"comment-hint\">The adviser and the employee will both see it. "
           "Up to 2,000 characters.</p>\n";
    if (!formError.empty())
        out += "<p class=\"error\" id=\"comment-error\">" + escapeHtml(formError) + "</p>\n";
    out +=
        "<textarea id=\"comment\" name=\"comment\" rows=\"5\" maxlength=\"2000\" required "
        "aria-describedby=\"comment-hint" +
        std::string(formError.empty() ? "" : " comment-error") + "\"" +
        (formError.empty() ? "" : " aria-invalid=\"true\"") + ">" + escapeHtml(comment) +
        "</textarea>\n<button type=\"submit\">Send comment</button>\n</form>\n</section>\n";
}

}  // namespace

std::string renderPlanPage(const std::string& token, const SharedPlan& plan, PageNotice notice,
                           const std::string& formError, const std::string& comment) {
    const json& view = plan.view;
    std::string out = pageHead("Return-to-work plan");
    out += "<main id=\"main\">\n<h1>Return-to-work plan</h1>\n<p class=\"lead\">Version " +
           escapeHtml(number(view, "version")) + " &middot; " +
           escapeHtml(words(text(view, "status"))) + "</p>\n";
    if (notice == PageNotice::Acknowledged)
        out +=
            "<div class=\"notice\" role=\"status\"><p>Thank you. Your acknowledgement has "
            "been sent to the adviser and the employee.</p></div>\n";
    if (notice == PageNotice::CommentSent)
        out +=
            "<div class=\"notice\" role=\"status\"><p>Thank you. Your comment has been sent to "
            "the adviser and the employee.</p></div>\n";
    schedule(out, view);
    adjustments(out, view);
    actions(out, view);
    dates(out, view);
    contact(out, view);
    responseForms(out, token, plan, formError, comment);
    out += "</main>\n";
    out += kFooter;
    return out;
}

std::string renderClosedPage(LinkState state) {
    if (state == LinkState::Ended)
        return renderMessagePage(
            "This plan is no longer available",
            "The link has expired or sharing has stopped. If you still need the plan, please "
            "ask the employee or their adviser to share it again.");
    return renderMessagePage("Page not found",
                             "Check the link is complete and typed exactly as you received it. "
                             "If it still does not work, ask the person who sent it for a new "
                             "one.");
}

std::string renderMessagePage(const std::string& title, const std::string& message) {
    return pageHead(title) + "<main id=\"main\">\n<h1>" + escapeHtml(title) + "</h1>\n<p>" +
           escapeHtml(message) + "</p>\n</main>\n</body>\n</html>\n";
}

}  // namespace rtw::server::web
