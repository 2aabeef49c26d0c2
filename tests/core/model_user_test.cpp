#include "model/user.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"email", "chris.adviser@nhs.net"},
            {"displayName", "Chris Adviser"},
            {"role", "adviser"},
            {"serviceId", "leeds-rtw"},
            {"practiceId", "B86001"}};
}

}  // namespace

TEST(ModelUser, RoundTrips) {
    auto u = User::fromJson(valid());
    ASSERT_TRUE(u) << u.status().message();
    EXPECT_EQ(u->role, UserRole::Adviser);
    EXPECT_EQ(toJson(*u), valid());
}

TEST(ModelUser, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"email", "chris"}, {"email", "a@b@nhs.net"}, {"displayName", ""}, {"role", "gp"},
        {"serviceId", ""},  {"practiceId", ""},       {"role", 1},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<User>(j, field);
    }
    auto j = valid();
    j["password"] = "hunter2";
    expectRejected<User>(j, "password");
    j = valid();
    j.erase("email");
    expectRejected<User>(j, "email");
}

TEST(ModelUser, ReportsAllErrorsTogether) {
    auto r = User::fromJson(json{{"email", "x"}, {"displayName", " "}, {"role", "boss"}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 4u) << r.status().message();  // + serviceId
}
