#include "model/share_grant.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"planVersionId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"employerContactId", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
            {"expiresAt", "2026-06-30T23:59:59.000Z"},
            {"revoked", false},
            {"createdBy", "3b241101-e2bb-4255-8caf-4136c566a962"}};
}

}  // namespace

TEST(ModelShareGrant, RoundTrips) {
    auto s = ShareGrant::fromJson(valid());
    ASSERT_TRUE(s) << s.status().message();
    EXPECT_EQ(toJson(*s), valid());
}

TEST(ModelShareGrant, ActiveUntilExpiryOrRevocation) {
    auto s = *ShareGrant::fromJson(valid());
    const Timestamp expiry = *parseTimestamp("2026-06-30T23:59:59Z");
    EXPECT_TRUE(isShareActive(s, expiry - 1));
    EXPECT_FALSE(isShareActive(s, expiry));
    s.revoked = true;
    EXPECT_FALSE(isShareActive(s, expiry - 1));
}

TEST(ModelShareGrant, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"planVersionId", "v1"}, {"employerContactId", ""}, {"expiresAt", "2026-06-31T00:00:00Z"},
        {"revoked", 0},          {"createdBy", 7},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<ShareGrant>(j, field);
    }
    auto j = valid();
    j["scope"] = "all";
    expectRejected<ShareGrant>(j, "scope");
    j = valid();
    j.erase("expiresAt");
    expectRejected<ShareGrant>(j, "expiresAt");
}

TEST(ModelShareGrant, ReportsAllErrorsTogether) {
    auto r = ShareGrant::fromJson(json{{"planVersionId", "x"}, {"revoked", false}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 4u) << r.status().message();
}
