#include "app/tour_seed.h"

#include "hlc/hlc.h"
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

}  // namespace rtw::app
