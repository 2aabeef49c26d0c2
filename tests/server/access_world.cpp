#include "access_world.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "model/case.h"
#include "sync_fixtures.h"
#include "util/random_id.h"

namespace rtw::server::testing {

using nlohmann::json;
using testsupport::TestServer;
using testsupport::TestSession;

namespace {

void pushAll(TestServer& s, const TestSession& who, const json& ops) {
    auto res = s.client(who.accessToken).push(ops);
    if (res.status != 200) throw std::runtime_error("world push: " + res.body);
    const json body = res.json();
    for (const auto& r : body["results"])
        if (r["status"] != "accepted") throw std::runtime_error("world push refused: " + r.dump());
}

/// One case's records: every type the adviser writes, the patient's own, and a conflict.
void fillCase(TestServer& s, const std::string& caseId, const TestSession& adviser,
              const TestSession& patient, const std::string& employer,
              const std::string& unconsentedEmployer, const std::string& consentOnlyEmployer) {
    const std::string version = newUuid();
    People p{adviser.userId, patient.userId, employer, version};
    const auto hlc = [&] { return s.nextHlc(adviser.deviceId); };
    json ops = json::array();
    for (const auto& type : deviceTypes()) {
        if (type == "goal_progress" || type == "check_in") continue;  // the patient's
        const std::string id = type == "rtw_plan_version" ? version : newUuid();
        ops.push_back(createOp(type, id, caseId, recordFields(type, p), hlc()));
    }
    ops.push_back(
        createOp("case_note", newUuid(), caseId, recordFields("case_note", p, "shared"), hlc()));
    ops.push_back(createOp("rtw_plan_version", newUuid(), caseId,
                           recordFields("rtw_plan_version", p), hlc()));  // not shared
    if (!unconsentedEmployer.empty()) {
        People other = p;
        other.employerId = unconsentedEmployer;
        ops.push_back(
            createOp("share_grant", newUuid(), caseId, recordFields("share_grant", other), hlc()));
    }
    if (!consentOnlyEmployer.empty()) {
        People other = p;
        other.employerId = consentOnlyEmployer;
        ops.push_back(createOp("consent_event", newUuid(), caseId,
                               recordFields("consent_event", other), hlc()));
    }
    // Two devices' edits of one goal: the older loses and becomes a conflict.
    const std::string goal = newUuid();
    const std::string created = hlc();
    ops.push_back(createOp("goal", goal, caseId, recordFields("goal", p), created));
    const std::string older = hlc();
    ops.push_back(updateOp("goal", goal, caseId, {{"amount", 40.0}}, hlc(), {{"amount", created}}));
    ops.push_back(updateOp("goal", goal, caseId, {{"amount", 45.0}}, older, {{"amount", created}}));
    pushAll(s, adviser, ops);

    json own = json::array();
    const auto phlc = [&] { return s.nextHlc(patient.deviceId); };
    for (const char* type : {"check_in", "goal_progress"})
        own.push_back(createOp(type, newUuid(), caseId, recordFields(type, p, "patient"), phlc()));
    own.push_back(createOp("questionnaire_response", newUuid(), caseId,
                           recordFields("questionnaire_response", p, "self"), phlc()));
    pushAll(s, patient, own);
}

}  // namespace

AccessWorld AccessWorld::build(TestServer& s) {
    AccessWorld w;
    w.people["ann"] = s.adviser();
    w.people["ben"] = s.otherAdviser();
    w.people["lee"] = s.serviceLead();
    w.people["ada"] = s.admin();
    w.people["moss"] = s.referrer();
    w.people["rex"] = s.createStaff(model::UserRole::Referrer, "Dr Rex Other");
    for (const char* name : {"eve", "fay", "gus", "ivy"})
        w.people[name] = s.createEmployerContact(std::string(name) + " Employer");
    auto ann = s.signIn(w.people["ann"], "Ann's tablet");
    auto ben = s.signIn(w.people["ben"], "Ben's tablet");
    w.ownCase = s.createCase(ann, s.practiceId(), {{"referrerUserId", w.people["moss"].id}});
    w.foreignCase =
        s.createCase(ben, s.otherPracticeId(), {{"referrerUserId", w.people["rex"].id}});
    auto [pat, patSession] = s.enrolPatient(ann, w.ownCase, "Pat Patient");
    auto [pia, piaSession] = s.enrolPatient(ben, w.foreignCase, "Pia Patient");
    w.people["pat"] = pat;
    w.people["pia"] = pia;
    w.sessions = {{"ann", ann}, {"ben", ben}, {"pat", patSession}, {"pia", piaSession}};
    fillCase(s, w.ownCase, ann, patSession, w.people["eve"].id, w.people["fay"].id,
             w.people["gus"].id);
    fillCase(s, w.foreignCase, ben, piaSession, w.people["ivy"].id, {}, {});
    return w;
}

policy::Principal AccessWorld::principal(const std::string& name,
                                         const testsupport::TestServer& s) const {
    const auto& a = people.at(name);
    policy::Principal p{a.id, a.role, s.serviceId(), {}};
    if (a.role == model::UserRole::ServiceLead) p.practiceIds = {*a.practiceId};
    return p;
}

std::vector<sync::StoredRecord> allRecords(db::SqlDatabase& db) {
    std::vector<sync::StoredRecord> out;
    Status s = db.transact(db::TxMode::Read, [&](db::SqlTx& tx) -> Status {
        out.clear();
        auto rows = tx.query(std::string("SELECT ") + sync::kRecordColumns +
                             " FROM records r ORDER BY r.seq");
        if (!rows) return rows.status();
        for (const auto& row : *rows) {
            auto r = sync::recordFrom(row);
            if (!r) return r.status();
            out.push_back(std::move(*r));
        }
        return Status::ok();
    });
    if (!s) throw std::runtime_error("allRecords: " + s.message());
    return out;
}

std::map<std::string, policy::CaseFacts> factsFromRecords(
    const std::vector<sync::StoredRecord>& records, const std::string& serviceId) {
    std::map<std::string, policy::CaseFacts> out;
    std::map<std::string, std::vector<model::ConsentEvent>> consents;
    for (const auto& r : records) {
        if (r.type == "case") {
            auto c = model::Case::fromJson(r.state.fields);
            if (!c) throw std::runtime_error("a stored case does not parse");
            auto& f = out[r.id];
            f.caseId = r.id;
            f.serviceId = serviceId;
            f.practiceId = c->practiceId;
            f.adviserId = c->adviserId;
            f.patientUserId = c->patientUserId;
            f.referrerUserId = c->referrerUserId;
        }
    }
    for (const auto& r : records) {
        if (r.type == "consent_event")
            consents[r.caseId].push_back(*model::ConsentEvent::fromJson(r.state.fields));
        if (r.type == "share_grant" && !r.state.deleted)
            out[r.caseId].shares.push_back({r.id, *model::ShareGrant::fromJson(r.state.fields)});
    }
    for (auto& [caseId, events] : consents) out[caseId].consent = model::currentConsent(events);
    return out;
}

}  // namespace rtw::server::testing
