#include "model/employer.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"name", "Northern Bakeries Ltd"},
            {"size", "medium"},
            {"hasOccupationalHealth", true},
            {"lineManager",
             {{"name", "Pat Jones"}, {"phone", "0113 496 0000"}, {"email", "pat@nb.example"}}}};
}

}  // namespace

TEST(ModelEmployer, RoundTrips) {
    auto e = Employer::fromJson(valid());
    ASSERT_TRUE(e) << e.status().message();
    EXPECT_EQ(e->lineManager->name, "Pat Jones");
    EXPECT_EQ(toJson(*e), valid());
    auto noManager = valid();
    noManager.erase("lineManager");
    EXPECT_EQ(toJson(*Employer::fromJson(noManager)), noManager);
}

TEST(ModelEmployer, RejectsInvalidValues) {
    auto j = valid();
    j["name"] = "";
    expectRejected<Employer>(j, "name");
    j = valid();
    j["size"] = "huge";
    expectRejected<Employer>(j, "size");
    j = valid();
    j["lineManager"]["email"] = "pat at nb";
    expectRejected<Employer>(j, "lineManager.email");
    j = valid();
    j["lineManager"]["phone"] = "123";
    expectRejected<Employer>(j, "lineManager.phone");
    j = valid();
    j["lineManager"] = "Pat";
    expectRejected<Employer>(j, "lineManager");
}

TEST(ModelEmployer, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["lineManager"]["mobile"] = "07700 900123";
    expectRejected<Employer>(j, "lineManager.mobile");
    j = valid();
    j["lineManager"].erase("name");
    expectRejected<Employer>(j, "lineManager.name");
    j = valid();
    j.erase("size");
    expectRejected<Employer>(j, "size");
    j = valid();
    j["hasOccupationalHealth"] = 1;
    expectRejected<Employer>(j, "hasOccupationalHealth");
}

TEST(ModelEmployer, ReportsAllErrorsTogether) {
    auto j = valid();
    j["name"] = " ";
    j["size"] = "tiny";
    j["lineManager"]["email"] = "x";
    auto r = Employer::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}

TEST(ModelEmployer, LineManagerIdNamesTheManagerAndNeedsOne) {
    auto j = valid();
    j["lineManagerId"] = "0b6f2a57-1c7e-4a0e-9a55-6f4b5e0c2d11";
    auto e = Employer::fromJson(j);
    ASSERT_TRUE(e) << e.status().message();
    EXPECT_EQ(*e->lineManagerId, "0b6f2a57-1c7e-4a0e-9a55-6f4b5e0c2d11");
    EXPECT_EQ(toJson(*e), j);
    j["lineManagerId"] = "Pat";
    expectRejected<Employer>(j, "lineManagerId");
    j = valid();
    j["lineManagerId"] = "0b6f2a57-1c7e-4a0e-9a55-6f4b5e0c2d11";
    j.erase("lineManager");
    expectRejected<Employer>(j, "lineManagerId");
}
