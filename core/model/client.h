#pragma once
// The client (patient) as the adviser records them: identity and how to
// reach them. Age limits need today's date, which validation must not read
// from the system clock, so they live in checkAge() for the app to call.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class ContactPreference { Phone, Text, Email, Video, Letter };
template <>
struct EnumNames<ContactPreference> {
    static constexpr std::string_view values[] = {"phone", "text", "email", "video", "letter"};
};

/// A person referred to the service.
struct Client {
    static constexpr std::string_view kType = "client";

    std::string givenName;
    std::string familyName;
    Date dateOfBirth{};
    std::optional<std::string> nhsNumber;  ///< 10 digits; fromJson accepts and removes spaces
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<std::string> postcode;
    std::optional<ContactPreference> preferredContact;

    static Result<Client> fromJson(const nlohmann::json& fields);
    bool operator==(const Client&) const = default;
};

nlohmann::json toJson(const Client& c);
Status validate(const Client& c);

/// The service takes people aged 16 to 100 on `today`; also refuses a date of
/// birth after today. Field errors name "dateOfBirth".
Status checkAge(const Client& c, Date today);
/// Whole years from dateOfBirth to today.
int ageOn(Date dateOfBirth, Date today);

}  // namespace rtw::model
