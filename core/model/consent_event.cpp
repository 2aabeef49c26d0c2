#include "model/consent_event.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, ConsentEvent& x) {
    r.choice("action", x.action);
    r.choice("scope", x.scope);
    r.text("recipientId", x.recipientId);
    r.text("recipientName", x.recipientName);
    r.choice("method", x.method);
    r.text("recordedBy", x.recordedBy);
    r.timestamp("at", x.at);
}

void check(ErrorList& e, const ConsentEvent& x) {
    if (scopeNeedsRecipient(x.scope)) {
        if (!x.recipientId) {
            e.addCross("recipientId",
                       "is required: consent to involve an employer names the person", {"scope"});
        }
        if (!x.recipientName) {
            e.addCross("recipientName",
                       "is required: consent to involve an employer names the person", {"scope"});
        }
    } else {
        if (x.recipientId) {
            e.addCross("recipientId", "must be left out for this kind of consent", {"scope"});
        }
        if (x.recipientName) {
            e.addCross("recipientName", "must be left out for this kind of consent", {"scope"});
        }
    }
    checkUuid(e, "recipientId", x.recipientId);
    checkText(e, "recipientName", x.recipientName, kNameLength);
    checkUuid(e, "recordedBy", x.recordedBy);
    checkTimestamp(e, "at", x.at);
}

}  // namespace

bool scopeNeedsRecipient(ConsentScope scope) {
    return scope == ConsentScope::ContactEmployer || scope == ConsentScope::SharePlanWithEmployer;
}

Result<ConsentEvent> ConsentEvent::fromJson(const nlohmann::json& fields) {
    return parseRecord<ConsentEvent>(fields, read, check);
}

nlohmann::json toJson(const ConsentEvent& x) {
    nlohmann::json j = {{"action", enumJson(x.action)},
                        {"scope", enumJson(x.scope)},
                        {"method", enumJson(x.method)},
                        {"recordedBy", x.recordedBy},
                        {"at", timestampJson(x.at)}};
    putOptional(j, "recipientId", x.recipientId);
    putOptional(j, "recipientName", x.recipientName);
    return j;
}

Status validate(const ConsentEvent& x) {
    return validateWith(x, check);
}

ConsentState currentConsent(const std::vector<ConsentEvent>& events) {
    ConsentState state;
    for (const auto& ev : events) {
        ConsentKey key{ev.scope, scopeNeedsRecipient(ev.scope) ? ev.recipientId.value_or("") : ""};
        const auto it = state.find(key);
        if (it != state.end()) {
            const bool older = ev.at < it->second.since;
            const bool tieKeepsWithdrawal = ev.at == it->second.since && !it->second.granted;
            if (older || tieKeepsWithdrawal) continue;
        }
        state[key] = {ev.action == ConsentAction::Grant, ev.at, ev.method, ev.recordedBy};
    }
    return state;
}

bool hasConsent(const ConsentState& state, ConsentScope scope, std::string_view recipientId) {
    ConsentKey key{scope, scopeNeedsRecipient(scope) ? std::string(recipientId) : std::string()};
    const auto it = state.find(key);
    return it != state.end() && it->second.granted;
}

}  // namespace rtw::model
