#include "sync/push_batch.h"

namespace rtw::sync {

nlohmann::json encodeOperation(const store::OutboxEntry& e) {
    nlohmann::json op = {
        {"opId", e.opId},     {"recordId", e.recordId},        {"type", e.recordType},
        {"caseId", e.caseId}, {"op", store::opKindName(e.op)}, {"fields", e.fields},
        {"hlc", e.hlc}};
    if (e.baseHlcs.is_object() && !e.baseHlcs.empty()) op["baseHlcs"] = e.baseHlcs;
    return op;
}

std::vector<PushBatch> makeBatches(const std::vector<store::OutboxEntry>& entries,
                                   BatchLimits limits) {
    std::vector<PushBatch> batches;
    for (const auto& e : entries) {
        nlohmann::json op = encodeOperation(e);
        const std::size_t size = op.dump().size();
        const bool full =
            !batches.empty() && (batches.back().operations.size() >= limits.maxOperations ||
                                 batches.back().encodedBytes + size > limits.maxBytes);
        if (batches.empty() || full) batches.emplace_back();
        batches.back().operations.push_back(std::move(op));
        batches.back().encodedBytes += size;
    }
    return batches;
}

}  // namespace rtw::sync
