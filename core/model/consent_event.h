#pragma once
// Consent (workflow 9) as an append-only log of grants and withdrawals, each
// dated, with who recorded it and how. The current state is a pure fold over
// the log, so a withdrawal made on any device takes effect everywhere as soon
// as its event syncs, and the history is never lost.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class ConsentAction { Grant, Withdraw };
enum class ConsentScope { Contact, ContactEmployer, SharePlanWithEmployer, ProgressToGp };
enum class ConsentMethod { Verbal, Written, InApp };

template <>
struct EnumNames<ConsentAction> {
    static constexpr std::string_view values[] = {"grant", "withdraw"};
};
template <>
struct EnumNames<ConsentScope> {
    static constexpr std::string_view values[] = {"contact", "contact_employer",
                                                  "share_plan_with_employer", "progress_to_gp"};
};
template <>
struct EnumNames<ConsentMethod> {
    static constexpr std::string_view values[] = {"verbal", "written", "in_app"};
};

/// True for the scopes that name a particular employer contact.
bool scopeNeedsRecipient(ConsentScope scope);

struct ConsentEvent {
    static constexpr std::string_view kType = "consent_event";

    ConsentAction action{};
    ConsentScope scope{};
    /// The employer contact (user id) the consent is about; required exactly
    /// for contact_employer and share_plan_with_employer, with their name.
    std::optional<std::string> recipientId;
    std::optional<std::string> recipientName;
    ConsentMethod method{};
    std::string recordedBy;  ///< user id of whoever recorded it
    Timestamp at = 0;

    static Result<ConsentEvent> fromJson(const nlohmann::json& fields);
    bool operator==(const ConsentEvent&) const = default;
};

nlohmann::json toJson(const ConsentEvent& c);
Status validate(const ConsentEvent& c);

/// (scope, recipient id or "" for scopes without a recipient).
using ConsentKey = std::pair<ConsentScope, std::string>;

/// Where one consent stands after folding the log.
struct ConsentStanding {
    bool granted = false;
    Timestamp since = 0;  ///< time of the deciding event
    ConsentMethod method{};
    std::string recordedBy;
};

using ConsentState = std::map<ConsentKey, ConsentStanding>;

/// Folds events in any order: for each (scope, recipient) the latest event by
/// `at` decides. When a grant and a withdrawal have the same `at`, the
/// withdrawal wins: when in doubt, there is no consent.
ConsentState currentConsent(const std::vector<ConsentEvent>& events);

/// Whether consent is granted now. Pass the recipient for the employer
/// scopes; it is ignored for the others.
bool hasConsent(const ConsentState& state, ConsentScope scope, std::string_view recipientId = {});

}  // namespace rtw::model
