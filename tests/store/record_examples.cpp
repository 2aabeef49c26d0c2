#include "record_examples.h"

namespace rtw::testing {

using nlohmann::json;

namespace {

constexpr const char* kAdviser = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";
constexpr const char* kPatient = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
constexpr const char* kOther = "0f8fad5b-d9cb-469f-a165-70867728950e";
constexpr const char* kEmployer = "3b241101-e2bb-4255-8caf-4136c566a962";

json planFields(int version) {
    return {{"version", version},
            {"status", "agreed"},
            {"targetDate", "2026-05-04"},
            {"phases",
             {{{"week", 1}, {"days", 2}, {"hoursPerDay", 4.0}, {"employerVisible", true}},
              {{"week", 3},
               {"days", 4},
               {"hoursPerDay", 6.0},
               {"notes", "Review pacing first"},
               {"employerVisible", false}}}},
            {"adjustments",
             {{{"type", "amended_duties"},
               {"description", "No lifting over 10 kg"},
               {"employerVisible", true}}}},
            {"actions",
             {{{"id", kOther},
               {"description", "Order sit-stand desk"},
               {"owner", "employer"},
               {"dueDate", "2026-03-20"},
               {"status", "open"},
               {"employerVisible", true}}}},
            {"reviewDates", {"2026-03-27", "2026-04-24"}},
            {"employerVisible", {{"targetDate", true}, {"reviewDates", false}}}};
}

}  // namespace

json exampleFields(std::string_view type, const std::string& caseId, const std::string& deviceId) {
    (void)caseId;  // no example refers to its case in its fields
    if (type == "case")
        return {{"practiceId", "P81001"},
                {"adviserId", kAdviser},
                {"patientUserId", kPatient},
                {"status", "awaiting_first_contact"},
                {"openedOn", "2026-03-02"}};
    if (type == "client")
        return {{"givenName", "Aisha"},        {"familyName", "Khan"},
                {"dateOfBirth", "1984-02-29"}, {"nhsNumber", "943 476 5919"},  // normalised
                {"phone", "07700 900123"},     {"email", "aisha@example.com"},
                {"postcode", "LS1 4AP"},       {"preferredContact", "text"}};
    if (type == "referral")
        return {{"source", "gp"},
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
                {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
                {"status", "accepted"}};
    if (type == "employer")
        return {{"name", "Northern Bakeries Ltd"},
                {"size", "medium"},
                {"hasOccupationalHealth", true},
                {"lineManager",
                 {{"name", "Pat Jones"}, {"phone", "0113 496 0000"}, {"email", "pat@nb.example"}}}};
    if (type == "employment")
        return {{"employerId", kEmployer},
                {"jobTitle", "Warehouse operative"},
                {"tasks", "Picking, packing, forklift"},
                {"contractedHoursPerWeek", 37.5},
                {"workHistory", "10 years in logistics"},
                {"wants", {{"hoursBand", "16_to_29"}, {"jobPreferences", "Less lifting"}}}};
    if (type == "barrier")
        return {{"category", "financial_benefits"},
                {"description", "Worried about losing Universal Credit"},
                {"resolved", false}};
    if (type == "fit_note")
        return {{"status", "may_be_fit"},    {"adjustments", {"phased_return", "amended_duties"}},
                {"validFrom", "2026-03-01"}, {"validTo", "2026-03-28"},
                {"issuerProfession", "gp"},  {"comments", "No heavy lifting"}};
    if (type == "contact")
        return {
            {"at", "2026-03-10T09:30:00Z"},  // normalised to milliseconds
            {"mode", "face_to_face"},
            {"venue", "Central Library, room 2"},
            {"durationMinutes", 45},
            {"attendance", "attended"},
            {"participants", {{{"name", "Sam Patel"}, {"role", "pain occupational therapist"}}}}};
    if (type == "case_note")
        return {{"kind", "note"},
                {"text", "Discussed phased return with client."},
                {"authorId", kAdviser},
                {"deviceId", deviceId},
                {"writtenAt", "2026-03-10T10:20:00Z"},  // normalised to milliseconds
                {"sharedWithPatient", false}};
    if (type == "case_action")
        return {{"description", "Send the phased-return leaflet to the line manager"},
                {"owner", "adviser"},
                {"dueDate", "2026-03-17"},
                {"status", "open"}};
    if (type == "rtw_plan") return planFields(2);
    if (type == "rtw_plan_version")
        return {{"planId", kOther},
                {"version", 1},
                {"snapshot", planFields(1)},
                {"agreedOn", "2026-03-12"},
                {"agreedBy", {"patient", "adviser"}},
                {"changeSummary", {"First version."}}};
    if (type == "goal")
        return {
            {"category", "activity"},
            {"what", "Walk"},
            {"amount", 30.0},
            {"unit", "minutes"},
            {"frequency", "times_per_week"},
            {"timesPerWeek", 5},
            {"byWhen", "2026-05-01"},
            {"pacing",
             {{"baseline", 10.0}, {"increment", 5.0}, {"incrementEveryDays", 7}, {"target", 25.0}}},
            {"status", "active"}};
    if (type == "goal_progress")
        return {{"goalId", kOther},
                {"on", "2026-03-10"},
                {"amount", 12.5},
                {"stepBack", true},
                {"note", "Flare-up, did less"}};
    if (type == "check_in")
        return {{"on", "2026-03-10"},  {"pain", 6},
                {"interference", 4},   {"mood", 3},
                {"sleepQuality", 5},   {"pacingDone", "some"},
                {"hoursWorked", 4.25}, {"note", "Stiff in the morning"}};
    if (type == "questionnaire_response")
        return {{"questionnaireId", "phq9"},
                {"questionnaireVersion", 1},
                {"answers", {{"q1", 2}, {"q2", 0}, {"q3", 3}}},
                {"completedAt", "2026-03-10T18:05:00.000Z"},
                {"administeredBy", "self"},
                {"timepoint", "baseline"}};
    if (type == "consent_event")
        return {{"action", "grant"},
                {"scope", "share_plan_with_employer"},
                {"recipientId", kEmployer},
                {"recipientName", "Pat Jones"},
                {"method", "in_app"},
                {"recordedBy", kAdviser},
                {"at", "2026-03-12T10:00:00.000Z"}};
    if (type == "share_grant")
        return {{"planVersionId", kOther},
                {"employerContactId", kPatient},
                {"expiresAt", "2026-06-30T23:59:59Z"},  // normalised to milliseconds
                {"revoked", false},
                {"createdBy", kAdviser}};
    if (type == "discharge")
        return {{"dischargedOn", "2026-07-01"},
                {"outcome", "returned_same_job_phased"},
                {"interimOutcomes", {{"hasRtwPlan", true}, {"confidenceReturning", 8}}},
                {"gpFeedbackConsent", true},
                {"summary", "Back at work 4 days a week."}};
    if (type == "plan_comment")
        return {{"planVersionId", kOther},
                {"text", "Could week 2 start at 10am?"},
                {"authorId", kPatient},
                {"authorRole", "patient"},
                {"at", "2026-03-14T08:00:00Z"}};
    if (type == "employer_response")
        return {{"kind", "comment"},
                {"shareGrantId", kOther},
                {"planVersionId", kOther},
                {"employerContactId", kEmployer},
                {"comment", "We can offer a later start time."},
                {"at", "2026-03-14T09:00:00Z"}};
    if (type == "audit_event")
        return {{"actorId", kAdviser},
                {"actorRole", "adviser"},
                {"deviceId", deviceId},
                {"action", "read"},
                {"recordType", "rtw_plan_version"},
                {"recordId", kOther},
                {"at", "2026-03-14T09:00:00.123Z"}};
    if (type == "conflict")
        return {{"recordId", kOther},
                {"recordType", "rtw_plan"},
                {"field", "targetDate"},
                {"losingValue", "2026-03-02"},
                {"losingHlc", "0191a2b3c000-0000-" + deviceId},
                {"winningValue", "2026-03-09"},
                {"winningHlc", "0191a2b3c4d5-0000-server"},
                {"hiddenByDelete", false},
                {"status", "open"}};
    if (type == "user")
        return {{"email", "chris.adviser@nhs.net"},
                {"displayName", "Chris Adviser"},
                {"role", "adviser"},
                {"serviceId", "leeds-rtw"},
                {"practiceId", "B86001"}};
    return nullptr;
}

json exampleChange(std::string_view type) {
    if (type == "case") return {{"status", "active"}};
    if (type == "client") return {{"givenName", "Amina"}};
    if (type == "referral") return {{"reason", "Low back pain, off work 8 weeks"}};
    if (type == "employer") return {{"hasOccupationalHealth", false}};
    if (type == "employment") return {{"contractedHoursPerWeek", 30.0}};
    if (type == "barrier") return {{"resolved", true}};
    if (type == "fit_note") return {{"validTo", "2026-04-11"}};
    if (type == "contact") return {{"durationMinutes", 60}};
    if (type == "case_action") return {{"status", "done"}};
    if (type == "rtw_plan") return {{"targetDate", "2026-05-18"}};
    if (type == "goal") return {{"status", "paused"}};
    if (type == "share_grant") return {{"revoked", true}};
    if (type == "discharge") return {{"summary", "Back at work full time."}};
    if (type == "user") return {{"displayName", "Chris A. Adviser"}};
    // One field that stays valid alone (resolving needs three; the store does not care).
    if (type == "conflict") return {{"hiddenByDelete", true}};
    // Append-only types: changes that would be valid, so a refusal can only
    // be because the type is append-only.
    if (type == "case_note") return {{"text", "Discussed a phased return."}};
    if (type == "rtw_plan_version") return {{"agreedOn", "2026-03-13"}};
    if (type == "goal_progress") return {{"amount", 15.0}};
    if (type == "check_in") return {{"pain", 4}};
    if (type == "questionnaire_response") return {{"administeredBy", "adviser"}};
    if (type == "consent_event") return {{"method", "verbal"}};
    if (type == "audit_event") return {{"detail", "Viewed shared plan"}};
    if (type == "employer_response") return {{"comment", "Start at 10am instead."}};
    if (type == "plan_comment") return {{"text", "Could week 2 start at 11am?"}};
    return nullptr;
}

}  // namespace rtw::testing
