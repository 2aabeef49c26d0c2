#pragma once
// The client's employer as gathered at assessment. Contacting the employer
// needs the client's consent (see consent_event.h); this record only holds
// what the adviser knows.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/contact_person.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

/// Micro < 10 staff, small < 50, medium < 250, large 250+ (UK definitions).
enum class EmployerSize { Micro, Small, Medium, Large };
template <>
struct EnumNames<EmployerSize> {
    static constexpr std::string_view values[] = {"micro", "small", "medium", "large"};
};

/// An employing organisation.
struct Employer {
    static constexpr std::string_view kType = "employer";

    std::string name;
    EmployerSize size{};
    bool hasOccupationalHealth = false;
    std::optional<ContactPerson> lineManager;
    /// The id the line manager is known by in consent events and plan shares
    /// (consent_event.recipientId, share_grant.employerContactId); it becomes
    /// their user id when the server gives them access. Only with lineManager.
    std::optional<std::string> lineManagerId;

    static Result<Employer> fromJson(const nlohmann::json& fields);
    bool operator==(const Employer&) const = default;
};

nlohmann::json toJson(const Employer& e);
Status validate(const Employer& e);

}  // namespace rtw::model
