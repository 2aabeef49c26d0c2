#include "model/record_types.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "model/json_fields.h"

using nlohmann::json;
using namespace rtw::model;

TEST(ModelRegistry, EveryTypeIsFindable) {
    const std::set<std::string> expected = {"case",
                                            "client",
                                            "referral",
                                            "employer",
                                            "employment",
                                            "barrier",
                                            "fit_note",
                                            "contact",
                                            "case_note",
                                            "case_action",
                                            "rtw_plan",
                                            "rtw_plan_version",
                                            "plan_comment",
                                            "goal",
                                            "goal_progress",
                                            "check_in",
                                            "questionnaire_response",
                                            "consent_event",
                                            "share_grant",
                                            "discharge",
                                            "audit_event",
                                            "employer_response",
                                            "user",
                                            "conflict"};
    std::set<std::string> registered;
    for (const auto& t : allRecordTypes()) registered.insert(std::string(t.name));
    EXPECT_EQ(registered, expected);
    EXPECT_EQ(allRecordTypes().size(), expected.size()) << "no duplicates";
    for (const auto& name : expected) {
        const auto* t = findRecordType(name);
        ASSERT_NE(t, nullptr) << name;
        EXPECT_EQ(t->name, name);
        ASSERT_NE(t->validate, nullptr);
        ASSERT_NE(t->normalise, nullptr);
    }
}

TEST(ModelRegistry, UnknownTypeIsNull) {
    EXPECT_EQ(findRecordType("patient"), nullptr);
    EXPECT_EQ(findRecordType(""), nullptr);
    EXPECT_EQ(findRecordType("Case"), nullptr);
}

TEST(ModelRegistry, AppendOnlyTypesAreExactlyTheHistoryRecords) {
    const std::set<std::string> expected = {
        "case_note",   "rtw_plan_version",       "goal_progress",
        "check_in",    "questionnaire_response", "consent_event",
        "audit_event", "employer_response",      "plan_comment"};
    std::set<std::string> appendOnly;
    for (const auto& t : allRecordTypes()) {
        if (t.mutability == Mutability::AppendOnly) appendOnly.insert(std::string(t.name));
    }
    EXPECT_EQ(appendOnly, expected);
}

TEST(ModelRegistry, ValidateRunsTheEntityRules) {
    const auto* checkIn = findRecordType("check_in");
    ASSERT_NE(checkIn, nullptr);
    json fields = {{"on", "2026-03-10"}, {"pain", 11},          {"interference", 0}, {"mood", 3},
                   {"sleepQuality", 5},  {"pacingDone", "all"}, {"hoursWorked", 0}};
    auto bad = checkIn->validate(fields);
    ASSERT_FALSE(bad.isOk());
    EXPECT_EQ(bad.code(), rtw::ErrorCode::InvalidArgument);
    EXPECT_NE(findFieldError(bad, "pain"), nullptr);
    fields["pain"] = 3;
    EXPECT_TRUE(checkIn->validate(fields).isOk());
    EXPECT_FALSE(checkIn->validate(json::array()).isOk());
}

TEST(ModelRegistry, NormaliseGivesTheCanonicalForm) {
    const auto* client = findRecordType("client");
    json typed = {{"givenName", "Jo"},
                  {"familyName", "Bloggs"},
                  {"dateOfBirth", "1970-01-01"},
                  {"nhsNumber", "943 476 5919"}};
    auto canonical = client->normalise(typed);
    ASSERT_TRUE(canonical) << canonical.status().message();
    EXPECT_EQ((*canonical)["nhsNumber"], "9434765919");

    const auto* contact = findRecordType("contact");
    json c = {{"at", "2026-03-10T09:30:00Z"},
              {"mode", "phone"},
              {"durationMinutes", 10},
              {"attendance", "attended"},
              {"participants", json::array()}};
    auto norm = contact->normalise(c);
    ASSERT_TRUE(norm);
    EXPECT_EQ((*norm)["at"], "2026-03-10T09:30:00.000Z");
    EXPECT_EQ(*contact->normalise(*norm), *norm) << "normalising twice changes nothing";

    c["mode"] = "fax";
    auto badResult = contact->normalise(c);
    ASSERT_FALSE(badResult);
    EXPECT_NE(findFieldError(badResult.status(), "mode"), nullptr);
}
