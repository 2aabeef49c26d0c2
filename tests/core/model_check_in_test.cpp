#include "model/check_in.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"on", "2026-03-10"},  {"pain", 6},
            {"interference", 4},   {"mood", 3},
            {"sleepQuality", 5},   {"pacingDone", "some"},
            {"hoursWorked", 4.25}, {"note", "Stiff in the morning"}};
}

}  // namespace

TEST(ModelCheckIn, RoundTrips) {
    auto c = CheckIn::fromJson(valid());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(c->pain, 6);
    EXPECT_EQ(toJson(*c), valid());
}

TEST(ModelCheckIn, ScoresMustBeInRange) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"pain", 11},
        {"pain", -1},
        {"interference", 11},
        {"mood", 0},
        {"mood", 6},
        {"sleepQuality", -1},
        {"sleepQuality", 11},
        {"hoursWorked", 24.25},
        {"hoursWorked", -0.25},
        {"hoursWorked", 7.3},
        {"pacingDone", "most"},
        {"on", "2026-02-30"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<CheckIn>(j, field);
    }
    auto pain = valid();
    pain["pain"] = 11;
    EXPECT_EQ(findFieldError(CheckIn::fromJson(pain).status(), "pain")->message,
              "must be between 0 and 10");
    for (int edge : {0, 10}) {
        auto j = valid();
        j["pain"] = edge;
        EXPECT_TRUE(CheckIn::fromJson(j)) << edge;
    }
}

TEST(ModelCheckIn, NoteLimit) {
    auto j = valid();
    j["note"] = std::string(2000, 'x');
    EXPECT_TRUE(CheckIn::fromJson(j));
    j["note"] = std::string(2001, 'x');
    expectRejected<CheckIn>(j, "note");
}

TEST(ModelCheckIn, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["steps"] = 4000;
    expectRejected<CheckIn>(j, "steps");
    j = valid();
    j.erase("mood");
    expectRejected<CheckIn>(j, "mood");
    j = valid();
    j["pain"] = 6.5;
    expectRejected<CheckIn>(j, "pain");
    j = valid();
    j["pain"] = "6";
    expectRejected<CheckIn>(j, "pain");
}

TEST(ModelCheckIn, ReportsAllErrorsTogether) {
    auto j = valid();
    j["pain"] = 11;
    j["mood"] = 0;
    j["hoursWorked"] = 30;
    j["extra"] = 1;
    auto r = CheckIn::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 4u) << r.status().message();
}
