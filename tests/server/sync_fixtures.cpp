#include "sync_fixtures.h"

#include <gtest/gtest.h>

#include "util/random_id.h"

namespace rtw::server::testing {

using nlohmann::json;

namespace {

json plan(int version) {
    return {{"version", version},
            {"status", "agreed"},
            {"targetDate", "2026-05-04"},
            {"phases",
             {{{"week", 1}, {"days", 2}, {"hoursPerDay", 4.0}, {"employerVisible", true}},
              {{"week", 3},
               {"days", 4},
               {"hoursPerDay", 6.0},
               {"notes", "HIDDEN: review after depression appointment"},
               {"employerVisible", false}}}},
            {"adjustments",
             {{{"type", "amended_duties"},
               {"description", "No lifting over 10 kg"},
               {"employerVisible", true}}}},
            {"actions", json::array()},
            {"reviewDates", {"2026-03-27"}},
            {"employerVisible", {{"targetDate", true}, {"reviewDates", false}}}};
}

}  // namespace

const std::vector<std::string>& deviceTypes() {
    static const std::vector<std::string> types = {
        "client",        "referral",    "employer",      "employment", "barrier",
        "fit_note",      "contact",     "case_note",     "rtw_plan",   "rtw_plan_version",
        "plan_comment",  "goal",        "goal_progress", "check_in",   "questionnaire_response",
        "consent_event", "share_grant", "discharge"};
    return types;
}

json recordFields(const std::string& type, const People& p, const std::string& variant) {
    const std::string other = "0f8fad5b-d9cb-469f-a165-70867728950e";
    if (type == "client")
        return {{"givenName", "Aisha"},
                {"familyName", "Khan"},
                {"dateOfBirth", "1984-02-29"},
                {"nhsNumber", "9434765919"}};
    if (type == "referral")
        return {{"source", "gp"},
                {"referrerName", "Dr Rachel Moss"},
                {"referralDate", "2026-03-02"},
                {"reason", "HIDDEN: low back pain and low mood"},
                {"conditionGroup", "musculoskeletal"},
                {"painSites", {"lower_back"}},
                {"workStatus", "employed_off_sick"},
                {"offSickSince", "2026-01-19"},
                {"fitNoteStatus", "not_fit"},
                {"consentToContact", true},
                {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
                {"status", variant == "received" ? "received" : "accepted"}};
    if (type == "employer")
        return {
            {"name", "Northern Bakeries Ltd"}, {"size", "medium"}, {"hasOccupationalHealth", true}};
    if (type == "employment")
        return {{"jobTitle", "Warehouse operative"}, {"contractedHoursPerWeek", 37.5}};
    if (type == "barrier")
        return {{"category", "confidence_fear"},
                {"description", "Fear of re-injury"},
                {"resolved", false}};
    if (type == "fit_note")
        return {{"status", "may_be_fit"},
                {"adjustments", {"phased_return"}},
                {"validFrom", "2026-03-01"},
                {"validTo", "2026-03-28"},
                {"issuerProfession", "gp"}};
    if (type == "contact")
        return {{"at", "2026-03-10T09:30:00.000Z"},
                {"mode", "phone"},
                {"durationMinutes", 20},
                {"attendance", "attended"},
                {"participants", json::array()}};
    if (type == "case_note")
        return {{"kind", "note"},
                {"text", "HIDDEN: disclosed depression"},
                {"authorId", p.adviserId},
                {"deviceId", "tablet-1"},
                {"writtenAt", "2026-03-10T10:20:00.000Z"},
                {"sharedWithPatient", variant == "shared"}};
    if (type == "rtw_plan") return plan(2);
    if (type == "rtw_plan_version")
        return {{"planId", other},
                {"version", 1},
                {"snapshot", plan(1)},
                {"agreedOn", "2026-03-12"},
                {"agreedBy", {"patient", "adviser"}},
                {"changeSummary", json::array()}};
    if (type == "goal")
        return {{"category", "activity"}, {"what", "Walk"},       {"amount", 30.0},
                {"unit", "minutes"},      {"frequency", "daily"}, {"status", "active"}};
    if (type == "goal_progress")
        return {{"goalId", other}, {"on", "2026-03-10"}, {"amount", 12.5}, {"stepBack", false}};
    if (type == "check_in")
        return {{"on", "2026-03-10"}, {"pain", 6},         {"interference", 4},
                {"mood", 3},          {"sleepQuality", 5}, {"pacingDone", "some"},
                {"hoursWorked", 4.0}};
    if (type == "questionnaire_response")
        return {{"questionnaireId", "phq9"},
                {"questionnaireVersion", 1},
                {"answers", {{"q1", 2}}},
                {"completedAt", "2026-03-10T18:05:00.000Z"},
                {"administeredBy", variant == "self" || variant == "patient" ? "self" : "adviser"},
                {"timepoint", "baseline"}};
    if (type == "consent_event") {
        const bool byPatient = variant == "patient";
        return {{"action", "grant"},
                {"scope", "share_plan_with_employer"},
                {"recipientId", p.employerId.empty() ? other : p.employerId},
                {"recipientName", "Eve Employer"},
                {"method", byPatient ? "in_app" : "verbal"},
                {"recordedBy", byPatient ? p.patientId : p.adviserId},
                {"at", "2026-03-12T10:00:00.000Z"}};
    }
    if (type == "plan_comment") {
        const bool byPatient = variant == "patient";
        return {{"planVersionId", p.planVersionId.empty() ? other : p.planVersionId},
                {"text", byPatient ? "Could week 2 start at 10am?" : "Yes: I will ask."},
                {"authorId", byPatient ? p.patientId : p.adviserId},
                {"authorRole", byPatient ? "patient" : "adviser"},
                {"at", "2026-03-14T08:00:00.000Z"}};
    }
    if (type == "share_grant")
        return {{"planVersionId", p.planVersionId.empty() ? other : p.planVersionId},
                {"employerContactId", p.employerId.empty() ? other : p.employerId},
                {"expiresAt", "2099-06-30T23:59:59.000Z"},
                {"revoked", false},
                {"createdBy", variant == "patient" ? p.patientId : p.adviserId}};
    if (type == "discharge")
        return {{"dischargedOn", "2026-07-01"},
                {"outcome", "returned_same_job_phased"},
                {"interimOutcomes", {{"hasRtwPlan", true}}},
                {"gpFeedbackConsent", variant != "no_gp_consent"},
                {"summary", "Back at work 4 days a week."}};
    ADD_FAILURE() << "no sample fields for " << type;
    return json::object();
}

json exampleUpdate(const std::string& type, const People& p) {
    (void)p;
    if (type == "case") return {{"status", "active"}};
    if (type == "client") return {{"givenName", "Amina"}};
    if (type == "referral") return {{"referralDate", "2026-03-03"}};
    if (type == "employer") return {{"size", "large"}};
    if (type == "employment") return {{"contractedHoursPerWeek", 30.0}};
    if (type == "barrier") return {{"resolved", true}};
    if (type == "fit_note") return {{"validTo", "2026-04-11"}};
    if (type == "contact") return {{"durationMinutes", 60}};
    if (type == "rtw_plan") return {{"targetDate", "2026-05-18"}};
    if (type == "goal") return {{"amount", 35.0}};
    if (type == "share_grant") return {{"expiresAt", "2099-07-31T23:59:59.000Z"}};
    if (type == "discharge") return {{"summary", "Back at work full time."}};
    if (type == "conflict") return {{"status", "open"}};
    // Append-only types: a change that would be valid, so a refusal is for the type.
    if (type == "case_note") return {{"text", "Changed."}};
    if (type == "rtw_plan_version") return {{"agreedOn", "2026-03-13"}};
    if (type == "goal_progress") return {{"amount", 15.0}};
    if (type == "check_in") return {{"pain", 4}};
    if (type == "questionnaire_response") return {{"timepoint", "month3"}};
    if (type == "consent_event") return {{"method", "written"}};
    if (type == "audit_event") return {{"detail", "edited"}};
    if (type == "plan_comment") return {{"text", "Changed."}};
    return {{"status", "active"}};
}

json createOp(const std::string& type, const std::string& recordId, const std::string& caseId,
              const json& fields, const std::string& hlc) {
    return {{"opId", newUuid()}, {"recordId", recordId}, {"type", type}, {"caseId", caseId},
            {"op", "create"},    {"fields", fields},     {"hlc", hlc}};
}

json updateOp(const std::string& type, const std::string& recordId, const std::string& caseId,
              const json& fields, const std::string& hlc, const json& baseHlcs) {
    json op = {{"opId", newUuid()}, {"recordId", recordId}, {"type", type}, {"caseId", caseId},
               {"op", "update"},    {"fields", fields},     {"hlc", hlc}};
    if (!baseHlcs.is_null()) op["baseHlcs"] = baseHlcs;
    return op;
}

json deleteOp(const std::string& type, const std::string& recordId, const std::string& caseId,
              const std::string& hlc) {
    return {{"opId", newUuid()}, {"recordId", recordId},     {"type", type}, {"caseId", caseId},
            {"op", "delete"},    {"fields", json::object()}, {"hlc", hlc}};
}

PullAll pullAll(testsupport::ApiClient& client, const std::string& cursor, int limit) {
    PullAll out;
    std::string at = cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto res = client.pull(at, limit);
        EXPECT_EQ(res.status, 200) << res.body;
        if (res.status != 200) break;
        json page = res.json();
        for (const auto& r : page["records"]) out.records.push_back(r);
        at = page["cursor"];
        out.pages.push_back(page);
        if (!page["hasMore"].get<bool>()) {
            out.lastPage = page;
            break;
        }
    }
    return out;
}

json pushOne(testsupport::ApiClient& client, const json& op) {
    auto res = client.push(json::array({op}));
    EXPECT_EQ(res.status, 200) << res.body;
    const json body = res.json();
    if (!body.contains("results") || body["results"].size() != 1) {
        ADD_FAILURE() << "no result: " << res.body;
        return json::object();
    }
    return body["results"][0];
}

}  // namespace rtw::server::testing
