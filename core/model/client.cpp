#include "model/client.h"

#include "model/json_fields.h"
#include "model/nhs_number.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, Client& c) {
    r.text("givenName", c.givenName);
    r.text("familyName", c.familyName);
    r.date("dateOfBirth", c.dateOfBirth);
    r.text("nhsNumber", c.nhsNumber);
    // Store the canonical 10 digits whatever spacing was typed.
    if (c.nhsNumber) {
        if (auto digits = normaliseNhsNumber(*c.nhsNumber)) c.nhsNumber = *digits;
    }
    r.text("phone", c.phone);
    r.text("email", c.email);
    r.text("postcode", c.postcode);
    r.choice("preferredContact", c.preferredContact);
}

// A preferred way of contact is useless without the details to use it.
void checkPreferred(ErrorList& e, const Client& c) {
    const auto pref = c.preferredContact;
    if ((pref == ContactPreference::Phone || pref == ContactPreference::Text) && !c.phone) {
        e.addCross("phone", "is required when the preferred contact is phone or text",
                   {"preferredContact"});
    }
    if (pref == ContactPreference::Email && !c.email) {
        e.addCross("email", "is required when the preferred contact is email",
                   {"preferredContact"});
    }
}

void check(ErrorList& e, const Client& c) {
    checkText(e, "givenName", c.givenName, kNameLength);
    checkText(e, "familyName", c.familyName, kNameLength);
    checkDate(e, "dateOfBirth", c.dateOfBirth);
    if (c.nhsNumber) {
        auto digits = normaliseNhsNumber(*c.nhsNumber);
        if (!digits) e.add("nhsNumber", digits.status().message());
    }
    checkPhone(e, "phone", c.phone);
    checkEmail(e, "email", c.email);
    if (c.postcode && !isUkPostcode(*c.postcode)) {
        e.add("postcode", "must be a UK postcode like LS1 4AP");
    }
    checkPreferred(e, c);
}

}  // namespace

Result<Client> Client::fromJson(const nlohmann::json& fields) {
    return parseRecord<Client>(fields, read, check);
}

nlohmann::json toJson(const Client& c) {
    nlohmann::json j = {{"givenName", c.givenName},
                        {"familyName", c.familyName},
                        {"dateOfBirth", dateJson(c.dateOfBirth)}};
    if (c.nhsNumber) {
        auto digits = normaliseNhsNumber(*c.nhsNumber);
        j["nhsNumber"] = digits ? *digits : *c.nhsNumber;
    }
    putOptional(j, "phone", c.phone);
    putOptional(j, "email", c.email);
    putOptional(j, "postcode", c.postcode);
    if (c.preferredContact) j["preferredContact"] = enumJson(*c.preferredContact);
    return j;
}

Status validate(const Client& c) {
    return validateWith(c, check);
}

int ageOn(Date dateOfBirth, Date today) {
    int age = static_cast<int>(today.year()) - static_cast<int>(dateOfBirth.year());
    // Not yet had this year's birthday (29 Feb birthdays count from 1 Mar).
    if (std::chrono::month_day{today.month(), today.day()} <
        std::chrono::month_day{dateOfBirth.month(), dateOfBirth.day()}) {
        --age;
    }
    return age;
}

Status checkAge(const Client& c, Date today) {
    ErrorList e;
    if (std::chrono::sys_days{c.dateOfBirth} > std::chrono::sys_days{today}) {
        e.add("dateOfBirth", "must not be in the future");
    } else if (const int age = ageOn(c.dateOfBirth, today); age < 16 || age > 100) {
        e.add("dateOfBirth",
              "must be for someone aged 16 to 100 (this gives age " + std::to_string(age) + ")");
    }
    return e.toStatus();
}

}  // namespace rtw::model
