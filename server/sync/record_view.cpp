#include "server/sync/record_view.h"

namespace rtw::server::sync {

using nlohmann::json;

std::optional<json> readerView(const policy::Principal& reader, const policy::CaseFacts* facts,
                               const StoredRecord& r, std::int64_t nowMs) {
    if (facts == nullptr) return std::nullopt;
    const policy::RecordRef ref{r.type, r.id, r.state.fields};
    const policy::View view = policy::viewOf(reader, *facts, ref, nowMs);
    auto fields = policy::redactAs(view, ref);
    if (!fields) return std::nullopt;
    json hlcs = r.state.fieldHlcs;
    if (view != policy::View::Full) {
        // When a field was last written says something about it: only for fields shown.
        json kept = json::object();
        for (const auto& [field, hlc] : hlcs.items())
            if (fields->contains(field)) kept[field] = hlc;
        hlcs = std::move(kept);
    }
    return json{{"id", r.id},
                {"type", r.type},
                {"caseId", r.caseId},
                {"view", std::string(policy::viewName(view))},
                {"fields", std::move(*fields)},
                {"fieldHlcs", std::move(hlcs)},
                {"createdHlc", r.state.createdHlc},
                {"updatedHlc", r.state.updatedHlc},
                {"deleted", r.state.deleted},
                {"seq", r.seq}};
}

RecordRow RecordRow::from(const db::SqlRow& row) {
    RecordRow r;
    r.id = row.text(0);
    r.type = row.text(1);
    r.caseId = row.text(2);
    r.fieldsText = row.text(3);
    r.fieldHlcsText = row.text(4);
    r.createdHlc = row.text(5);
    r.updatedHlc = row.text(6);
    r.deleted = row.integer(7) != 0;
    r.seq = row.integer(8);
    return r;
}

Result<StoredRecord> RecordRow::parse() const {
    db::SqlRow row;
    row.columns = {id,
                   type,
                   caseId,
                   fieldsText,
                   fieldHlcsText,
                   createdHlc,
                   updatedHlc,
                   std::string(deleted ? "1" : "0"),
                   std::to_string(seq)};
    return recordFrom(row);
}

std::optional<std::string> readerViewText(const policy::Principal& reader,
                                          const policy::CaseFacts* facts, const RecordRow& r,
                                          std::int64_t nowMs) {
    if (facts == nullptr) return std::nullopt;
    if (!policy::readDependsOnFields(reader, r.type)) {
        static const json kNoFields = json::object();
        const policy::View view =
            policy::viewOf(reader, *facts, policy::RecordRef{r.type, r.id, kNoFields}, nowMs);
        if (view == policy::View::None) return std::nullopt;
        if (view == policy::View::Full) {
            // The stored text is the canonical JSON the full view sends.
            std::string out;
            out.reserve(r.fieldsText.size() + r.fieldHlcsText.size() + 300);
            out += "{\"id\":" + json(r.id).dump() + ",\"type\":" + json(r.type).dump() +
                   ",\"caseId\":" + json(r.caseId).dump() + ",\"view\":\"full\",\"fields\":";
            out += r.fieldsText;
            out += ",\"fieldHlcs\":";
            out += r.fieldHlcsText;
            out += ",\"createdHlc\":" + json(r.createdHlc).dump() +
                   ",\"updatedHlc\":" + json(r.updatedHlc).dump() +
                   ",\"deleted\":" + (r.deleted ? "true" : "false") +
                   ",\"seq\":" + std::to_string(r.seq) + "}";
            return out;
        }
    }
    auto parsed = r.parse();
    if (!parsed) return std::nullopt;  // never send what cannot be read
    auto view = readerView(reader, facts, *parsed, nowMs);
    if (!view) return std::nullopt;
    return view->dump();
}

bool mayKnowRecord(const policy::Principal& reader, const policy::CaseFacts* facts,
                   const StoredRecord& r, std::int64_t nowMs) {
    if (facts == nullptr) return false;
    const policy::RecordRef ref{r.type, r.id, r.state.fields};
    return policy::viewOf(reader, *facts, ref, nowMs) != policy::View::None;
}

}  // namespace rtw::server::sync
