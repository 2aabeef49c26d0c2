#pragma once
// One entry in the audit trail: who did what to which record, when. Every
// employer view of a shared plan is one (action read). Append-only.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "model/user.h"
#include "util/status.h"

namespace rtw::model {

enum class AuditAction { Create, Update, Delete, Read, Share, Revoke, SignIn, Export };
template <>
struct EnumNames<AuditAction> {
    static constexpr std::string_view values[] = {"create", "update", "delete",  "read",
                                                  "share",  "revoke", "sign_in", "export"};
};

/// True for actions done to one record (all but sign_in and export), which
/// must name it.
bool auditActionNeedsRecord(AuditAction action);

struct AuditEvent {
    static constexpr std::string_view kType = "audit_event";

    std::string actorId;
    UserRole actorRole{};
    std::optional<std::string> deviceId;  ///< absent for web (server-side) access
    AuditAction action{};
    std::optional<std::string> recordType;  ///< a registered type name
    std::optional<std::string> recordId;
    Timestamp at = 0;
    std::optional<std::string> detail;

    static Result<AuditEvent> fromJson(const nlohmann::json& fields);
    bool operator==(const AuditEvent&) const = default;
};

nlohmann::json toJson(const AuditEvent& a);
Status validate(const AuditEvent& a);

}  // namespace rtw::model
