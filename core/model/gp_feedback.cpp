#include "model/gp_feedback.h"

#include "model/consent_rules.h"
#include "model/contact.h"

namespace rtw::model {

namespace {

std::string text(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<Date> date(const nlohmann::json& j, const char* key) {
    auto d = parseIsoDate(text(j, key));
    return d ? std::optional<Date>(*d) : std::nullopt;
}

}  // namespace

Result<GpFeedback> composeGpFeedback(const nlohmann::json& client, const nlohmann::json& referral,
                                     const std::vector<nlohmann::json>& contacts,
                                     const std::optional<nlohmann::json>& discharge,
                                     const std::vector<nlohmann::json>& consentEvents) {
    std::optional<Discharge> parsed;
    if (discharge)
        if (auto d = Discharge::fromJson(*discharge)) parsed = *d;
    std::vector<ConsentEvent> events;
    for (const auto& f : consentEvents)
        if (auto e = ConsentEvent::fromJson(f)) events.push_back(*e);
    const ConsentState consent = currentConsent(events);
    if (Status s = checkMayWriteGpLetter(parsed, consent); !s) return s;

    GpFeedback out;
    const std::string given = text(client, "givenName"), family = text(client, "familyName");
    out.patientName = given.empty() ? family : family.empty() ? given : given + " " + family;
    out.dateOfBirth = date(client, "dateOfBirth");
    out.nhsNumber = text(client, "nhsNumber");
    out.referrerName = text(referral, "referrerName");
    out.referrerPractice = text(referral, "referrerPractice");
    out.referredOn = date(referral, "referralDate");
    out.reason = text(referral, "reason");
    for (const auto& f : contacts)
        if (auto c = Contact::fromJson(f)) {
            ++out.contactsArranged;
            if (c->attendance == Attendance::Attended) ++out.contactsAttended;
        }
    out.discharge = *parsed;
    out.mayReportProgress = mayReportProgressToGp(consent);
    return out;
}

}  // namespace rtw::model
