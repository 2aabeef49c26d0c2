#include "model/consent_event.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

const std::string kPat = "7c9e6679-7425-40de-944b-e07fc1f90ae7";  // employer contact
const std::string kLee = "3b241101-e2bb-4255-8caf-4136c566a962";  // another one

json valid() {
    return {{"action", "grant"},
            {"scope", "share_plan_with_employer"},
            {"recipientId", kPat},
            {"recipientName", "Pat Jones"},
            {"method", "in_app"},
            {"recordedBy", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"at", "2026-03-12T10:00:00.000Z"}};
}

ConsentEvent event(ConsentAction action, ConsentScope scope, Timestamp at,
                   std::optional<std::string> recipient = std::nullopt) {
    ConsentEvent e;
    e.action = action;
    e.scope = scope;
    e.recipientId = recipient;
    if (recipient) e.recipientName = "Someone";
    e.recordedBy = "0f8fad5b-d9cb-469f-a165-70867728950e";
    e.at = at;
    return e;
}

}  // namespace

TEST(ModelConsentEvent, RoundTrips) {
    auto c = ConsentEvent::fromJson(valid());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(toJson(*c), valid());
    json contact = {{"action", "withdraw"},
                    {"scope", "contact"},
                    {"method", "verbal"},
                    {"recordedBy", "0f8fad5b-d9cb-469f-a165-70867728950e"},
                    {"at", "2026-03-12T10:00:00.000Z"}};
    EXPECT_EQ(toJson(*ConsentEvent::fromJson(contact)), contact);
}

TEST(ModelConsentEvent, EmployerScopesNameTheRecipient) {
    auto j = valid();
    j.erase("recipientId");
    expectRejected<ConsentEvent>(j, "recipientId");
    j = valid();
    j["scope"] = "contact_employer";
    j.erase("recipientName");
    expectRejected<ConsentEvent>(j, "recipientName");
    j = valid();
    j["scope"] = "progress_to_gp";
    expectRejected<ConsentEvent>(j, "recipientId");
    expectRejected<ConsentEvent>(j, "recipientName");
}

TEST(ModelConsentEvent, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"action", "pause"}, {"scope", "everything"}, {"method", "email"}, {"recipientId", "pat"},
        {"recordedBy", ""},  {"at", "yesterday"},     {"at", 1700000000},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<ConsentEvent>(j, field);
    }
    auto j = valid();
    j["expires"] = "2027-01-01";
    expectRejected<ConsentEvent>(j, "expires");
    j = valid();
    j.erase("method");
    expectRejected<ConsentEvent>(j, "method");
}

TEST(ModelConsentEvent, ReportsAllErrorsWithoutCascades) {
    auto j = valid();
    j["scope"] = "all";  // unknown scope: no complaint about the recipient fields
    j["method"] = 2;
    j["at"] = "2026-03-12T10:00:00";
    auto r = ConsentEvent::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}

TEST(ModelConsentEvent, LatestEventWinsWhateverTheOrder) {
    using A = ConsentAction;
    using S = ConsentScope;
    const std::vector<ConsentEvent> events = {
        event(A::Withdraw, S::Contact, 3000),
        event(A::Grant, S::Contact, 1000),
        event(A::Grant, S::ProgressToGp, 2000),
    };
    auto state = currentConsent(events);
    EXPECT_FALSE(hasConsent(state, S::Contact));
    EXPECT_TRUE(hasConsent(state, S::ProgressToGp));
    EXPECT_FALSE(hasConsent(state, S::ContactEmployer, kPat)) << "never asked";
    EXPECT_EQ(state.at({S::Contact, ""}).since, 3000);

    auto reversed = events;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_FALSE(hasConsent(currentConsent(reversed), S::Contact));
}

TEST(ModelConsentEvent, EmployerConsentIsPerRecipient) {
    using A = ConsentAction;
    using S = ConsentScope;
    auto state = currentConsent({
        event(A::Grant, S::SharePlanWithEmployer, 1000, kPat),
        event(A::Grant, S::SharePlanWithEmployer, 1000, kLee),
        event(A::Withdraw, S::SharePlanWithEmployer, 5000, kLee),
    });
    EXPECT_TRUE(hasConsent(state, S::SharePlanWithEmployer, kPat));
    EXPECT_FALSE(hasConsent(state, S::SharePlanWithEmployer, kLee));
    EXPECT_FALSE(hasConsent(state, S::ContactEmployer, kPat)) << "sharing is not contacting";
    EXPECT_FALSE(hasConsent(state, S::SharePlanWithEmployer)) << "no recipient, no consent";
}

TEST(ModelConsentEvent, WithdrawalWinsATie) {
    using A = ConsentAction;
    using S = ConsentScope;
    EXPECT_FALSE(hasConsent(
        currentConsent({event(A::Grant, S::Contact, 1000), event(A::Withdraw, S::Contact, 1000)}),
        S::Contact));
    EXPECT_FALSE(hasConsent(
        currentConsent({event(A::Withdraw, S::Contact, 1000), event(A::Grant, S::Contact, 1000)}),
        S::Contact));
    EXPECT_TRUE(hasConsent(
        currentConsent({event(A::Withdraw, S::Contact, 1000), event(A::Grant, S::Contact, 1001)}),
        S::Contact));
}
