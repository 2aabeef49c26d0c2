#pragma once
// A case: one client's episode with the service, and the sync scope. Every
// other record carries its case id in the envelope, so a device syncs whole
// cases (an adviser's caseload, a patient's own case).

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class CaseStatus { AwaitingFirstContact, Active, Discharged, Declined, Closed };
template <>
struct EnumNames<CaseStatus> {
    static constexpr std::string_view values[] = {"awaiting_first_contact", "active", "discharged",
                                                  "declined", "closed"};
};

/// Who holds the case and where it stands.
struct Case {
    static constexpr std::string_view kType = "case";

    std::string practiceId;                    ///< the GP practice (ODS code or our id)
    std::string adviserId;                     ///< user id of the adviser holding the case
    std::optional<std::string> patientUserId;  ///< set once the patient has an account
    /// The account that referred the client (a GP), who then sees the
    /// referral's progress and discharge feedback; absent for other sources.
    std::optional<std::string> referrerUserId;
    CaseStatus status{};
    Date openedOn{};

    static Result<Case> fromJson(const nlohmann::json& fields);
    bool operator==(const Case&) const = default;
};

nlohmann::json toJson(const Case& c);
Status validate(const Case& c);

}  // namespace rtw::model
