#include "server/accounts/account_store.h"

#include "model/rules.h"
#include "server/accounts/password.h"

namespace rtw::server {
namespace {

bool isOdsCode(const std::string& code) {
    if (code.size() < 3 || code.size() > 10) return false;
    for (char c : code) {
        const bool alnum =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum) return false;
    }
    return true;
}

}  // namespace

bool isAdminCreatableRole(model::UserRole role) {
    using model::UserRole;
    return role == UserRole::Adviser || role == UserRole::ServiceLead || role == UserRole::Admin ||
           role == UserRole::Referrer;
}

std::string normaliseEmail(const std::string& email) {
    std::string out = email;
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Status checkServiceName(const std::string& name) {
    model::ErrorList e;
    model::checkText(e, "name", name, model::kNameLength);
    return e.toStatus();
}

Status checkPractice(const std::string& name, const std::optional<std::string>& odsCode) {
    model::ErrorList e;
    model::checkText(e, "name", name, model::kNameLength);
    if (odsCode && !isOdsCode(*odsCode))
        e.add("odsCode", "must be an ODS code of 3 to 10 letters and digits, like B82018");
    return e.toStatus();
}

Status checkDeviceName(const std::string& name) {
    model::ErrorList e;
    model::checkText(e, "name", name, model::kNameLength);
    return e.toStatus();
}

Status checkNewUser(const NewUser& user) {
    model::ErrorList e;
    if (user.serviceId.empty()) e.add("service", "is required");
    const auto role = model::enumFromName<model::UserRole>(user.role);
    if (!role)
        e.add("role", model::oneOfMessage<model::UserRole>());
    else if (!isAdminCreatableRole(*role))
        e.add("role",
              "must be one of: adviser, service_lead, admin, referrer (patients join by invite "
              "and employer contacts when a plan is shared with them)");
    else if (*role == model::UserRole::Adviser && !user.practiceId)
        e.add("practice", "is required for advisers");
    model::checkEmail(e, "email", user.email);
    model::checkText(e, "displayName", user.displayName, model::kNameLength);
    if (user.password) {
        if (Status s = checkPasswordRules(*user.password); !s)
            e.add("password", s.fieldErrors().front().message);
    }
    return e.toStatus();
}

Status checkEnrolment(const std::string& email, const std::string& displayName,
                      const std::string& password) {
    model::ErrorList e;
    model::checkEmail(e, "email", email);
    model::checkText(e, "displayName", displayName, model::kNameLength);
    if (Status s = checkPasswordRules(password); !s)
        e.add("password", s.fieldErrors().front().message);
    return e.toStatus();
}

}  // namespace rtw::server
