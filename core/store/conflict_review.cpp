#include "store/conflict_review.h"

#include <algorithm>

namespace rtw::store {

using nlohmann::json;

Result<std::vector<OpenConflict>> openConflicts(RecordStore& records) {
    auto all = records.listAll(model::Conflict::kType);
    if (!all) return all.status();
    std::vector<OpenConflict> out;
    for (const auto& r : *all) {
        auto c = model::Conflict::fromJson(r.fields);
        if (!c || c->status != model::ConflictStatus::Open) continue;
        out.push_back({r.id, r.caseId, std::move(*c)});
    }
    // HLC text compares in time order; the newest loss is the likeliest to
    // be remembered by whoever typed it.
    std::stable_sort(out.begin(), out.end(), [](const OpenConflict& a, const OpenConflict& b) {
        return a.conflict.losingHlc > b.conflict.losingHlc;
    });
    return out;
}

json resolutionChanges(const std::string& userId, model::Timestamp now) {
    return {{"status", "resolved"},
            {"resolvedBy", userId},
            {"resolvedAt", model::formatTimestamp(now)}};
}

Status checkChoice(const model::Conflict& c, ConflictChoice choice) {
    if (choice == ConflictChoice::KeepLosing && c.hiddenByDelete)
        return Status::error(ErrorCode::NotAllowed,
                             "The record was deleted, so the other value cannot be put back. "
                             "Keep the current state, or add the record again.");
    return Status::ok();
}

Status resolveConflict(RecordStore& records, std::string_view conflictId, ConflictChoice choice,
                       const std::string& userId, model::Timestamp now) {
    return records.inTransaction([&](RecordStore& rs) -> Status {
        auto record = rs.get(conflictId);
        if (!record || record->type != model::Conflict::kType)
            return Status::error(ErrorCode::NotFound, "That conflict is no longer on this device.");
        auto conflict = model::Conflict::fromJson(record->fields);
        if (!conflict) return conflict.status();
        if (conflict->status != model::ConflictStatus::Open)
            return Status::error(ErrorCode::NotAllowed, "That conflict has already been resolved.");
        if (Status s = checkChoice(*conflict, choice); !s) return s;
        if (choice == ConflictChoice::KeepLosing) {
            auto target = rs.get(conflict->recordId);
            if (!target)
                return Status::error(ErrorCode::NotFound,
                                     "The record is no longer on this device, so the other value "
                                     "cannot be put back.");
            // An absent losing value means the losing write cleared the field.
            const json value = conflict->losingValue ? *conflict->losingValue : json(nullptr);
            if (Status s = rs.update(conflict->recordId, {{conflict->field, value}}); !s) return s;
        }
        return rs.update(conflictId, resolutionChanges(userId, now));
    });
}

}  // namespace rtw::store
