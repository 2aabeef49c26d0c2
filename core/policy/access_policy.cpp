#include "policy/access_policy.h"

#include <algorithm>
#include <initializer_list>

#include "model/record_types.h"
#include "model/rtw_plan_version.h"

namespace rtw::policy {

using model::UserRole;
using nlohmann::json;

namespace detail {

bool holdsCase(const Principal& p, const CaseFacts& f) {
    return p.role == UserRole::Adviser && !p.userId.empty() && p.userId == f.adviserId &&
           !p.serviceId.empty() && p.serviceId == f.serviceId;
}

bool leadsCase(const Principal& p, const CaseFacts& f) {
    return p.role == UserRole::ServiceLead && !p.userId.empty() && !p.serviceId.empty() &&
           p.serviceId == f.serviceId && !f.practiceId.empty() &&
           std::find(p.practiceIds.begin(), p.practiceIds.end(), f.practiceId) !=
               p.practiceIds.end();
}

bool isPatientOf(const Principal& p, const CaseFacts& f) {
    return p.role == UserRole::Patient && !p.userId.empty() && f.patientUserId == p.userId;
}

bool isReferrerOf(const Principal& p, const CaseFacts& f) {
    return p.role == UserRole::Referrer && !p.userId.empty() && f.referrerUserId == p.userId;
}

bool employerMaySee(const Principal& p, const CaseFacts& f, std::string_view planVersionId,
                    model::Timestamp now) {
    if (p.role != UserRole::EmployerContact || p.userId.empty()) return false;
    if (!model::hasConsent(f.consent, model::ConsentScope::SharePlanWithEmployer, p.userId))
        return false;
    return std::any_of(f.shares.begin(), f.shares.end(), [&](const CaseShare& s) {
        const model::ShareGrant& g = s.grant;
        return g.employerContactId == p.userId &&
               (planVersionId.empty() || g.planVersionId == planVersionId) &&
               model::isShareActive(g, now);
    });
}

std::string_view stringField(const json& fields, const char* key) {
    if (!fields.is_object()) return {};
    auto it = fields.find(key);
    if (it == fields.end() || !it->is_string()) return {};
    return it->get_ref<const std::string&>();
}

bool boolField(const json& fields, const char* key) {
    if (!fields.is_object()) return false;
    auto it = fields.find(key);
    return it != fields.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace detail

namespace {

using namespace detail;

bool isOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), s) != options.end();
}

/// The patient sees the audit trail of who saw their plan, nothing else of it.
bool isPlanReadEvent(const json& fields) {
    return stringField(fields, "action") == "read" &&
           isOneOf(stringField(fields, "recordType"), {"rtw_plan", "rtw_plan_version"});
}

View patientView(const RecordRef& r) {
    if (r.type == "case_note")
        return boolField(r.fields, "sharedWithPatient") ? View::Patient : View::None;
    if (r.type == "audit_event") return isPlanReadEvent(r.fields) ? View::Patient : View::None;
    // Conflicts are working notes for the people who keep the record.
    if (r.type == "conflict") return View::None;
    return View::Patient;
}

View referrerView(const RecordRef& r) {
    if (r.type == "referral") return View::Referrer;
    // Feedback goes to the GP only when the patient agreed to it.
    if (r.type == "discharge" && boolField(r.fields, "gpFeedbackConsent")) return View::Referrer;
    return View::None;
}

/// An employer contact reads a plan version shared with them (as the
/// employer sees it), and their own grants and answers in full, while a
/// grant of that version to them stands with consent. A grant that has
/// itself ended is hidden even when another grant of the version stands.
View employerContactView(const Principal& p, const CaseFacts& f, const RecordRef& r,
                         model::Timestamp now) {
    if (r.id.empty()) return View::None;
    if (r.type == "rtw_plan_version")
        return employerMaySee(p, f, r.id, now) ? View::Employer : View::None;
    if (r.type != "share_grant" && r.type != "employer_response") return View::None;
    const std::string_view versionId = stringField(r.fields, "planVersionId");
    if (versionId.empty() || stringField(r.fields, "employerContactId") != p.userId)
        return View::None;
    if (!employerMaySee(p, f, versionId, now)) return View::None;
    if (r.type == "share_grant") {
        auto grant = model::ShareGrant::fromJson(r.fields);
        if (!grant || !model::isShareActive(*grant, now)) return View::None;
    }
    return View::Full;
}

json pick(const json& fields, std::initializer_list<const char*> keys) {
    json out = json::object();
    if (!fields.is_object()) return out;
    for (const char* k : keys) {
        auto it = fields.find(k);
        if (it != fields.end()) out[k] = *it;
    }
    return out;
}

json without(const json& fields, std::initializer_list<const char*> keys) {
    json out = fields;
    for (const char* k : keys) out.erase(k);
    return out;
}

}  // namespace

std::string_view viewName(View v) {
    switch (v) {
        case View::None:
            return "none";
        case View::Full:
            return "full";
        case View::Patient:
            return "patient";
        case View::Employer:
            return "employer";
        case View::Referrer:
            return "referrer";
    }
    return "none";
}

bool mayKnowCaseExists(const Principal& p, const CaseFacts& f, model::Timestamp now) {
    switch (p.role) {
        case UserRole::Adviser:
            return holdsCase(p, f);
        case UserRole::ServiceLead:
            return leadsCase(p, f);
        case UserRole::Patient:
            return isPatientOf(p, f);
        case UserRole::EmployerContact:
            return employerMaySee(p, f, {}, now);
        case UserRole::Referrer:
            return isReferrerOf(p, f);
        case UserRole::Admin:
            return false;  // accounts, not case data
    }
    return false;
}

View viewOf(const Principal& p, const CaseFacts& f, const RecordRef& r, model::Timestamp now) {
    if (model::findRecordType(r.type) == nullptr || r.type == "user") return View::None;
    if (!r.fields.is_object()) return View::None;
    switch (p.role) {
        case UserRole::Adviser:
            if (!holdsCase(p, f)) return View::None;
            // The brief: an adviser sees the audit trail of their own actions.
            if (r.type == "audit_event")
                return stringField(r.fields, "actorId") == p.userId ? View::Full : View::None;
            return View::Full;
        case UserRole::ServiceLead:
            return leadsCase(p, f) ? View::Full : View::None;
        case UserRole::Patient:
            return isPatientOf(p, f) ? patientView(r) : View::None;
        case UserRole::EmployerContact:
            return employerContactView(p, f, r, now);
        case UserRole::Referrer:
            return isReferrerOf(p, f) ? referrerView(r) : View::None;
        case UserRole::Admin:
            return View::None;
    }
    return View::None;
}

bool readDependsOnFields(const Principal& p, std::string_view type) {
    switch (p.role) {
        case UserRole::Adviser:
            return type == "audit_event";  // only their own actions
        case UserRole::Patient:
            return isOneOf(type, {"case_note", "audit_event", "referral"});
        case UserRole::EmployerContact:
            // employerView of the snapshot; their own grants and answers
            return isOneOf(type, {"rtw_plan_version", "share_grant", "employer_response"});
        case UserRole::Referrer:
            return isOneOf(type, {"referral", "discharge"});
        case UserRole::ServiceLead:
        case UserRole::Admin:
            return false;
    }
    return true;
}

std::optional<json> redactAs(View v, const RecordRef& r) {
    if (!r.fields.is_object()) return std::nullopt;
    switch (v) {
        case View::None:
            return std::nullopt;
        case View::Full:
            return r.fields;
        case View::Patient:
            // Referral summary: not the referrer's clinical free text, nor the
            // service's internal eligibility decision and override reason.
            if (r.type == "referral") return without(r.fields, {"reason", "eligibility"});
            return r.fields;
        case View::Employer: {
            if (r.type != "rtw_plan_version") return std::nullopt;
            auto version = model::RtwPlanVersion::fromJson(r.fields);
            if (!version) return std::nullopt;  // never guess what an odd record hides
            return model::employerView(version->snapshot);
        }
        case View::Referrer:
            if (r.type == "referral")
                return pick(r.fields, {"referralDate", "status", "declineReason"});
            if (r.type == "discharge")
                return pick(r.fields, {"dischargedOn", "outcome", "interimOutcomes", "summary"});
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<json> redactForReader(const Principal& p, const CaseFacts& f, const RecordRef& r,
                                    model::Timestamp now) {
    return redactAs(viewOf(p, f, r, now), r);
}

}  // namespace rtw::policy
