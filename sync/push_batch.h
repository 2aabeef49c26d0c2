#pragma once
// How outbox entries become push requests: in push order, cut into batches
// by operation count and encoded size, so one huge note never makes a
// request the server must refuse, and a slow link sends small requests.

#include <cstddef>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/record_store.h"

namespace rtw::sync {

/// One operation as sent to the server.
nlohmann::json encodeOperation(const store::OutboxEntry& entry);

struct PushBatch {
    nlohmann::json operations = nlohmann::json::array();
    std::size_t encodedBytes = 0;
};

struct BatchLimits {
    std::size_t maxOperations = 500;
    std::size_t maxBytes = 1 << 20;  ///< an op bigger than this travels alone
};

/// Splits entries (already in push order) into batches, keeping the order.
std::vector<PushBatch> makeBatches(const std::vector<store::OutboxEntry>& entries,
                                   BatchLimits limits = {});

}  // namespace rtw::sync
