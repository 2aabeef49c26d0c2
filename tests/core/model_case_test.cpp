#include "model/case.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"practiceId", "A81001"},
            {"adviserId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"patientUserId", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
            {"referrerUserId", "3b241101-e2bb-4255-8caf-4136c566a962"},
            {"status", "active"},
            {"openedOn", "2026-03-02"}};
}

}  // namespace

TEST(ModelCase, RoundTrips) {
    auto c = Case::fromJson(valid());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(c->status, CaseStatus::Active);
    EXPECT_EQ(toJson(*c), valid());
    EXPECT_TRUE(validate(*c).isOk());
    auto noPatient = valid();
    noPatient.erase("patientUserId");
    noPatient.erase("referrerUserId");
    EXPECT_EQ(toJson(*Case::fromJson(noPatient)), noPatient);
}

TEST(ModelCase, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"practiceId", ""},
        {"adviserId", "not-a-uuid"},
        {"patientUserId", "0F8FAD5B-D9CB-469F-A165-70867728950E"},
        {"referrerUserId", "Dr Moss"},
        {"status", "open"},
        {"openedOn", "2026-02-30"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field);
        auto j = valid();
        j[field] = value;
        expectRejected<Case>(j, field);
    }
}

TEST(ModelCase, StatusMessageListsAllowedValues) {
    auto j = valid();
    j["status"] = "open";
    auto r = Case::fromJson(j);
    EXPECT_EQ(findFieldError(r.status(), "status")->message,
              "must be one of: awaiting_first_contact, active, discharged, declined, closed");
}

TEST(ModelCase, RejectsUnknownMissingAndWrongType) {
    auto unknown = valid();
    unknown["colour"] = "red";
    expectRejected<Case>(unknown, "colour");
    auto missing = valid();
    missing.erase("openedOn");
    expectRejected<Case>(missing, "openedOn");
    auto wrongType = valid();
    wrongType["practiceId"] = 42;
    expectRejected<Case>(wrongType, "practiceId");
    auto nullOptional = valid();
    nullOptional["patientUserId"] = nullptr;
    expectRejected<Case>(nullOptional, "patientUserId");
    expectRejected<Case>(json::array(), "");
}

TEST(ModelCase, ReportsAllErrorsTogether) {
    auto j = valid();
    j["status"] = 3;
    j["openedOn"] = "yesterday";
    j.erase("adviserId");
    auto r = Case::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
    for (const char* f : {"status", "openedOn", "adviserId"}) {
        EXPECT_NE(findFieldError(r.status(), f), nullptr) << f;
    }
}
