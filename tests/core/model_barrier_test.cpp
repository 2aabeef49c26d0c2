#include "model/barrier.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"category", "financial_benefits"},
            {"description", "Worried about losing Universal Credit"},
            {"resolved", false}};
}

}  // namespace

TEST(ModelBarrier, RoundTrips) {
    auto b = Barrier::fromJson(valid());
    ASSERT_TRUE(b) << b.status().message();
    EXPECT_EQ(b->category, BarrierCategory::FinancialBenefits);
    EXPECT_EQ(toJson(*b), valid());
}

TEST(ModelBarrier, EveryCategoryNameRoundTrips) {
    for (auto name : enumNames<BarrierCategory>()) {
        auto j = valid();
        j["category"] = std::string(name);
        auto b = Barrier::fromJson(j);
        ASSERT_TRUE(b) << name;
        EXPECT_EQ(enumName(b->category), name);
    }
}

TEST(ModelBarrier, RejectsInvalidUnknownMissingAndWrongType) {
    auto j = valid();
    j["category"] = "weather";
    expectRejected<Barrier>(j, "category");
    j = valid();
    j["description"] = "\t";
    expectRejected<Barrier>(j, "description");
    j = valid();
    j["description"] = std::string("bad \xFF bytes");
    expectRejected<Barrier>(j, "description");
    j = valid();
    j["severity"] = 3;
    expectRejected<Barrier>(j, "severity");
    j = valid();
    j.erase("resolved");
    expectRejected<Barrier>(j, "resolved");
    j = valid();
    j["resolved"] = "no";
    expectRejected<Barrier>(j, "resolved");
}

TEST(ModelBarrier, ReportsAllErrorsTogether) {
    auto r = Barrier::fromJson(json{{"category", 1}, {"description", ""}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
