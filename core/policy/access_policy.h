#pragma once
// The access policy: who may see and change which records of a case. Written
// once, used by the server (to filter pull and check push) and by the app (to
// decide what to show). Pure functions: no I/O, no clock reads; the caller
// gathers the facts about one case and passes the time.
//
// The rules, as a table, are in docs/data-model.md section 4 ("Access policy").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/consent_event.h"
#include "model/dates.h"
#include "model/share_grant.h"
#include "model/user.h"
#include "util/status.h"

namespace rtw::policy {

/// Who is asking: the signed-in user.
struct Principal {
    std::string userId;
    model::UserRole role{};
    std::string serviceId;  ///< the service (organisation) of the account
    /// Service lead: the practices (teams) they lead; a lead of the whole
    /// service is given every practice of it. Unused for other roles.
    std::vector<std::string> practiceIds;
};

/// A share grant of a case with its record id (an employer's answer names
/// the grant it answers).
struct CaseShare {
    std::string id;
    model::ShareGrant grant;
};

/// Everything the policy needs about one case, gathered by the caller from
/// the case record and the case's consent events and share grants.
/// For the creation of a case, the facts describe the case being created.
struct CaseFacts {
    std::string caseId;
    std::string serviceId;                      ///< the service the case belongs to
    std::string practiceId;                     ///< case.practiceId
    std::string adviserId;                      ///< case.adviserId
    std::optional<std::string> patientUserId;   ///< case.patientUserId
    std::optional<std::string> referrerUserId;  ///< the account that referred, if any
    model::ConsentState consent;                ///< currentConsent(the case's consent events)
    std::vector<CaseShare> shares;              ///< the case's share grants, live ones
};

/// One record: its type name, id and fields. `fields` must outlive the ref.
struct RecordRef {
    std::string_view type;
    std::string_view id;
    const nlohmann::json& fields;
    /// For checkWrite of an Update: the changed fields (null = cleared), for
    /// rules that limit which fields may change (a conflict's status). Null
    /// when unknown; such rules then refuse.
    const nlohmann::json* changes = nullptr;
};

/// How much of a record a reader gets.
enum class View {
    None,      ///< nothing, not even that it exists
    Full,      ///< every field
    Patient,   ///< the patient-visible part (redactAs)
    Employer,  ///< employerView(snapshot) of a shared plan version only
    Referrer,  ///< referral status and discharge feedback only
};

enum class WriteOp { Create, Update, Delete };

std::string_view viewName(View v);

/// Whether the principal may learn that the case exists at all. When false,
/// every answer about the case must look exactly like "no such case".
bool mayKnowCaseExists(const Principal& p, const CaseFacts& f, model::Timestamp now);

/// How much of `record` (a record of the case `f`) the principal may read at
/// `now`. Unknown types, and `user` records (not case data), are View::None.
View viewOf(const Principal& p, const CaseFacts& f, const RecordRef& record, model::Timestamp now);

/// Whether viewOf or redactAs for this reader and record type can depend on
/// the record's fields. When false, the view is the same whatever the
/// fields, and a Full view sends the stored fields unchanged, so a reader of
/// many records (the server's pull) may decide without parsing them.
bool readDependsOnFields(const Principal& p, std::string_view type);

/// The fields a reader with view `v` receives; nullopt = nothing. A redacted
/// record is a view, not a storable record: required fields may be missing.
std::optional<nlohmann::json> redactAs(View v, const RecordRef& record);

/// redactAs(viewOf(...), record): what the server sends in a pull and the app
/// shows.
std::optional<nlohmann::json> redactForReader(const Principal& p, const CaseFacts& f,
                                              const RecordRef& record, model::Timestamp now);

/// Whether the principal may make this change. `record.fields`: for Create
/// the new record, for Update the record as it will be after the change, for
/// Delete the stored record. OK, NotAllowed with a reason a person can read,
/// or NotFound ("no such case" / "no such record") when the principal may not
/// know the case or the record exists, so forbidden and missing look alike.
Status checkWrite(const Principal& p, const CaseFacts& f, WriteOp op, const RecordRef& record,
                  model::Timestamp now);

namespace detail {
// Shared by the read and write halves (access_policy.cpp, write_policy.cpp).
bool holdsCase(const Principal& p, const CaseFacts& f);
bool leadsCase(const Principal& p, const CaseFacts& f);
bool isPatientOf(const Principal& p, const CaseFacts& f);
bool isReferrerOf(const Principal& p, const CaseFacts& f);
/// Employer contact with an active grant (to `planVersionId`, or to any
/// version when empty) and share_plan_with_employer consent standing for them.
bool employerMaySee(const Principal& p, const CaseFacts& f, std::string_view planVersionId,
                    model::Timestamp now);
/// fields[key] as a string / bool; empty / false when absent or another type.
std::string_view stringField(const nlohmann::json& fields, const char* key);
bool boolField(const nlohmann::json& fields, const char* key);
}  // namespace detail

}  // namespace rtw::policy
