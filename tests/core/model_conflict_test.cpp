#include "model/conflict.h"

#include <gtest/gtest.h>

#include "model/record_types.h"
#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json open() {
    return {{"recordId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"recordType", "rtw_plan"},
            {"field", "targetDate"},
            {"losingValue", "2026-03-02"},
            {"losingHlc", "0191a2b3c000-0000-3f9e"},
            {"winningValue", "2026-03-09"},
            {"winningHlc", "0191a2b3c4d5-0000-server"},
            {"hiddenByDelete", false},
            {"status", "open"}};
}

json resolved() {
    json j = open();
    j["status"] = "resolved";
    j["resolvedBy"] = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    j["resolvedAt"] = "2026-03-15T10:00:00.000Z";
    return j;
}

}  // namespace

TEST(ModelConflict, RoundTripsOpenAndResolved) {
    for (const json& j : {open(), resolved()}) {
        auto c = Conflict::fromJson(j);
        ASSERT_TRUE(c) << c.status().message();
        EXPECT_EQ(toJson(*c), j);
        EXPECT_TRUE(validate(*c).isOk());
    }
    auto c = *Conflict::fromJson(resolved());
    EXPECT_EQ(c.status, ConflictStatus::Resolved);
    EXPECT_EQ(*c.losingValue, json("2026-03-02"));
}

TEST(ModelConflict, ValuesMayBeAnyJsonOrAbsent) {
    json j = open();
    j["losingValue"] = {{"week", 1}, {"days", 2}};  // a structured field lost
    j.erase("winningValue");                        // a clear won
    j.erase("winningHlc");                          // arrived after a deletion
    j["hiddenByDelete"] = true;
    auto c = Conflict::fromJson(j);
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_FALSE(c->winningValue.has_value());
    EXPECT_EQ(toJson(*c), j);
    j.erase("losingValue");  // a clear lost
    EXPECT_TRUE(Conflict::fromJson(j).isOk());
}

TEST(ModelConflict, NullIsRefusedLeaveTheKeyOut) {
    json j = open();
    j["losingValue"] = nullptr;
    expectRejected<Conflict>(j, "losingValue");
}

TEST(ModelConflict, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"recordId", "x"},
        {"recordType", "patient"},
        {"field", ""},
        {"losingHlc", "yesterday"},
        {"losingHlc", "0191A2B3C000-0000-3f9e"},  // parses, but not the canonical form
        {"winningHlc", 7},
        {"hiddenByDelete", "no"},
        {"status", "closed"},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = open();
        j[field] = value;
        expectRejected<Conflict>(j, field);
    }
    auto j = open();
    j["note"] = "x";
    expectRejected<Conflict>(j, "note");
    j = open();
    j.erase("losingHlc");
    expectRejected<Conflict>(j, "losingHlc");
}

TEST(ModelConflict, ResolvedByAndAtExactlyWhenResolved) {
    json j = resolved();
    j.erase("resolvedBy");
    expectRejected<Conflict>(j, "resolvedBy");
    j = resolved();
    j.erase("resolvedAt");
    expectRejected<Conflict>(j, "resolvedAt");
    j = open();
    j["resolvedBy"] = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    expectRejected<Conflict>(j, "resolvedBy");
    j = open();
    j["resolvedAt"] = "2026-03-15T10:00:00Z";
    expectRejected<Conflict>(j, "resolvedAt");
    j = resolved();
    j["resolvedAt"] = "2026-03-15T10:00:00Z";  // normalised to milliseconds
    EXPECT_EQ(toJson(*Conflict::fromJson(j)), resolved());
}

TEST(ModelConflict, IsRegisteredAsMutable) {
    const auto* info = findRecordType("conflict");
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->mutability, Mutability::Mutable);
    EXPECT_TRUE(info->validate(open()).isOk());
}
