#pragma once
// A value that lost a last-writer-wins race (merge::Loss), kept in the case
// so nothing typed is silently dropped. Written by the server when it merges
// a push (docs/sync-protocol.md section 6); the people with a full view of
// the case review it and mark it resolved. Mutable, but only its status.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class ConflictStatus { Open, Resolved };
template <>
struct EnumNames<ConflictStatus> {
    static constexpr std::string_view values[] = {"open", "resolved"};
};

struct Conflict {
    static constexpr std::string_view kType = "conflict";

    std::string recordId;    ///< the record whose field lost
    std::string recordType;  ///< its type (a registered name)
    std::string field;       ///< the field that lost
    /// The value that lost; absent when the losing write cleared the field.
    std::optional<nlohmann::json> losingValue;
    std::string losingHlc;  ///< HLC of the losing write
    /// What the record holds instead; absent when it holds nothing there
    /// (a clear won, or the value is hidden by a deletion).
    std::optional<nlohmann::json> winningValue;
    /// HLC of the winning write (or of the deletion); absent when the value
    /// arrived after a deletion whose HLC is not kept.
    std::optional<std::string> winningHlc;
    bool hiddenByDelete = false;  ///< the value is hidden because the record was deleted
    ConflictStatus status{};
    std::optional<std::string> resolvedBy;  ///< user id; exactly when resolved
    std::optional<Timestamp> resolvedAt;    ///< exactly when resolved

    static Result<Conflict> fromJson(const nlohmann::json& fields);
    bool operator==(const Conflict&) const = default;
};

nlohmann::json toJson(const Conflict& c);
Status validate(const Conflict& c);

}  // namespace rtw::model
