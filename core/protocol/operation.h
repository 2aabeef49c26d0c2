#pragma once
// The sync protocol's shared vocabulary: one operation as it travels from a
// device to the server, and the protocol version both sides must agree on.
// Encoded by the device (sync/), decoded by the server; one definition here.
// The wire format is documented in docs/sync-protocol.md.

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "store/record_store.h"
#include "util/status.h"

namespace rtw::protocol {

/// Bumped when the meaning of a message changes. A device speaking another
/// version is told to update the app (or the server to be updated).
constexpr int kSyncProtocolVersion = 1;

struct Operation {
    std::string opId;  ///< UUID; the server applies each op id once
    std::string recordId;
    std::string type;
    std::string caseId;
    store::OpKind op = store::OpKind::Create;
    nlohmann::json fields = nlohmann::json::object();  ///< changed fields (null = cleared)
    std::string hlc;
    /// field -> HLC of the value the writer saw; lets merge tell a
    /// sequential overwrite from a concurrent one. Optional on the wire.
    nlohmann::json baseHlcs = nlohmann::json::object();
};

nlohmann::json encode(const Operation& op);
/// Every problem with the shape at once, named by field ("opId", "hlc", ...):
/// unknown keys, wrong types, malformed UUIDs or HLCs, an unknown record type.
/// It does not judge the fields' content: that is the model's and policy's job.
Result<Operation> decode(const nlohmann::json& json);

}  // namespace rtw::protocol
