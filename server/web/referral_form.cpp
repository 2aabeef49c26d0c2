#include "server/web/referral_form.h"

#include <algorithm>

#include "model/client.h"
#include "model/referral.h"

namespace rtw::server::web {

using nlohmann::json;

namespace {

/// The words a message about each field starts with.
std::string labelOf(const std::string& field) {
    static const std::vector<std::pair<const char*, const char*>> labels = {
        {"givenName", "First name"},
        {"familyName", "Last name"},
        {"dateOfBirth", "Date of birth"},
        {"nhsNumber", "NHS number"},
        {"phone", "Phone number"},
        {"email", "Email address"},
        {"postcode", "Postcode"},
        {"preferredContact", "Preferred contact"},
        {"reason", "Reason for referral"},
        {"conditionGroup", "Kind of condition"},
        {"painSites", "Where the pain is"},
        {"workStatus", "Work status"},
        {"offSickSince", "Date off sick from"},
        {"unemployedSince", "Date out of work from"},
        {"fitNoteStatus", "Fit note"},
        {"referrerName", "Your name"},
        {"consentToContact", "Consent to be contacted"}};
    for (const auto& [name, label] : labels)
        if (field == name) return label;
    return field;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

/// Core's field path ("painSites[1]", "client.x") as the form field.
std::string formField(std::string path) {
    if (const auto dot = path.rfind('.'); dot != std::string::npos) path = path.substr(dot + 1);
    if (const auto br = path.find('['); br != std::string::npos) path = path.substr(0, br);
    return path;
}

class Reader {
public:
    Reader(const Form& form, std::vector<FieldError>& errors) : form_(form), errors_(errors) {}

    bool has(const std::string& field) const {
        return std::any_of(errors_.begin(), errors_.end(),
                           [&](const FieldError& e) { return e.field == field; });
    }
    /// One message per field: the first problem found is the one to fix.
    void error(const std::string& field, const std::string& message) {
        if (!has(field)) errors_.push_back({field, message});
    }
    /// Core's problems, worded "<Label> <rule>."
    void merge(const Status& s) {
        for (const auto& fe : s.fieldErrors()) {
            const std::string field = formField(fe.field);
            // The referral date is today: say so in words a referrer knows.
            const std::string rule = fe.message == "must not be after the referral date"
                                         ? std::string("must not be in the future")
                                         : fe.message;
            error(field, labelOf(field) + " " + rule + ".");
        }
    }
    std::string text(const char* key) const { return trimmed(form_.get(key)); }
    void putText(json& j, const char* key) const {
        if (const std::string v = text(key); !v.empty()) j[key] = v;
    }
    void required(json& j, const char* key, const std::string& missing) {
        const std::string v = text(key);
        if (v.empty()) error(key, missing);
        j[key] = v;
    }
    /// A dd/mm/yyyy date into j[key] as ISO.
    void date(json& j, const char* key, const std::string& missing) {
        const std::string typed = text(key);
        if (typed.empty()) {
            error(key, missing);
            return;
        }
        auto d = model::parseUkDate(typed);
        if (!d) {
            error(key, labelOf(key) + " " + d.status().message() + ", for example 27/03/1981.");
            return;
        }
        j[key] = model::formatIsoDate(*d);
    }
    /// One of `choices`, or the message.
    void choice(json& j, const char* key, const std::vector<FormChoice>& choices,
                const std::string& missing) {
        const std::string v = text(key);
        const bool known = std::any_of(choices.begin(), choices.end(),
                                       [&](const FormChoice& c) { return v == c.value; });
        if (!known) {
            error(key, missing);
            return;
        }
        j[key] = v;
    }

private:
    const Form& form_;
    std::vector<FieldError>& errors_;
};

}  // namespace

const std::vector<FormChoice>& conditionChoices() {
    static const std::vector<FormChoice> list = {
        {"musculoskeletal", "Musculoskeletal (pain in muscles, joints or back)"},
        {"mental_health", "Mental health"},
        {"other", "Something else"}};
    return list;
}

const std::vector<FormChoice>& painSiteChoices() {
    static const std::vector<FormChoice> list = {{"neck", "Neck"},
                                                 {"shoulder", "Shoulder"},
                                                 {"upper_back", "Upper back"},
                                                 {"lower_back", "Lower back"},
                                                 {"hip", "Hip"},
                                                 {"knee", "Knee"},
                                                 {"ankle_foot", "Ankle or foot"},
                                                 {"elbow", "Elbow"},
                                                 {"wrist_hand", "Wrist or hand"},
                                                 {"widespread", "Widespread"},
                                                 {"other", "Somewhere else"}};
    return list;
}

const std::vector<FormChoice>& workStatusChoices(ReferralKind kind) {
    static const std::vector<FormChoice> gp = {
        {"employed_off_sick", "Employed and off sick"},
        {"employed_struggling", "Employed, at work but struggling"},
        {"self_employed", "Self-employed"},
        {"unemployed", "Unemployed (for less than 12 months)"}};
    static const std::vector<FormChoice> self = {
        {"employed_off_sick", "I have a job and I am off sick"},
        {"employed_struggling", "I am at work but struggling"},
        {"self_employed", "I am self-employed"},
        {"unemployed", "I am out of work (for less than 12 months)"}};
    return kind == ReferralKind::Gp ? gp : self;
}

const std::vector<FormChoice>& fitNoteChoices(ReferralKind kind) {
    static const std::vector<FormChoice> gp = {{"not_fit", "Not fit for work"},
                                               {"may_be_fit", "May be fit for work"},
                                               {"none", "No fit note"},
                                               {"unknown", "Not known"}};
    static const std::vector<FormChoice> self = {
        {"not_fit", "Yes, it says I am not fit for work"},
        {"may_be_fit", "Yes, it says I may be fit for work"},
        {"none", "No"},
        {"unknown", "I am not sure"}};
    return kind == ReferralKind::Gp ? gp : self;
}

const std::vector<FormChoice>& contactChoices() {
    static const std::vector<FormChoice> list = {{"phone", "Phone call"},
                                                 {"text", "Text message"},
                                                 {"email", "Email"},
                                                 {"letter", "Letter"}};
    return list;
}

WebReferral readReferralForm(const Form& form, ReferralKind kind, model::Date today,
                             const std::string& practiceName) {
    WebReferral out;
    Reader r(form, out.errors);
    const bool gp = kind == ReferralKind::Gp;
    const std::string who = gp ? "the patient's" : "your";

    // The client: who, and how to reach them.
    json client = json::object();
    r.required(client, "givenName", "Enter " + who + " first name.");
    r.required(client, "familyName", "Enter " + who + " last name.");
    r.date(client, "dateOfBirth", "Enter " + who + " date of birth.");
    if (gp && r.text("nhsNumber").empty()) r.error("nhsNumber", "Enter the patient's NHS number.");
    for (const char* key : {"nhsNumber", "phone", "email", "postcode"}) r.putText(client, key);
    if (!r.text("preferredContact").empty())
        r.choice(client, "preferredContact", contactChoices(), "Choose a way of contact.");
    if (r.text("phone").empty() && r.text("email").empty())
        r.error("phone", gp ? "Enter a phone number or an email address for the patient."
                            : "Enter a phone number or an email address so we can reach you.");
    if (auto parsed = model::Client::fromJson(client); !parsed) r.merge(parsed.status());
    if (client.contains("dateOfBirth") && !r.has("dateOfBirth")) {
        model::Client forAge;
        forAge.dateOfBirth = *model::parseIsoDate(client["dateOfBirth"].get<std::string>());
        r.merge(model::checkAge(forAge, today));
    }

    // The referral, received today and waiting for the adviser.
    json ref = {{"source", gp ? "gp" : "self"},
                {"referralDate", model::formatIsoDate(today)},
                {"status", "received"}};
    if (gp) r.required(ref, "referrerName", "Enter your name.");
    if (!practiceName.empty()) ref["referrerPractice"] = practiceName;
    r.required(ref, "reason",
               gp ? "Say why you are referring the patient." : "Say why you would like support.");
    r.choice(ref, "conditionGroup", conditionChoices(), "Choose the kind of condition.");
    json sites = json::array();
    for (const auto& site : painSiteChoices())
        if (!form.get(std::string("painSite_") + site.value).empty()) sites.push_back(site.value);
    ref["painSites"] = sites;
    r.choice(ref, "workStatus", workStatusChoices(kind), "Choose a work status.");
    const std::string work = r.text("workStatus");
    if (work == "employed_off_sick")
        r.date(
            ref, "offSickSince",
            gp ? "Enter the date the patient went off sick." : "Enter the date you went off sick.");
    if (work == "unemployed")
        r.date(
            ref, "unemployedSince",
            gp ? "Enter the date the patient stopped work." : "Enter the date you stopped work.");
    r.choice(ref, "fitNoteStatus", fitNoteChoices(kind), "Choose the fit note status.");
    ref["consentToContact"] = form.get("consentToContact") == "yes";
    // Taking part is voluntary: the service contacts nobody who has not agreed.
    if (!ref["consentToContact"].get<bool>())
        r.error("consentToContact", gp ? "The patient must agree to be contacted by the service "
                                         "before you refer them."
                                       : "Tick the box to agree to be contacted: we can only "
                                         "help if we can contact you.");
    // The automatic eligibility check, as the app shows it to the adviser.
    json el = {{"decision", "pending"}, {"overridden", false}};
    ref["eligibility"] = el;
    if (auto parsed = model::Referral::fromJson(ref)) {
        ref["eligibility"]["decision"] =
            std::string(model::enumName(model::checkEligibility(*parsed).decision));
    } else {
        r.merge(parsed.status());
    }
    out.client = std::move(client);
    out.referral = std::move(ref);
    return out;
}

}  // namespace rtw::server::web
