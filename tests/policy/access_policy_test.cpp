// The access policy as a table: every role x every record type (and variant)
// x own / foreign case (and, for employers, each way a share can lapse).
// Cell "V cud": V = view (F full, P patient, E employer, R referrer, - none);
// c/u/d = create/update/delete: y allowed, x NotAllowed, n NotFound.

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/record_types.h"
#include "policy_fixtures.h"

using namespace rtw;
using namespace rtw::policy;
using namespace rtw::policytest;
using model::UserRole;

namespace {

struct Column {
    std::string name;
    Principal who;
    CaseFacts facts;
    model::Timestamp now = kNow;
};

struct Row {
    const char* sample;
    std::vector<const char*> cells;  ///< one per column
};

char viewChar(View v) {
    switch (v) {
        case View::Full:
            return 'F';
        case View::Patient:
            return 'P';
        case View::Employer:
            return 'E';
        case View::Referrer:
            return 'R';
        case View::None:
            return '-';
    }
    return '?';
}

char writeChar(const Status& s) {
    if (s.isOk()) return 'y';
    if (s.code() == ErrorCode::NotAllowed) return 'x';
    if (s.code() == ErrorCode::NotFound) return 'n';
    return '?';
}

std::string actual(const Column& c, const Sample& s) {
    std::string out(1, viewChar(viewOf(c.who, c.facts, s.ref(), c.now)));
    out += ' ';
    for (WriteOp op : {WriteOp::Create, WriteOp::Update, WriteOp::Delete}) {
        Status st = checkWrite(c.who, c.facts, op, s.ref(), c.now);
        if (!st.isOk()) {
            EXPECT_FALSE(st.message().empty());
        }
        out += writeChar(st);
    }
    return out;
}

void checkTable(const std::vector<Column>& cols, const std::vector<Row>& rows) {
    std::set<std::string> seen;
    for (const Row& r : rows) {
        ASSERT_EQ(r.cells.size(), cols.size()) << r.sample;
        const Sample& s = sample(r.sample);
        seen.insert(s.name);
        for (size_t i = 0; i < cols.size(); ++i)
            EXPECT_EQ(actual(cols[i], s), r.cells[i]) << s.name << " / " << cols[i].name;
    }
    for (const Sample& s : samples()) EXPECT_TRUE(seen.count(s.name)) << "no row for " << s.name;
}

CaseFacts inService(CaseFacts f, const char* service) {
    f.serviceId = service;
    return f;
}

}  // namespace

TEST(AccessPolicyTable, SamplesCoverEveryRecordTypeAndAreValid) {
    std::set<std::string> types;
    for (const Sample& s : samples()) {
        const auto* info = model::findRecordType(s.type);
        ASSERT_NE(info, nullptr) << s.name;
        Status st = info->validate(s.fields);
        EXPECT_TRUE(st.isOk()) << s.name << ": " << st.message();
        types.insert(s.type);
    }
    for (const auto& t : model::allRecordTypes())
        EXPECT_TRUE(types.count(std::string(t.name))) << "no sample for " << t.name;
}

TEST(AccessPolicyTable, Adviser) {
    const Principal a = principal(UserRole::Adviser, kAdviser);
    const std::vector<Column> cols = {
        {"own caseload", a, ownCase()},
        {"other adviser's case", a, foreignCase()},
        {"own id, other service", a, inService(ownCase(), "york-rtw")},
    };
    const char* F = "F yyy";  // own caseload, mutable type
    const char* A = "F yxx";  // own caseload, append-only type
    const char* N = "- nnn";  // a case the adviser may not know exists
    checkTable(cols, {
                         {"case", {F, "- xnn", "- xnn"}},
                         {"client", {F, N, N}},
                         {"referral", {F, N, N}},
                         {"referral+accepted", {F, N, N}},
                         {"employment", {F, N, N}},
                         {"employer", {F, N, N}},
                         {"barrier", {F, N, N}},
                         {"fit_note", {F, N, N}},
                         {"contact", {F, N, N}},
                         {"case_note", {A, N, N}},
                         {"case_note+shared", {A, N, N}},
                         {"case_action", {F, N, N}},
                         {"rtw_plan", {F, N, N}},
                         {"rtw_plan_version+shared", {A, N, N}},
                         {"rtw_plan_version+unshared", {A, N, N}},
                         {"goal", {F, N, N}},
                         {"goal+proposed", {F, N, N}},
                         {"goal_progress", {A, N, N}},
                         {"check_in", {A, N, N}},
                         {"questionnaire_response", {A, N, N}},
                         {"questionnaire_response+adviser", {A, N, N}},
                         {"consent_event", {A, N, N}},
                         {"consent_event+in_app", {"F xxx", N, N}},  // not in own name
                         {"share_grant", {F, N, N}},
                         {"share_grant+by_patient", {"F xyy", N, N}},
                         {"share_grant+revoked", {F, N, N}},
                         {"discharge", {F, N, N}},
                         {"discharge+no_gp_consent", {F, N, N}},
                         {"plan_comment", {"F xxx", N, N}},  // the patient's, not own name
                         {"plan_comment+adviser", {A, N, N}},
                         {"employer_response", {"F xxx", N, N}},  // the employer's own
                         {"employer_response+acknowledge", {"F xxx", N, N}},
                         {"employer_response+other_grant", {"F xxx", N, N}},
                         {"employer_response+other_contact", {"F xxx", N, N}},
                         {"audit_event", {"F xxx", N, N}},            // own action
                         {"audit_event+plan_read", {"- xnn", N, N}},  // someone else's
                         {"conflict", {"F xyx", N, N}},               // resolve, in own name
                         {"conflict+value_edited", {"F xxx", N, N}},  // only the status
                         {"conflict+changes_unknown", {"F xxx", N, N}},
                         {"user", {"- xxx", "- xxx", "- xxx"}},
                     });
}

TEST(AccessPolicyTable, ServiceLead) {
    const Principal l = principal(UserRole::ServiceLead, kLead, {kPractice});
    const std::vector<Column> cols = {
        {"team's case", l, ownCase()},
        {"other team's case", l, foreignCase()},
        {"other service", l, inService(ownCase(), "york-rtw")},
    };
    const char* R = "F xxx";  // reads everything of the team's cases, writes none
    const char* N = "- nnn";
    std::vector<Row> rows;
    for (const Sample& s : samples()) rows.push_back({s.name.c_str(), {R, N, N}});
    for (Row& r : rows) {
        if (std::string(r.sample) == "case") r.cells = {"F yyx", "- xnn", "- xnn"};
        // The sample is resolved in the adviser's name; a lead resolves in their own.
        if (std::string(r.sample).rfind("conflict", 0) == 0) r.cells[0] = "F xxx";
        if (std::string(r.sample) == "user") r.cells = {"- xxx", "- xxx", "- xxx"};
    }
    checkTable(cols, rows);
}

TEST(AccessPolicyTable, Patient) {
    const Principal p = principal(UserRole::Patient, kPatient);
    CaseFacts noAccount = ownCase();
    noAccount.patientUserId.reset();
    const std::vector<Column> cols = {
        {"own case", p, ownCase()},
        {"someone else's case", p, foreignCase()},
        {"case before the patient has an account", p, noAccount},
    };
    const char* R = "P xxx";  // reads, may not write
    const char* N = "- nnn";
    checkTable(cols, {
                         {"case", {R, "- xnn", "- xnn"}},
                         {"client", {R, N, N}},
                         {"referral", {R, N, N}},
                         {"referral+accepted", {R, N, N}},
                         {"employment", {R, N, N}},
                         {"employer", {R, N, N}},
                         {"barrier", {R, N, N}},
                         {"fit_note", {R, N, N}},
                         {"contact", {R, N, N}},
                         {"case_note", {"- xnn", N, N}},
                         {"case_note+shared", {R, N, N}},
                         {"case_action", {R, N, N}},
                         {"rtw_plan", {R, N, N}},
                         {"rtw_plan_version+shared", {R, N, N}},
                         {"rtw_plan_version+unshared", {R, N, N}},
                         {"goal", {R, N, N}},
                         {"goal+proposed", {"P yxx", N, N}},  // suggests; the adviser agrees
                         {"goal_progress", {"P yxx", N, N}},
                         {"check_in", {"P yxx", N, N}},
                         {"questionnaire_response", {"P yxx", N, N}},
                         {"questionnaire_response+adviser", {R, N, N}},
                         {"consent_event", {R, N, N}},
                         {"consent_event+in_app", {"P yxx", N, N}},
                         {"share_grant", {R, N, N}},
                         {"share_grant+by_patient", {"P yxx", N, N}},
                         {"share_grant+revoked", {"P xyx", N, N}},
                         {"discharge", {R, N, N}},
                         {"discharge+no_gp_consent", {R, N, N}},
                         {"plan_comment", {"P yxx", N, N}},  // comments on their plan
                         {"plan_comment+adviser", {R, N, N}},
                         {"employer_response", {R, N, N}},
                         {"employer_response+acknowledge", {R, N, N}},
                         {"employer_response+other_grant", {R, N, N}},
                         {"employer_response+other_contact", {R, N, N}},
                         {"audit_event", {"- xnn", N, N}},
                         {"audit_event+plan_read", {R, N, N}},
                         {"conflict", {"- xnn", N, N}},  // for the people who keep the record
                         {"conflict+value_edited", {"- xnn", N, N}},
                         {"conflict+changes_unknown", {"- xnn", N, N}},
                         {"user", {"- xxx", "- xxx", "- xxx"}},
                     });
}

TEST(AccessPolicyTable, EmployerContact) {
    const Principal e = principal(UserRole::EmployerContact, kEmployer);
    CaseFacts withdrawn = ownCase();
    model::ConsentEvent w;
    w.action = model::ConsentAction::Withdraw;
    w.scope = model::ConsentScope::SharePlanWithEmployer;
    w.recipientId = kEmployer;
    w.recipientName = "Pat Jones";
    w.method = model::ConsentMethod::InApp;
    w.recordedBy = kPatient;
    w.at = kNow - 1000;
    withdrawn.consent = model::currentConsent({w});
    CaseFacts revoked = ownCase();
    revoked.shares[0].grant.revoked = true;
    CaseFacts otherContact = ownCase();  // grant and consent both for someone else
    otherContact.shares[0].grant.employerContactId = kOtherEmployer;
    otherContact.consent.begin()->second.granted = false;
    otherContact.consent[{model::ConsentScope::SharePlanWithEmployer, kOtherEmployer}] =
        otherContact.consent.begin()->second;
    otherContact.consent[{model::ConsentScope::SharePlanWithEmployer, kOtherEmployer}].granted =
        true;
    CaseFacts consentForOther = ownCase();  // grant to them, consent only for another contact
    consentForOther.consent = otherContact.consent;
    const std::vector<Column> cols = {
        {"active share", e, ownCase()},
        {"consent withdrawn", e, withdrawn},
        {"share expired", e, ownCase(), kExpiry},
        {"share revoked", e, revoked},
        {"shared with another contact", e, otherContact},
        {"consent for another contact", e, consentForOther},
        {"someone else's case", e, foreignCase()},
    };
    const char* H = "- xnn";  // hidden; the case is known through the share
    const char* N = "- nnn";
    std::vector<Row> rows;
    for (const Sample& s : samples()) rows.push_back({s.name.c_str(), {H, N, N, N, N, N, N}});
    for (Row& r : rows) {
        const std::string name = r.sample;
        if (name == "rtw_plan_version+shared") r.cells[0] = "E xxx";
        // Their own grant while it stands, and their answers: an answer to a
        // grant that stands, in their own name, is the only write.
        if (name == "share_grant" || name == "share_grant+by_patient") r.cells[0] = "F xxx";
        if (name == "employer_response" || name == "employer_response+acknowledge")
            r.cells[0] = "F yxx";
        if (name == "employer_response+other_grant") r.cells[0] = "F xxx";
        if (name == "case") r.cells = {H, H, H, H, H, H, H};
        if (name == "user") r.cells = std::vector<const char*>(7, "- xxx");
    }
    checkTable(cols, rows);
}

TEST(AccessPolicyTable, Referrer) {
    const Principal r = principal(UserRole::Referrer, kReferrer);
    CaseFacts selfReferred = ownCase();
    selfReferred.referrerUserId.reset();
    const std::vector<Column> cols = {
        {"own referral", r, ownCase()},
        {"someone else's referral", r, foreignCase()},
        {"self-referral", r, selfReferred},
    };
    const char* H = "- xnn";
    const char* N = "- nnn";
    std::vector<Row> rows;
    for (const Sample& s : samples()) rows.push_back({s.name.c_str(), {H, N, N}});
    for (Row& row : rows) {
        const std::string name = row.sample;
        if (name == "referral") row.cells[0] = "R yxx";  // sends a new referral
        if (name == "referral+accepted") row.cells[0] = "R xxx";
        if (name == "discharge") row.cells[0] = "R xxx";  // feedback, with GP consent
        if (name == "case") row.cells = {H, H, H};
        if (name == "user") row.cells = {"- xxx", "- xxx", "- xxx"};
    }
    checkTable(cols, rows);
}

TEST(AccessPolicyTable, AdminSeesNoCaseData) {
    const Principal a = principal(UserRole::Admin, kAdmin, {kPractice});
    const std::vector<Column> cols = {{"case in own service", a, ownCase()}};
    std::vector<Row> rows;
    for (const Sample& s : samples()) rows.push_back({s.name.c_str(), {"- nnn"}});
    rows.front().cells = {"- xnn"};  // "case": opening one is refused, not hidden
    rows.back().cells = {"- xxx"};   // "user": accounts are not case records
    checkTable(cols, rows);
}

TEST(AccessPolicyConflict, ALeadResolvesInOwnNameAndNobodyChangesTheValues) {
    const Principal lead = principal(UserRole::ServiceLead, kLead, {kPractice});
    nlohmann::json fields = sample("conflict").fields;
    fields["resolvedBy"] = kLead;
    const nlohmann::json changes = {{"status", "resolved"}, {"resolvedBy", kLead}};
    const RecordRef byLead{"conflict", sample("conflict").id, fields, &changes};
    EXPECT_TRUE(checkWrite(lead, ownCase(), WriteOp::Update, byLead, kNow).isOk());
    EXPECT_EQ(checkWrite(lead, foreignCase(), WriteOp::Update, byLead, kNow).code(),
              ErrorCode::NotFound);
    // Reopening clears who resolved it: also only status fields.
    nlohmann::json reopened = sample("conflict").fields;
    reopened["status"] = "open";
    reopened.erase("resolvedBy");
    reopened.erase("resolvedAt");
    const nlohmann::json reopen = {
        {"status", "open"}, {"resolvedBy", nullptr}, {"resolvedAt", nullptr}};
    const RecordRef reopenRef{"conflict", sample("conflict").id, reopened, &reopen};
    EXPECT_TRUE(checkWrite(lead, ownCase(), WriteOp::Update, reopenRef, kNow).isOk());
    const Principal adviser = principal(UserRole::Adviser, kAdviser);
    EXPECT_TRUE(checkWrite(adviser, ownCase(), WriteOp::Update, reopenRef, kNow).isOk());
    // The losing value itself is evidence: nobody edits it.
    const nlohmann::json sneaky = {{"status", "open"}, {"winningHlc", "x"}};
    const RecordRef sneakyRef{"conflict", sample("conflict").id, reopened, &sneaky};
    const Status s = checkWrite(adviser, ownCase(), WriteOp::Update, sneakyRef, kNow);
    EXPECT_EQ(s.code(), ErrorCode::NotAllowed);
    EXPECT_NE(s.message().find("winningHlc"), std::string::npos) << s.message();
}

TEST(AccessPolicyFieldsIndependence, WhenReadsDoNotDependOnFieldsTheViewIsTheSameWithout) {
    const nlohmann::json empty = nlohmann::json::object();
    const std::vector<Principal> readers = {
        principal(UserRole::Adviser, kAdviser),
        principal(UserRole::Adviser, kOtherAdviser),
        principal(UserRole::ServiceLead, kLead, {kPractice}),
        principal(UserRole::Patient, kPatient),
        principal(UserRole::EmployerContact, kEmployer),
        principal(UserRole::Referrer, kReferrer),
        principal(UserRole::Admin, kAdmin),
    };
    int independent = 0;
    for (const Principal& p : readers)
        for (const CaseFacts& f : {ownCase(), foreignCase()})
            for (const Sample& s : samples()) {
                if (readDependsOnFields(p, s.type)) continue;
                ++independent;
                const RecordRef without{s.type, s.id, empty};
                const View v = viewOf(p, f, s.ref(), kNow);
                EXPECT_EQ(viewOf(p, f, without, kNow), v) << s.name << " / " << p.userId;
                if (v == View::Full) {
                    EXPECT_EQ(redactAs(v, s.ref()), s.fields) << "sent as stored: " << s.name;
                }
            }
    EXPECT_GT(independent, 150) << "most reads need no parsing";
}
