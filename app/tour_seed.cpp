#include "app/tour_seed.h"

#include "hlc/hlc.h"
#include "model/dates.h"
#include "policy/access_policy.h"
#include "store/device_profile.h"
#include "store/patient_prefs.h"
#include "util/random_id.h"

namespace rtw::app {

using nlohmann::json;

namespace {

store::PulledRecord asPulled(const store::Record& r) {
    store::PulledRecord p;
    p.id = r.id;
    p.type = r.type;
    p.caseId = r.caseId;
    p.view = r.view;
    p.fields = r.fields;
    p.fieldHlcs = r.fieldHlcs;
    p.createdHlc = r.createdHlc;
    p.updatedHlc = r.updatedHlc;
    return p;
}

}  // namespace

Status seedSyncReview(store::Store& s) {
    auto st = s.database().prepare(
        "SELECT id FROM records WHERE type = 'client' AND deleted = 0 ORDER BY rid LIMIT 1");
    if (!st) return st.status();
    auto row = st->step();
    if (!row) return row.status();
    if (!*row) return Status::error(ErrorCode::NotFound, "no client to seed the review with");
    const std::string clientId = st->text(0);
    auto client = s.records().get(clientId);
    if (!client) return client.status();

    // The refused change: typed here, refused by the server, record put back.
    const store::Record before = *client;
    if (Status u = s.records().update(clientId, {{"email", "sam.example@nhs.net"}}); !u) return u;
    auto outbox = s.sync().pendingOutbox(100000);
    if (!outbox) return outbox.status();
    std::string opId;
    for (const auto& e : *outbox)
        if (e.recordId == clientId) opId = e.opId;
    store::Rejection refusal{
        opId, "invalid", "The change could not be saved.",
        json::array({{{"field", "email"}, {"message", "must be a personal email address"}}}),
        asPulled(before)};
    if (Status r = s.sync().recordPushResults({}, {refusal}); !r) return r;

    // The conflict: another device's phone number lost to the one held.
    const std::int64_t wall = before.createdHlc.empty() ? 0 : Hlc::parse(before.createdHlc)->wallMs;
    store::PulledRecord conflict;
    conflict.id = newUuid();
    conflict.type = "conflict";
    conflict.caseId = before.caseId;
    conflict.createdHlc = conflict.updatedHlc =
        Hlc{wall + 3'600'000, 0, "7f3a9c21-5e0d-4b8a-9c1e-2d4f6a8b0c13"}.toString();
    conflict.fields = {
        {"recordId", clientId},
        {"recordType", "client"},
        {"field", "phone"},
        {"losingValue", "07700 900461"},
        {"losingHlc", Hlc{wall + 1'800'000, 0, "7f3a9c21-5e0d-4b8a-9c1e-2d4f6a8b0c13"}.toString()},
        {"winningValue", before.fields.value("phone", "07700 900123")},
        {"winningHlc", conflict.createdHlc},
        {"hiddenByDelete", false},
        {"status", "open"}};
    auto cursor = s.sync().cursor();
    if (!cursor) return cursor.status();
    auto applied = s.sync().applyPage({conflict}, *cursor, std::nullopt);
    return applied ? Status::ok() : applied.status();
}

Status seedPatientPages(store::Store& s, const std::string& caseId) {
    auto versions = s.records().list("rtw_plan_version", caseId);
    if (!versions) return versions.status();
    if (versions->empty())
        return Status::error(ErrorCode::NotFound, "no agreed plan to seed the patient pages with");
    const store::Record* latest = &versions->front();
    for (const auto& v : *versions)
        if (v.fields.value("version", 0) > latest->fields.value("version", 0)) latest = &v;
    auto grants = s.records().list("share_grant", caseId);
    if (!grants) return grants.status();
    std::string employer;
    for (const auto& g : *grants)
        if (g.fields.value("planVersionId", "") == latest->id)
            employer = g.fields.value("employerContactId", "");

    const std::int64_t wall =
        Hlc::parse(latest->createdHlc) ? Hlc::parse(latest->createdHlc)->wallMs : 1'795'510'800'000;
    const std::string server = "7f3a9c21-5e0d-4b8a-9c1e-2d4f6a8b0c13";
    const std::string patientId = "2c1d7e9a-4b3f-4e8d-9a6c-5f0b1e2d3c4a";
    auto profile = store::loadDeviceProfile(s.database());
    const std::string adviserId = profile && *profile
                                      ? (*profile)->userId
                                      : std::string("6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11");
    auto record = [&](const char* type, std::int64_t at, json fields) {
        store::PulledRecord r;
        r.id = newUuid();
        r.type = type;
        r.caseId = caseId;
        r.createdHlc = r.updatedHlc = Hlc{at, 0, server}.toString();
        r.fields = std::move(fields);
        return r;
    };
    const auto at = [](std::int64_t ms) { return model::formatTimestamp(ms); };
    std::vector<store::PulledRecord> page = {
        record("plan_comment", wall + 86'400'000,
               {{"planVersionId", latest->id},
                {"text", "Could week 2 start at 10am? The early bus is hard on my back."},
                {"authorId", patientId},
                {"authorRole", "patient"},
                {"at", at(wall + 86'400'000)}}),
        record("plan_comment", wall + 90'000'000,
               {{"planVersionId", latest->id},
                {"text", "Yes: I will ask your manager and let you know by Friday."},
                {"authorId", adviserId},
                {"authorRole", "adviser"},
                {"at", at(wall + 90'000'000)}})};
    if (employer.empty()) {
        // No share of this version yet: the one the adviser would make, with consent.
        employer = "5d2e8f1a-3c4b-4a6d-8e9f-0a1b2c3d4e5f";
        page.push_back(record("consent_event", wall + 60'000,
                              {{"action", "grant"},
                               {"scope", "share_plan_with_employer"},
                               {"recipientId", employer},
                               {"recipientName", "Sam Patel"},
                               {"method", "verbal"},
                               {"recordedBy", adviserId},
                               {"at", at(wall + 60'000)}}));
        page.push_back(record("share_grant", wall + 120'000,
                              {{"planVersionId", latest->id},
                               {"employerContactId", employer},
                               {"expiresAt", at(wall + 90LL * 86'400'000)},
                               {"revoked", false},
                               {"createdBy", adviserId}}));
    }
    if (!employer.empty())
        page.push_back(record("audit_event", wall + 100'000'000,
                              {{"actorId", employer},
                               {"actorRole", "employer_contact"},
                               {"action", "read"},
                               {"recordType", "rtw_plan_version"},
                               {"recordId", latest->id},
                               {"at", at(wall + 100'000'000)}}));
    auto cursor = s.sync().cursor();
    if (!cursor) return cursor.status();
    auto applied = s.sync().applyPage(page, *cursor, std::nullopt);
    return applied ? Status::ok() : applied.status();
}

Result<std::string> seedPatientProfile(store::Store& s) {
    std::string caseId, clientName;
    {
        std::lock_guard lock(s.database().mutex());
        auto st = s.database().prepare(
            "SELECT c.case_id, COUNT(*) AS n FROM records c WHERE c.type = 'check_in' AND "
            "c.deleted = 0 AND EXISTS (SELECT 1 FROM records g WHERE g.type = 'goal' AND "
            "g.deleted = 0 AND g.case_id = c.case_id) GROUP BY c.case_id ORDER BY n DESC LIMIT "
            "1");
        if (!st) return st.status();
        auto row = st->step();
        if (!row) return row.status();
        if (!*row)
            return Status::error(ErrorCode::NotFound, "no demo case with check-ins and goals");
        caseId = st->text(0);
    }
    auto clients = s.records().list("client", caseId);
    if (!clients) return clients.status();
    if (!clients->empty()) {
        const auto& f = clients->front().fields;
        clientName = f.value("givenName", "") + " " + f.value("familyName", "");
    }
    if (Status u = s.records().update(caseId, {{"patientUserId", kTourPatientId}}); !u) return u;
    auto profile = store::loadDeviceProfile(s.database());
    if (!profile) return profile.status();
    store::DeviceProfile p = profile->value_or(store::DeviceProfile{});
    p.userId = kTourPatientId;
    p.displayName = clientName;
    p.email = "patient@example.com";
    p.role = "patient";
    p.practiceId.clear();
    if (Status saved = store::saveDeviceProfile(s.database(), p); !saved) return saved;
    if (Status prefs = store::savePatientPrefs(s.database(), {}); !prefs) return prefs;
    return caseId;
}

Result<TourSharedPlan> seedEmployerProfile(store::Store& s, std::int64_t now) {
    auto versions = s.records().listAll("rtw_plan_version");
    if (!versions) return versions.status();
    if (versions->empty()) return Status::error(ErrorCode::NotFound, "no agreed plan version");
    const store::Record version = versions->back();
    // What the server's pull sends an employer: the access policy's redaction.
    auto view =
        policy::redactAs(policy::View::Employer, {"rtw_plan_version", version.id, version.fields});
    if (!view) return Status::error(ErrorCode::NotFound, "the plan version does not parse");
    if (Status e = s.sync().eraseAll(); !e) return e;
    store::PulledRecord plan;
    plan.id = version.id;
    plan.type = "rtw_plan_version";
    plan.caseId = version.caseId;
    plan.view = "employer";
    plan.fields = *view;
    plan.createdHlc = plan.updatedHlc = version.createdHlc;
    plan.seq = 1;
    store::PulledRecord grant = plan;
    grant.id = newUuid();
    grant.type = "share_grant";
    grant.view = "full";
    grant.fields = {{"planVersionId", version.id},
                    {"employerContactId", kTourEmployerId},
                    {"expiresAt", model::formatTimestamp(now + 60LL * 24 * 3600 * 1000)},
                    {"revoked", false},
                    {"createdBy", newUuid()}};
    grant.seq = 2;
    auto applied = s.sync().applyPage({plan, grant}, "2", std::nullopt);
    if (!applied) return applied.status();
    auto profile = store::loadDeviceProfile(s.database());
    if (!profile) return profile.status();
    store::DeviceProfile p = profile->value_or(store::DeviceProfile{});
    p.userId = kTourEmployerId;
    p.displayName = "Sam Okafor";
    p.email = "line.manager@example.com";
    p.role = "employer_contact";
    p.practiceId.clear();
    if (Status saved = store::saveDeviceProfile(s.database(), p); !saved) return saved;
    return TourSharedPlan{version.caseId, grant.id};
}

}  // namespace rtw::app
