#pragma once
// Sharing one agreed plan version with one named employer contact
// (workflow 10). Access also needs live consent (share_plan_with_employer
// for the same contact), checked by whoever serves the employer page.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "util/status.h"

namespace rtw::model {

struct ShareGrant {
    static constexpr std::string_view kType = "share_grant";

    std::string planVersionId;      ///< the rtw_plan_version record shared
    std::string employerContactId;  ///< user id of the employer contact
    Timestamp expiresAt = 0;
    bool revoked = false;
    std::string createdBy;  ///< user id of the adviser or patient who shared

    static Result<ShareGrant> fromJson(const nlohmann::json& fields);
    bool operator==(const ShareGrant&) const = default;
};

nlohmann::json toJson(const ShareGrant& s);
Status validate(const ShareGrant& s);

/// Not revoked and not yet expired at `now`. Consent is checked separately.
bool isShareActive(const ShareGrant& s, Timestamp now);

}  // namespace rtw::model
