#include "server/sync/server_records.h"

#include <sodium.h>

#include "model/dates.h"
#include "util/random_id.h"

namespace rtw::server::sync {

using nlohmann::json;

namespace {

std::string processNode() {
    unsigned char bytes[4];
    randombytes_buf(bytes, sizeof bytes);
    char hex[9];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return std::string("server-") + hex;
}

}  // namespace

ServerHlc::ServerHlc(const Clock& clock) : clock_(processNode(), clock) {}

std::string ServerHlc::next() {
    std::lock_guard lock(mutex_);
    return clock_.now().toString();
}

void ServerHlc::observe(const std::string& hlc) {
    const auto parsed = Hlc::parse(hlc);
    if (!parsed) return;
    std::lock_guard lock(mutex_);
    (void)clock_.observe(*parsed);  // a stamp too far ahead is refused before this
}

json auditFields(const Actor& actor, const std::string& action, const std::string& recordType,
                 const std::string& recordId, std::int64_t nowMs) {
    json j = {{"actorId", actor.userId}, {"actorRole", std::string(model::enumName(actor.role))},
              {"action", action},        {"recordType", recordType},
              {"recordId", recordId},    {"at", model::formatTimestamp(nowMs)}};
    if (!actor.deviceId.empty()) j["deviceId"] = actor.deviceId;
    return j;
}

json conflictFields(const merge::Loss& loss, const std::string& recordType,
                    const std::string& recordId) {
    json j = {{"recordId", recordId},
              {"recordType", recordType},
              {"field", loss.field},
              {"losingHlc", loss.losingHlc},
              {"hiddenByDelete", loss.hiddenByDelete},
              {"status", "open"}};
    if (!loss.losingValue.is_null()) j["losingValue"] = loss.losingValue;
    if (!loss.winningValue.is_null()) j["winningValue"] = loss.winningValue;
    if (!loss.winningHlc.empty()) j["winningHlc"] = loss.winningHlc;
    return j;
}

StoredRecord serverRecord(const std::string& type, const std::string& caseId, json fields,
                          const std::string& hlc, std::int64_t seq) {
    StoredRecord r;
    r.id = newUuid();
    r.type = type;
    r.caseId = caseId;
    r.state.fields = std::move(fields);
    r.state.createdHlc = hlc;
    r.state.updatedHlc = hlc;
    r.seq = seq;
    return r;
}

}  // namespace rtw::server::sync
