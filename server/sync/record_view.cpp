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

bool mayKnowRecord(const policy::Principal& reader, const policy::CaseFacts* facts,
                   const StoredRecord& r, std::int64_t nowMs) {
    if (facts == nullptr) return false;
    const policy::RecordRef ref{r.type, r.id, r.state.fields};
    return policy::viewOf(reader, *facts, ref, nowMs) != policy::View::None;
}

}  // namespace rtw::server::sync
