#include "model/client.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"givenName", "Aisha"},        {"familyName", "Khan"},
            {"dateOfBirth", "1984-02-29"}, {"nhsNumber", "9434765919"},
            {"phone", "07700 900123"},     {"email", "aisha@example.com"},
            {"postcode", "LS1 4AP"},       {"preferredContact", "text"}};
}

}  // namespace

TEST(ModelClient, RoundTrips) {
    auto c = Client::fromJson(valid());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(toJson(*c), valid());
    json minimal = {{"givenName", "Jo"}, {"familyName", "Bloggs"}, {"dateOfBirth", "1970-01-01"}};
    EXPECT_EQ(toJson(*Client::fromJson(minimal)), minimal);
}

TEST(ModelClient, NormalisesNhsNumberSpaces) {
    auto j = valid();
    j["nhsNumber"] = "943 476 5919";
    auto c = Client::fromJson(j);
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(c->nhsNumber, "9434765919");
    EXPECT_EQ(toJson(*c)["nhsNumber"], "9434765919");
}

TEST(ModelClient, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"givenName", "   "},
        {"familyName", std::string(101, 'x')},
        {"dateOfBirth", "1899-12-31"},
        {"dateOfBirth", "2025-02-29"},
        {"nhsNumber", "9434765918"},
        {"nhsNumber", "94347659"},
        {"phone", "12345"},
        {"phone", "0113 496 0000 ext"},
        {"email", "aisha.example.com"},
        {"email", "aisha@localhost"},
        {"postcode", "12345"},
        {"preferredContact", "pigeon"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<Client>(j, field);
    }
}

TEST(ModelClient, NameLengthCountsCharactersNotBytes) {
    auto j = valid();
    std::string name;
    for (int i = 0; i < 100; ++i) name += "\xC3\xA9";  // é, two bytes each
    j["givenName"] = name;
    EXPECT_TRUE(Client::fromJson(j)) << "100 characters is within the limit";
}

TEST(ModelClient, PreferredContactNeedsTheDetails) {
    auto j = valid();
    j.erase("phone");
    expectRejected<Client>(j, "phone");
    j = valid();
    j["preferredContact"] = "email";
    j.erase("email");
    expectRejected<Client>(j, "email");
}

TEST(ModelClient, RejectsUnknownMissingAndWrongType) {
    auto unknown = valid();
    unknown["nhs_number"] = "9434765919";
    expectRejected<Client>(unknown, "nhs_number");
    auto missing = valid();
    missing.erase("familyName");
    expectRejected<Client>(missing, "familyName");
    auto wrongType = valid();
    wrongType["dateOfBirth"] = 19840229;
    expectRejected<Client>(wrongType, "dateOfBirth");
}

TEST(ModelClient, ReportsAllErrorsTogether) {
    auto j = valid();
    j["givenName"] = "";
    j["nhsNumber"] = "1234567890";
    j["postcode"] = "nowhere";
    auto r = Client::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}

TEST(ModelClient, ValidateChecksStructsBuiltInCode) {
    Client c;
    c.givenName = "Sam";
    c.familyName = "Lee";
    c.dateOfBirth = ymd(2026, 2, 30);
    EXPECT_NE(findFieldError(validate(c), "dateOfBirth"), nullptr);
    c.dateOfBirth = ymd(1990, 5, 1);
    EXPECT_TRUE(validate(c).isOk());
}

TEST(ModelClient, CheckAgeUsesGivenToday) {
    Client c = *Client::fromJson(valid());  // born 29/02/1984
    EXPECT_TRUE(checkAge(c, ymd(2026, 3, 1)).isOk());
    EXPECT_EQ(ageOn(c.dateOfBirth, ymd(2026, 2, 28)), 41);
    EXPECT_EQ(ageOn(c.dateOfBirth, ymd(2026, 3, 1)), 42);
    c.dateOfBirth = ymd(2010, 6, 1);
    auto young = checkAge(c, ymd(2026, 5, 31));
    ASSERT_FALSE(young.isOk());
    EXPECT_NE(findFieldError(young, "dateOfBirth"), nullptr);
    EXPECT_TRUE(checkAge(c, ymd(2026, 6, 1)).isOk()) << "16 on the day";
    c.dateOfBirth = ymd(2027, 1, 1);
    EXPECT_FALSE(checkAge(c, ymd(2026, 6, 1)).isOk()) << "born in the future";
    c.dateOfBirth = ymd(1920, 1, 1);
    EXPECT_FALSE(checkAge(c, ymd(2026, 6, 1)).isOk()) << "over 100";
}
