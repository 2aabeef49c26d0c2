#pragma once
// A named person with optional phone and email: an employer's line manager,
// the adviser named on a RTW plan. Shared so both read and check the same way.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "model/json_fields.h"

namespace rtw::model {

/// Someone to contact about the case.
struct ContactPerson {
    std::string name;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    bool operator==(const ContactPerson&) const = default;
};

void readContactPerson(FieldReader& r, ContactPerson& out);
void checkContactPerson(ErrorList& e, const std::string& path, const ContactPerson& p);
nlohmann::json toJson(const ContactPerson& p);

}  // namespace rtw::model
