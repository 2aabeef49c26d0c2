#include "model/audit_event.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"actorId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"actorRole", "employer_contact"},
            {"action", "read"},
            {"recordType", "rtw_plan_version"},
            {"recordId", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
            {"at", "2026-03-14T09:00:00.123Z"},
            {"detail", "Viewed shared plan in browser"}};
}

}  // namespace

TEST(ModelAuditEvent, RoundTrips) {
    auto a = AuditEvent::fromJson(valid());
    ASSERT_TRUE(a) << a.status().message();
    EXPECT_EQ(toJson(*a), valid());
    json signIn = {{"actorId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
                   {"actorRole", "adviser"},
                   {"deviceId", "tablet-7"},
                   {"action", "sign_in"},
                   {"at", "2026-03-14T08:00:00.000Z"}};
    EXPECT_EQ(toJson(*AuditEvent::fromJson(signIn)), signIn);
}

TEST(ModelAuditEvent, RecordActionsNameTheRecord) {
    auto j = valid();
    j.erase("recordId");
    expectRejected<AuditEvent>(j, "recordId");
    j = valid();
    j.erase("recordType");
    expectRejected<AuditEvent>(j, "recordType");
    j = valid();
    j["recordType"] = "spreadsheet";
    expectRejected<AuditEvent>(j, "recordType");
}

TEST(ModelAuditEvent, RejectsInvalidUnknownMissingAndWrongType) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"actorId", "system"}, {"actorRole", "gp"},  {"action", "print"},
        {"recordId", "42"},    {"at", "2026-03-14"}, {"deviceId", ""},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<AuditEvent>(j, field);
    }
    auto j = valid();
    j["ip"] = "10.0.0.1";
    expectRejected<AuditEvent>(j, "ip");
    j = valid();
    j.erase("actorRole");
    expectRejected<AuditEvent>(j, "actorRole");
}

TEST(ModelAuditEvent, ReportsAllErrorsTogether) {
    auto j = valid();
    j["actorId"] = 3;
    j["action"] = "look";  // unknown action: no cascade onto record fields
    j.erase("recordId");
    j["at"] = "2026-03-14T09:00:00.1234Z";
    auto r = AuditEvent::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
