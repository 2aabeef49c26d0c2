#include "app/tour_seed.h"

#include "hlc/hlc.h"
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

Result<std::string> seedPatientProfile(store::Store& s) {
    std::string caseId, clientName;
    {
        std::lock_guard lock(s.database().mutex());
        auto st = s.database().prepare(
            "SELECT c.case_id, COUNT(*) AS n FROM records c WHERE c.type = 'check_in' AND "
            "c.deleted = 0 AND EXISTS (SELECT 1 FROM records g WHERE g.type = 'goal' AND "
            "g.deleted = 0 AND g.case_id = c.case_id) GROUP BY c.case_id ORDER BY n DESC LIMIT 1");
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

}  // namespace rtw::app
