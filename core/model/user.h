#pragma once
// A person who signs in, and the role that decides which screens and data
// they get.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class UserRole { Adviser, Patient, EmployerContact, Referrer, ServiceLead, Admin };
template <>
struct EnumNames<UserRole> {
    static constexpr std::string_view values[] = {"adviser",  "patient",      "employer_contact",
                                                  "referrer", "service_lead", "admin"};
};

struct User {
    static constexpr std::string_view kType = "user";

    std::string email;
    std::string displayName;
    UserRole role{};
    std::string serviceId;  ///< the service (organisation) the account belongs to
    std::optional<std::string> practiceId;

    static Result<User> fromJson(const nlohmann::json& fields);
    bool operator==(const User&) const = default;
};

nlohmann::json toJson(const User& u);
Status validate(const User& u);

}  // namespace rtw::model
