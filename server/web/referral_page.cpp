#include "server/web/referral_page.h"

#include <algorithm>

#include "model/dates.h"
#include "model/nhs_number.h"
#include "server/web/employer_page.h"

namespace rtw::server::web {

namespace {

struct Field {
    const char* name;
    std::string label;
    std::string hint;
    const char* attributes = "";  ///< autocomplete, inputmode, width
};

class FormWriter {
public:
    FormWriter(std::string& out, const Form& typed, const std::vector<FieldError>& errors)
        : out_(out), typed_(typed), errors_(errors) {}

    std::string errorOf(const std::string& name) const {
        for (const auto& e : errors_)
            if (e.field == name) return e.message;
        return {};
    }

    /// The hint and error of a field, and its aria-describedby list.
    std::string describe(const std::string& name, const std::string& hint) {
        std::string ids;
        if (!hint.empty()) {
            out_ += "<p class=\"hint\" id=\"" + name + "-hint\">" + escapeHtml(hint) + "</p>\n";
            ids = name + "-hint";
        }
        if (const std::string e = errorOf(name); !e.empty()) {
            out_ += "<p class=\"error\" id=\"" + name +
                    "-error\"><span class=\"visually-hidden\">"
                    "Error: </span>" +
                    escapeHtml(e) + "</p>\n";
            ids += (ids.empty() ? "" : " ") + name + "-error";
        }
        return ids.empty() ? std::string() : " aria-describedby=\"" + ids + "\"";
    }

    void input(const Field& f) {
        const std::string name = f.name;
        out_ += "<div class=\"field" + std::string(errorOf(name).empty() ? "" : " field-error") +
                "\">\n<label for=\"" + name + "\">" + escapeHtml(f.label) + "</label>\n";
        const std::string described = describe(name, f.hint);
        out_ += "<input type=\"text\" id=\"" + name + "\" name=\"" + name + "\" value=\"" +
                escapeHtml(typed_.get(name)) + "\"" + f.attributes + described +
                (errorOf(name).empty() ? "" : " aria-invalid=\"true\"") + ">\n</div>\n";
    }

    void textarea(const Field& f) {
        const std::string name = f.name;
        out_ += "<div class=\"field" + std::string(errorOf(name).empty() ? "" : " field-error") +
                "\">\n<label for=\"" + name + "\">" + escapeHtml(f.label) + "</label>\n";
        const std::string described = describe(name, f.hint);
        out_ += "<textarea id=\"" + name + "\" name=\"" + name +
                "\" rows=\"4\" maxlength=\"2000\"" + described +
                (errorOf(name).empty() ? "" : " aria-invalid=\"true\"") + ">" +
                escapeHtml(typed_.get(name)) + "</textarea>\n</div>\n";
    }

    /// Radio buttons (one name) or, with `prefix`, check boxes named prefix+value.
    void choices(const char* name, const std::string& legend, const std::string& hint,
                 const std::vector<FormChoice>& list, const char* prefix = nullptr) {
        out_ += "<div class=\"field" + std::string(errorOf(name).empty() ? "" : " field-error") +
                "\" id=\"" + name + "\">\n<fieldset";
        std::string body;
        std::swap(out_, body);
        const std::string described = describe(name, hint);
        std::swap(out_, body);
        out_ += described + ">\n<legend>" + escapeHtml(legend) + "</legend>\n" + body;
        for (const auto& c : list) {
            const std::string id = std::string(name) + "-" + c.value;
            const bool checked = prefix ? !typed_.get(std::string(prefix) + c.value).empty()
                                        : typed_.get(name) == c.value;
            out_ += "<div class=\"choice\"><input type=\"" +
                    std::string(prefix ? "checkbox" : "radio") + "\" id=\"" + id + "\" name=\"" +
                    (prefix ? std::string(prefix) + c.value : std::string(name)) + "\" value=\"" +
                    (prefix ? "on" : c.value) + "\"" + (checked ? " checked" : "") +
                    "><label for=\"" + id + "\">" + escapeHtml(c.label) + "</label></div>\n";
        }
        out_ += "</fieldset>\n</div>\n";
    }

    /// One check box posting name=yes.
    void checkbox(const char* name, const std::string& legend, const std::string& label) {
        out_ += "<div class=\"field" + std::string(errorOf(name).empty() ? "" : " field-error") +
                "\" id=\"" + name + "\">\n<fieldset";
        std::string body;
        std::swap(out_, body);
        const std::string described = describe(name, "");
        std::swap(out_, body);
        const std::string id = std::string(name) + "-yes";
        out_ += described + ">\n<legend>" + escapeHtml(legend) + "</legend>\n" + body +
                "<div class=\"choice\"><input type=\"checkbox\" id=\"" + id + "\" name=\"" + name +
                "\" value=\"yes\"" + (typed_.get(name) == "yes" ? " checked" : "") +
                "><label for=\"" + id + "\">" + escapeHtml(label) +
                "</label></div>\n</fieldset>\n</div>\n";
    }

private:
    std::string& out_;
    const Form& typed_;
    const std::vector<FieldError>& errors_;
};

/// The error summary: every problem, each linking to its field.
void errorSummary(std::string& out, const std::vector<FieldError>& errors) {
    if (errors.empty()) return;
    out +=
        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\">\n"
        "<h2 id=\"error-summary-title\">There is a problem</h2>\n<ul>\n";
    for (const auto& e : errors)
        out +=
            "<li><a href=\"#" + escapeHtml(e.field) + "\">" + escapeHtml(e.message) + "</a></li>\n";
    out += "</ul>\n</div>\n";
}

std::string outcomeWords(const std::string& outcome) {
    static const std::vector<std::pair<const char*, const char*>> words = {
        {"returned_same_job_full", "Returned to the same job, full duties"},
        {"returned_same_job_phased", "Returned to the same job, phased"},
        {"stayed_in_work", "Stayed in work"},
        {"new_job", "New job"},
        {"voluntary_work", "Voluntary work"},
        {"training", "Training"},
        {"job_seeking", "Looking for work"},
        {"not_working", "Not working"},
        {"lost_contact", "Lost contact"}};
    for (const auto& [name, text] : words)
        if (outcome == name) return text;
    return outcome;
}

std::string dateOfTimestamp(std::int64_t ms) {
    return longDate(model::formatIsoDate(model::utcDateOf(ms)));
}

void fact(std::string& out, const char* term, const std::string& value) {
    if (!value.empty())
        out += "<dt>" + std::string(term) + "</dt><dd>" + escapeHtml(value) + "</dd>\n";
}

std::string isoOf(const std::optional<model::Date>& d) {
    return d ? model::formatIsoDate(*d) : std::string();
}

/// The feedback letter as the app's PDF has it (core's composeGpFeedback),
/// laid out as HTML; without goals and questionnaire scores (below).
void letter(std::string& out, const FeedbackLetter& letter) {
    const model::GpFeedback& l = letter.content;
    const model::Discharge& d = l.discharge;
    out +=
        "<section class=\"letter\" aria-labelledby=\"letter\">\n<h2 id=\"letter\">Discharge "
        "summary</h2>\n<p class=\"hint\">Return-to-work support: the feedback letter from "
        "the adviser. Print this page to keep it with the patient's record.</p>\n<dl>\n";
    const std::string to = l.referrerName.empty() ? l.referrerPractice
                           : l.referrerPractice.empty()
                               ? l.referrerName
                               : l.referrerName + ", " + l.referrerPractice;
    fact(out, "To", to.empty() ? std::string("The patient's GP") : to);
    fact(out, "Patient", l.patientName);
    fact(out, "Date of birth", longDate(isoOf(l.dateOfBirth)));
    if (!l.nhsNumber.empty()) fact(out, "NHS number", model::formatNhsNumber(l.nhsNumber));
    fact(out, "Referred on", longDate(isoOf(l.referredOn)));
    fact(out, "Reason for referral", l.reason);
    fact(out, "Contacts",
         std::to_string(l.contactsAttended) + " attended of " + std::to_string(l.contactsArranged) +
             " arranged");
    fact(out, "Discharged on", longDate(model::formatIsoDate(d.dischargedOn)));
    fact(out, "Outcome", outcomeWords(std::string(model::enumName(d.outcome))));
    fact(out, "Has a return-to-work plan", d.interimOutcomes.hasRtwPlan ? "Yes" : "No");
    if (d.interimOutcomes.confidenceReturning)
        fact(out, "Confidence about work",
             std::to_string(*d.interimOutcomes.confidenceReturning) +
                 " out of 10, as the patient rates it");
    out += "</dl>\n";
    if (d.summary && !d.summary->empty())
        out += "<h3>Summary</h3>\n<p class=\"summary\">" + escapeHtml(*d.summary) + "</p>\n";
    if (!letter.adviserName.empty())
        out += "<p>" + escapeHtml(letter.adviserName) + "<br>Vocational adviser</p>\n";
    out += "</section>\n";
}

}  // namespace

std::string renderReferralForm(const std::string& token, const ReferralFormOpen& form,
                               const Form& typed, const std::vector<FieldError>& errors) {
    const bool gp = form.link.kind == ReferralKind::Gp;
    const std::string title = gp ? "Refer a patient for work and health support"
                                 : "Refer yourself for work and health support";
    std::string out = pageHead((errors.empty() ? "" : "Error: ") + title);
    out += "<main id=\"main\">\n<h1>" + title + "</h1>\n<p class=\"lead\">" +
           escapeHtml(form.link.practiceName) + "</p>\n";
    errorSummary(out, errors);
    out += gp ? "<p>An adviser will contact the patient, usually within 5 working days. All "
                "questions must be answered unless they say optional.</p>\n"
              : "<p>An adviser will contact you, usually within 5 working days, to talk about "
                "staying in or getting back to work. All questions must be answered unless they "
                "say optional.</p>\n";
    out += "<form method=\"post\" action=\"/r/" + escapeHtml(token) +
           "\" novalidate>\n"
           "<input type=\"hidden\" name=\"csrf\" value=\"" +
           escapeHtml(form.csrf) + "\">\n";
    FormWriter w(out, typed, errors);
    out += std::string("<section aria-labelledby=\"about\">\n<h2 id=\"about\">") +
           (gp ? "The patient" : "About you") + "</h2>\n";
    w.input({"givenName", "First name", "", " autocomplete=\"given-name\""});
    w.input({"familyName", "Last name", "", " autocomplete=\"family-name\""});
    w.input({"dateOfBirth", "Date of birth", "For example, 27/03/1981",
             " class=\"short\" inputmode=\"numeric\" autocomplete=\"bday\""});
    w.input({"nhsNumber", gp ? "NHS number" : "NHS number (optional)",
             "10 digits, for example 943 476 5919", " class=\"short\" inputmode=\"numeric\""});
    out +=
        "</section>\n<section aria-labelledby=\"contact\">\n<h2 id=\"contact\">Contact "
        "details</h2>\n";
    w.input({"phone", "Phone number",
             gp ? "A phone number or an email address is needed"
                : "A phone number or an email address is needed",
             " class=\"medium\" inputmode=\"tel\" autocomplete=\"tel\""});
    w.input({"email", "Email address (optional if there is a phone number)", "",
             " autocomplete=\"email\" inputmode=\"email\""});
    w.input(
        {"postcode", "Postcode (optional)", "", " class=\"short\" autocomplete=\"postal-code\""});
    w.choices("preferredContact", "Best way to make contact (optional)", "", contactChoices());
    out += "</section>\n<section aria-labelledby=\"referral\">\n<h2 id=\"referral\">" +
           std::string(gp ? "The referral" : "What you would like help with") + "</h2>\n";
    w.textarea({"reason", gp ? "Reason for referral" : "Why you would like support",
                gp ? "What is affecting the patient's work" : "What is making work hard for you"});
    w.choices("conditionGroup", gp ? "Kind of condition" : "What kind of health problem is it?", "",
              conditionChoices());
    w.choices("painSites", "Where the pain is",
              "For a musculoskeletal condition: tick all that apply", painSiteChoices(),
              "painSite_");
    w.choices("workStatus", gp ? "Work status" : "Your work", "",
              workStatusChoices(form.link.kind));
    w.input({"offSickSince", gp ? "Off sick since" : "Off sick since (if off sick)",
             "If off sick. For example, 03/02/2026", " class=\"short\" inputmode=\"numeric\""});
    w.input({"unemployedSince", "Out of work since", "If unemployed. For example, 03/02/2026",
             " class=\"short\" inputmode=\"numeric\""});
    w.choices("fitNoteStatus", gp ? "Fit note" : "Do you have a fit note?", "",
              fitNoteChoices(form.link.kind));
    out += "</section>\n";
    if (gp) {
        out += "<section aria-labelledby=\"referrer\">\n<h2 id=\"referrer\">You</h2>\n";
        w.input(
            {"referrerName", "Your name", "For example, Dr Asha Patel", " autocomplete=\"name\""});
        out += "</section>\n";
    }
    out += "<section aria-labelledby=\"consent\">\n<h2 id=\"consent\">Consent</h2>\n";
    w.checkbox("consentToContact", gp ? "Has the patient agreed?" : "Your agreement",
               gp ? "The patient agrees to be contacted by the Work and Health service"
                  : "I agree to be contacted by the Work and Health service");
    out +=
        "</section>\n<button type=\"submit\">Send referral</button>\n</form>\n</main>\n"
        "<footer class=\"footer\"><p>The details go only to the Work and Health service. "
        "Please do not share this page's link outside the practice.</p></footer>\n"
        "</body>\n</html>\n";
    return out;
}

std::string renderReferralReceipt(ReferralKind kind, const std::string& statusUrl) {
    std::string out = pageHead("Referral sent");
    out += "<main id=\"main\">\n<div class=\"panel\">\n<h1>Referral sent</h1>\n<p>" +
           std::string(kind == ReferralKind::Gp
                           ? "The Work and Health service has received the referral. An adviser "
                             "will contact the patient."
                           : "The Work and Health service has received your referral. An adviser "
                             "will contact you.") +
           "</p>\n</div>\n<section aria-labelledby=\"keep\">\n<h2 id=\"keep\">Keep this link to "
           "follow the referral</h2>\n<p>" +
           (kind == ReferralKind::Gp
                ? "It shows whether the patient has been contacted, if the referral was "
                  "declined and why, and the discharge summary when support ends."
                : "It shows whether an adviser has been in touch and, when support ends, the "
                  "summary.") +
           "</p>\n<p class=\"status-link\"><a href=\"" + escapeHtml(statusUrl) + "\">" +
           escapeHtml(statusUrl) +
           "</a></p>\n<p class=\"hint\">This link is shown only once. Copy it into the "
           "patient's record or bookmark it now. Anyone with the link can see the referral's "
           "progress, so keep it safe.</p>\n</section>\n</main>\n</body>\n</html>\n";
    return out;
}

std::string renderReferralProgress(const ReferralProgress& p) {
    std::string out = pageHead("Referral progress");
    out += "<main id=\"main\">\n<h1>Referral progress</h1>\n<p class=\"lead\">" +
           escapeHtml(p.patientName) +
           "</p>\n<section aria-labelledby=\"stages\">\n<h2 "
           "id=\"stages\">Where the referral is</h2>\n<ol class=\"stages\">\n";
    out += "<li class=\"stage done\"><strong>Received</strong> on " +
           escapeHtml(longDate(p.receivedOn)) + "</li>\n";
    if (p.firstContactAt)
        out += "<li class=\"stage done\"><strong>Contacted</strong>: first contact on " +
               escapeHtml(dateOfTimestamp(*p.firstContactAt)) + "</li>\n";
    if (p.stage == ReferralStage::Declined) {
        out += "<li class=\"stage done\"><strong>Declined</strong>. The adviser's reason: " +
               escapeHtml(p.declineReason.empty() ? std::string("not given") : p.declineReason) +
               "</li>\n";
    } else if (p.stage == ReferralStage::Discharged) {
        out += "<li class=\"stage done\"><strong>Discharged</strong> on " +
               escapeHtml(longDate(p.dischargedOn)) + "</li>\n";
    } else if (!p.firstContactAt) {
        out += "<li class=\"stage\">Waiting for first contact</li>\n";
    } else {
        out += "<li class=\"stage\">Receiving support</li>\n";
    }
    out += "</ol>\n</section>\n";
    if (p.stage == ReferralStage::Discharged) {
        if (p.letter)
            letter(out, *p.letter);
        else
            out +=
                "<section><p>Support has ended. The patient did not agree to a discharge "
                "summary being sent, so none is shown.</p></section>\n";
    }
    out +=
        "</main>\n<footer class=\"footer\"><p>Please do not forward this link. Each time this "
        "page is opened it is recorded.</p></footer>\n</body>\n</html>\n";
    return out;
}

std::string renderReferralClosed(LinkState state, bool statusLink) {
    if (state == LinkState::Ended)
        return renderMessagePage(
            statusLink ? "This referral is no longer available"
                       : "This referral link is no longer in use",
            statusLink ? "The record has been closed. Please contact the Work and Health service."
                       : "Please ask the Work and Health service for the practice's current "
                         "referral link.");
    return renderClosedPage(LinkState::Unknown);
}

}  // namespace rtw::server::web
