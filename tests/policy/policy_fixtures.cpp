#include "policy_fixtures.h"

#include <stdexcept>

namespace rtw::policytest {

using nlohmann::json;

namespace {

constexpr const char* kPlanId = "1a2b3c4d-0000-4000-8000-0000000000b1";
constexpr const char* kGoalId = "1a2b3c4d-0000-4000-8000-0000000000b2";

json consent(const char* action, const char* method, const char* by, const char* at) {
    return {{"action", action},
            {"scope", "share_plan_with_employer"},
            {"recipientId", kEmployer},
            {"recipientName", "Pat Jones"},
            {"method", method},
            {"recordedBy", by},
            {"at", at}};
}

json grant(const char* by, bool revoked) {
    return {{"planVersionId", kSharedVersion},
            {"employerContactId", kEmployer},
            {"expiresAt", "2026-06-30T23:59:59.000Z"},
            {"revoked", revoked},
            {"createdBy", by}};
}

json audit(const char* actor, const char* role, const char* action, const char* type) {
    return {{"actorId", actor},   {"actorRole", role},   {"action", action},
            {"recordType", type}, {"recordId", kPlanId}, {"at", "2026-03-14T09:00:00.123Z"}};
}

json version() {
    return {{"planId", kPlanId},
            {"version", 1},
            {"snapshot", fullPlan()},
            {"agreedOn", "2026-03-12"},
            {"agreedBy", {"patient", "adviser"}},
            {"changeSummary", {"Week 3 notes changed: lower back flare-up."}}};
}

std::vector<Sample> build() {
    json referral = {{"source", "gp"},
                     {"referrerName", "Dr Rachel Moss"},
                     {"referrerPractice", "Leeds Road Surgery"},
                     {"referralDate", "2026-03-02"},
                     {"reason", "Low back pain, off work 6 weeks"},
                     {"conditionGroup", "musculoskeletal"},
                     {"painSites", {"lower_back", "hip"}},
                     {"workStatus", "employed_off_sick"},
                     {"offSickSince", "2026-01-19"},
                     {"fitNoteStatus", "not_fit"},
                     {"consentToContact", true},
                     {"eligibility", {{"decision", "pending"}, {"overridden", false}}},
                     {"status", "received"}};
    json accepted = referral;
    accepted["status"] = "accepted";
    accepted["eligibility"] = {{"decision", "eligible"}, {"overridden", false}};
    json note = {{"kind", "note"},
                 {"text", "Disclosed depression; low back pain worse."},
                 {"authorId", kAdviser},
                 {"deviceId", "tablet-1"},
                 {"writtenAt", "2026-03-10T10:20:00.000Z"},
                 {"sharedWithPatient", false}};
    json sharedNote = note;
    sharedNote["sharedWithPatient"] = true;
    json questionnaire = {
        {"questionnaireId", "phq9"},         {"questionnaireVersion", 1},
        {"answers", {{"q1", 2}, {"q2", 0}}}, {"completedAt", "2026-03-10T18:05:00.000Z"},
        {"administeredBy", "self"},          {"timepoint", "baseline"}};
    json byAdviser = questionnaire;
    byAdviser["administeredBy"] = "adviser";
    json discharge = {{"dischargedOn", "2026-07-01"},
                      {"outcome", "returned_same_job_phased"},
                      {"interimOutcomes", {{"hasRtwPlan", true}, {"confidenceReturning", 8}}},
                      {"gpFeedbackConsent", true},
                      {"summary", "Back at work 4 days a week."}};
    json noGpConsent = discharge;
    noGpConsent["gpFeedbackConsent"] = false;
    const std::string id = "1a2b3c4d-0000-4000-8000-0000000000c0";
    json conflict = {{"recordId", kPlanId},
                     {"recordType", "rtw_plan"},
                     {"field", "targetDate"},
                     {"losingValue", "2026-05-11"},
                     {"losingHlc", "019d4a1c2800-0000-tablet-1"},
                     {"winningValue", "2026-05-04"},
                     {"winningHlc", "019d4a1c2801-0000-tablet-2"},
                     {"hiddenByDelete", false},
                     {"status", "resolved"},
                     {"resolvedBy", kAdviser},
                     {"resolvedAt", "2026-03-15T10:00:00.000Z"}};
    // Resolving: the update changes only the status fields, in the adviser's name.
    Sample resolvedByAdviser{"conflict",
                             "conflict",
                             id,
                             conflict,
                             {{"status", "resolved"},
                              {"resolvedBy", kAdviser},
                              {"resolvedAt", "2026-03-15T10:00:00.000Z"}}};
    json edited = conflict;
    edited["losingValue"] = "2026-06-01";
    Sample valueEdited{
        "conflict+value_edited", "conflict", id, edited, {{"losingValue", "2026-06-01"}}};
    Sample changesUnknown{"conflict+changes_unknown", "conflict", id, conflict};
    return {
        {"case",
         "case",
         "1a2b3c4d-0000-4000-8000-0000000000cc",
         {{"practiceId", kPractice},
          {"adviserId", kAdviser},
          {"patientUserId", kPatient},
          {"status", "active"},
          {"openedOn", "2026-03-02"}}},
        {"client",
         "client",
         id,
         {{"givenName", "Aisha"},
          {"familyName", "Khan"},
          {"dateOfBirth", "1984-02-29"},
          {"nhsNumber", "9434765919"}}},
        {"referral", "referral", id, referral},
        {"referral+accepted", "referral", id, accepted},
        {"employment",
         "employment",
         id,
         {{"jobTitle", "Warehouse operative"}, {"contractedHoursPerWeek", 37.5}}},
        {"employer",
         "employer",
         id,
         {{"name", "Northern Bakeries Ltd"}, {"size", "medium"}, {"hasOccupationalHealth", true}}},
        {"barrier",
         "barrier",
         id,
         {{"category", "confidence_fear"},
          {"description", "Fear of re-injury"},
          {"resolved", false}}},
        {"fit_note",
         "fit_note",
         id,
         {{"status", "may_be_fit"},
          {"adjustments", {"phased_return"}},
          {"validFrom", "2026-03-01"},
          {"validTo", "2026-03-28"},
          {"issuerProfession", "gp"}}},
        {"contact",
         "contact",
         id,
         {{"at", "2026-03-10T09:30:00.000Z"},
          {"mode", "phone"},
          {"durationMinutes", 20},
          {"attendance", "attended"},
          {"participants", json::array()}}},
        {"case_note", "case_note", id, note},
        {"case_note+shared", "case_note", id, sharedNote},
        {"case_action",
         "case_action",
         id,
         {{"description", "Call the line manager"}, {"owner", "adviser"}, {"status", "open"}}},
        {"rtw_plan", "rtw_plan", kPlanId, fullPlan()},
        {"rtw_plan_version+shared", "rtw_plan_version", kSharedVersion, version()},
        {"rtw_plan_version+unshared", "rtw_plan_version", kOtherVersion, version()},
        {"goal",
         "goal",
         kGoalId,
         {{"category", "activity"},
          {"what", "Walk"},
          {"amount", 30.0},
          {"unit", "minutes"},
          {"frequency", "daily"},
          {"status", "active"}}},
        {"goal+proposed",
         "goal",
         kGoalId,
         {{"category", "work"},
          {"what", "Answer emails"},
          {"amount", 30.0},
          {"unit", "minutes"},
          {"frequency", "daily"},
          {"status", "proposed"}}},
        {"goal_progress",
         "goal_progress",
         id,
         {{"goalId", kGoalId}, {"on", "2026-03-10"}, {"amount", 12.5}, {"stepBack", true}}},
        {"check_in",
         "check_in",
         id,
         {{"on", "2026-03-10"},
          {"pain", 6},
          {"interference", 4},
          {"mood", 3},
          {"sleepQuality", 5},
          {"pacingDone", "some"},
          {"hoursWorked", 4.25},
          {"note", "Back stiff"}}},
        {"questionnaire_response", "questionnaire_response", id, questionnaire},
        {"questionnaire_response+adviser", "questionnaire_response", id, byAdviser},
        {"consent_event", "consent_event", id,
         consent("grant", "verbal", kAdviser, "2026-03-12T10:00:00.000Z")},
        {"consent_event+in_app", "consent_event", id,
         consent("withdraw", "in_app", kPatient, "2026-03-13T10:00:00.000Z")},
        {"share_grant", "share_grant", id, grant(kAdviser, false)},
        {"share_grant+by_patient", "share_grant", id, grant(kPatient, false)},
        {"share_grant+revoked", "share_grant", id, grant(kAdviser, true)},
        {"discharge", "discharge", id, discharge},
        {"discharge+no_gp_consent", "discharge", id, noGpConsent},
        {"plan_comment",
         "plan_comment",
         id,
         {{"planVersionId", kSharedVersion},
          {"text", "Could week 2 start at 10am?"},
          {"authorId", kPatient},
          {"authorRole", "patient"},
          {"at", "2026-03-14T08:00:00.000Z"}}},
        {"plan_comment+adviser",
         "plan_comment",
         id,
         {{"planVersionId", kSharedVersion},
          {"text", "Yes: I will ask your manager."},
          {"authorId", kAdviser},
          {"authorRole", "adviser"},
          {"at", "2026-03-14T09:00:00.000Z"}}},
        {"employer_response",
         "employer_response",
         id,
         {{"kind", "comment"},
          {"shareGrantId", kSharedGrant},
          {"planVersionId", kSharedVersion},
          {"employerContactId", kEmployer},
          {"comment", "We can offer a later start time."},
          {"at", "2026-03-14T09:00:00.000Z"}}},
        {"employer_response+acknowledge",
         "employer_response",
         id,
         {{"kind", "acknowledge"},
          {"shareGrantId", kSharedGrant},
          {"planVersionId", kSharedVersion},
          {"employerContactId", kEmployer},
          {"at", "2026-03-14T09:00:00.000Z"}}},
        {"employer_response+other_grant",  // names a grant that is not theirs to answer
         "employer_response",
         id,
         {{"kind", "acknowledge"},
          {"shareGrantId", kOtherVersion},
          {"planVersionId", kSharedVersion},
          {"employerContactId", kEmployer},
          {"at", "2026-03-14T09:00:00.000Z"}}},
        {"employer_response+other_contact",
         "employer_response",
         id,
         {{"kind", "acknowledge"},
          {"shareGrantId", kSharedGrant},
          {"planVersionId", kSharedVersion},
          {"employerContactId", kOtherEmployer},
          {"at", "2026-03-14T09:00:00.000Z"}}},
        {"audit_event", "audit_event", id, audit(kAdviser, "adviser", "update", "rtw_plan")},
        {"audit_event+plan_read", "audit_event", id,
         audit(kEmployer, "employer_contact", "read", "rtw_plan_version")},
        resolvedByAdviser,
        valueEdited,
        changesUnknown,
        {"user",
         "user",
         kAdviser,
         {{"email", "chris.adviser@nhs.net"},
          {"displayName", "Chris Adviser"},
          {"role", "adviser"},
          {"serviceId", kService}}},
    };
}

}  // namespace

json fullPlan() {
    const json contact = {{"name", "Chris Adviser"}, {"phone", "0113 496 0001"}};
    return {{"version", 1},
            {"status", "agreed"},
            {"targetDate", "2026-05-04"},
            {"phases",
             {{{"week", 1},
               {"days", 2},
               {"hoursPerDay", 4.0},
               {"notes", "Mornings only"},
               {"employerVisible", true}},
              {{"week", 3},
               {"days", 4},
               {"hoursPerDay", 6.0},
               {"notes", "HIDDEN phase: depression review"},
               {"employerVisible", false}}}},
            {"adjustments",
             {{{"type", "amended_duties"},
               {"description", "No lifting over 10 kg"},
               {"employerVisible", true}},
              {{"type", "altered_hours"},
               {"description", "HIDDEN adjustment: physio for lower back"},
               {"employerVisible", false}}}},
            {"actions",
             {{{"id", "1a2b3c4d-0000-4000-8000-0000000000d1"},
               {"description", "Order sit-stand desk"},
               {"owner", "employer"},
               {"dueDate", "2026-03-20"},
               {"status", "open"},
               {"employerVisible", true}},
              {{"id", "1a2b3c4d-0000-4000-8000-0000000000d2"},
               {"description", "HIDDEN action: GP to review medication"},
               {"owner", "gp"},
               {"dueDate", "2026-03-25"},
               {"status", "open"},
               {"employerVisible", false}}}},
            {"reviewDates", {"2026-03-27", "2026-04-24"}},
            {"employerVisible", {{"targetDate", false}, {"reviewDates", false}}},
            {"adviserContact", contact}};
}

const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = build();
    return all;
}

const Sample& sample(std::string_view name) {
    for (const auto& s : samples())
        if (s.name == name) return s;
    throw std::out_of_range("no sample " + std::string(name));
}

policy::CaseFacts ownCase() {
    policy::CaseFacts f;
    f.caseId = sample("case").id;
    f.serviceId = kService;
    f.practiceId = kPractice;
    f.adviserId = kAdviser;
    f.patientUserId = kPatient;
    f.referrerUserId = kReferrer;
    model::ConsentEvent c;
    c.action = model::ConsentAction::Grant;
    c.scope = model::ConsentScope::SharePlanWithEmployer;
    c.recipientId = kEmployer;
    c.recipientName = "Pat Jones";
    c.recordedBy = kAdviser;
    c.at = kNow - 86'400'000;
    f.consent = model::currentConsent({c});
    f.shares.push_back({kSharedGrant, *model::ShareGrant::fromJson(grant(kAdviser, false))});
    return f;
}

policy::CaseFacts foreignCase() {
    policy::CaseFacts f;
    f.caseId = "1a2b3c4d-0000-4000-8000-0000000000cf";
    f.serviceId = kService;
    f.practiceId = "B86002";
    f.adviserId = kOtherAdviser;
    f.patientUserId = kOtherPatient;
    f.referrerUserId = kOtherReferrer;
    return f;
}

policy::Principal principal(model::UserRole role, std::string userId,
                            std::vector<std::string> practices) {
    return {std::move(userId), role, kService, std::move(practices)};
}

}  // namespace rtw::policytest
