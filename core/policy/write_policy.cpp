// The write half of the access policy (checkWrite); see access_policy.h.

#include <algorithm>
#include <string>

#include "model/record_types.h"
#include "policy/access_policy.h"

namespace rtw::policy {

using model::UserRole;
using nlohmann::json;

namespace {

using namespace detail;

Status ok() {
    return Status::ok();
}
Status notAllowed(std::string why) {
    return Status::error(ErrorCode::NotAllowed, std::move(why));
}
Status notFound(std::string what) {
    return Status::error(ErrorCode::NotFound, std::move(what));
}

/// Opening a case: the facts describe the new case.
Status checkOpenCase(const Principal& p, const CaseFacts& f) {
    if (holdsCase(p, f) || leadsCase(p, f)) return ok();
    if (p.role == UserRole::Adviser || p.role == UserRole::ServiceLead)
        return notAllowed("You can only open a case on your own caseload or in a team you lead.");
    return notAllowed("Only an adviser or a service lead can open a case.");
}

/// Conflicts: the server records them; the case's adviser or lead resolves
/// (or reopens) one, changing nothing but its status, in their own name.
Status checkConflict(WriteOp op, const RecordRef& r, const Principal& p, const CaseFacts& f) {
    if (op == WriteOp::Create) return notAllowed("Conflicts are recorded by the server.");
    if (op == WriteOp::Delete)
        return notAllowed("A conflict cannot be deleted; mark it resolved instead.");
    if (!holdsCase(p, f) && !leadsCase(p, f))
        return notAllowed(
            "Only the adviser holding the case or its service lead can resolve "
            "a conflict.");
    if (r.changes == nullptr || !r.changes->is_object())
        return notAllowed("Only a conflict's status can be changed.");
    for (const auto& [key, value] : r.changes->items())
        if (key != "status" && key != "resolvedBy" && key != "resolvedAt")
            return notAllowed("Only a conflict's status can be changed, not its '" + key + "'.");
    if (stringField(r.fields, "status") == "resolved" &&
        stringField(r.fields, "resolvedBy") != p.userId)
        return notAllowed("A conflict must be resolved in your own name.");
    return ok();
}

Status checkAdviser(WriteOp op, const RecordRef& r, const Principal& p) {
    if (op != WriteOp::Create) return ok();
    if (r.type == "case_note" && stringField(r.fields, "authorId") != p.userId)
        return notAllowed("A case note must be written in your own name.");
    if (r.type == "consent_event" && stringField(r.fields, "recordedBy") != p.userId)
        return notAllowed("Consent must be recorded in your own name.");
    if (r.type == "share_grant" && stringField(r.fields, "createdBy") != p.userId)
        return notAllowed("A plan must be shared in your own name.");
    if (r.type == "plan_comment" && (stringField(r.fields, "authorId") != p.userId ||
                                     stringField(r.fields, "authorRole") != "adviser"))
        return notAllowed(
            "A comment on the plan must be written in your own name, as the adviser.");
    return ok();
}

Status checkPatient(WriteOp op, const RecordRef& r, const Principal& p) {
    const bool create = op == WriteOp::Create;
    if (create && (r.type == "check_in" || r.type == "goal_progress")) return ok();
    if (create && r.type == "questionnaire_response") {
        if (stringField(r.fields, "administeredBy") == "self") return ok();
        return notAllowed("A questionnaire you answer yourself is recorded as 'self'.");
    }
    if (create && r.type == "plan_comment") {
        if (stringField(r.fields, "authorId") == p.userId &&
            stringField(r.fields, "authorRole") == "patient")
            return ok();
        return notAllowed("A comment on your plan is written in your own name.");
    }
    if (create && r.type == "consent_event") {
        if (stringField(r.fields, "method") == "in_app" &&
            stringField(r.fields, "recordedBy") == p.userId)
            return ok();
        return notAllowed("Consent you give or withdraw in the app is recorded as in-app, by you.");
    }
    if (r.type == "share_grant") {
        if (create && stringField(r.fields, "createdBy") == p.userId) return ok();
        if (op == WriteOp::Update && boolField(r.fields, "revoked")) return ok();
        return notAllowed("You can share your plan in your own name, or stop sharing it.");
    }
    if (r.type == "goal") {
        // A patient suggests a goal; only the adviser agrees it (makes it active).
        if (create && stringField(r.fields, "status") == "proposed") return ok();
        return notAllowed("You can suggest a new goal; your adviser agrees it with you.");
    }
    if (r.type == "case_note") return notAllowed("Only your adviser can write case notes.");
    return notAllowed(
        "You can add check-ins, goal progress, questionnaires and comments on your plan, "
        "suggest goals and change your consent; your adviser keeps the rest of your record.");
}

/// An employer contact's acknowledgement or comment, from the app's employer
/// role (the employer's web page writes the same record on the server): in
/// their own name, about a grant to them of that version that stands now.
Status checkEmployerResponse(WriteOp op, const RecordRef& r, const Principal& p, const CaseFacts& f,
                             model::Timestamp now) {
    if (p.role != UserRole::EmployerContact)
        return notAllowed(
            "An acknowledgement or comment on a shared plan comes from the employer.");
    if (op != WriteOp::Create)
        return notAllowed(
            "An answer to a shared plan cannot be changed or deleted; add a comment.");
    if (stringField(r.fields, "employerContactId") != p.userId)
        return notAllowed("An answer to a shared plan must be given in your own name.");
    const std::string_view grantId = stringField(r.fields, "shareGrantId");
    const std::string_view versionId = stringField(r.fields, "planVersionId");
    const bool standing = std::any_of(f.shares.begin(), f.shares.end(), [&](const CaseShare& s) {
        return s.id == grantId && s.grant.employerContactId == p.userId &&
               s.grant.planVersionId == versionId && model::isShareActive(s.grant, now);
    });
    if (!standing || !employerMaySee(p, f, versionId, now))
        return notAllowed("This plan is no longer shared with you.");
    return ok();
}

}  // namespace

Status checkWrite(const Principal& p, const CaseFacts& f, WriteOp op, const RecordRef& r,
                  model::Timestamp now) {
    const model::RecordTypeInfo* info = model::findRecordType(r.type);
    if (info == nullptr) return notAllowed("'" + std::string(r.type) + "' is not a record type.");
    if (r.type == "user")
        return notAllowed("Accounts are managed by the service's administrators.");
    if (op == WriteOp::Create && r.type == "case") return checkOpenCase(p, f);
    if (!mayKnowCaseExists(p, f, now)) return notFound("No such case.");
    if (op != WriteOp::Create && viewOf(p, f, r, now) == View::None)
        return notFound("No such record.");
    if (r.type == "audit_event") return notAllowed("Audit events are written by the server.");
    if (r.type == "employer_response") return checkEmployerResponse(op, r, p, f, now);
    if (r.type == "conflict") return checkConflict(op, r, p, f);
    if (op != WriteOp::Create && info->mutability == model::Mutability::AppendOnly)
        return notAllowed("A " + std::string(r.type) +
                          " record cannot be changed or deleted; add a new record instead.");

    switch (p.role) {
        case UserRole::Adviser:
            return checkAdviser(op, r, p);
        case UserRole::ServiceLead:
            if (r.type == "case" && op == WriteOp::Update) return ok();
            return notAllowed(
                "A service lead can update a case (for example to reassign it) but not its "
                "records; only the adviser holding the case can.");
        case UserRole::Patient:
            return checkPatient(op, r, p);
        case UserRole::EmployerContact:
            return notAllowed(
                "An employer contact can only acknowledge or comment on a plan shared with "
                "them.");
        case UserRole::Referrer:
            if (r.type == "referral" && op == WriteOp::Create &&
                stringField(r.fields, "status") == "received")
                return ok();
            return notAllowed("A referrer can only send a new referral.");
        case UserRole::Admin:
            break;
    }
    return notFound("No such case.");
}

}  // namespace rtw::policy
