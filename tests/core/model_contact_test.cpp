#include "model/contact.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"at", "2026-03-10T09:30:00.000Z"},
            {"mode", "face_to_face"},
            {"venue", "Central Library, room 2"},
            {"durationMinutes", 45},
            {"attendance", "attended"},
            {"participants", {{{"name", "Sam Patel"}, {"role", "pain occupational therapist"}}}}};
}

}  // namespace

TEST(ModelContact, RoundTrips) {
    auto c = Contact::fromJson(valid());
    ASSERT_TRUE(c) << c.status().message();
    EXPECT_EQ(c->participants.at(0).role, "pain occupational therapist");
    EXPECT_EQ(toJson(*c), valid());
}

TEST(ModelContact, TimestampsAreStoredWithMilliseconds) {
    auto j = valid();
    j["at"] = "2026-03-10T09:30:00Z";
    auto c = Contact::fromJson(j);
    ASSERT_TRUE(c);
    EXPECT_EQ(toJson(*c)["at"], "2026-03-10T09:30:00.000Z");
}

TEST(ModelContact, RejectsInvalidValues) {
    const std::vector<std::pair<std::string, json>> cases = {
        {"at", "2026-03-10 09:30"}, {"mode", "carrier_pigeon"}, {"durationMinutes", 481},
        {"durationMinutes", -5},    {"attendance", "late"},     {"venue", ""},
    };
    for (const auto& [field, value] : cases) {
        SCOPED_TRACE(field + "=" + value.dump());
        auto j = valid();
        j[field] = value;
        expectRejected<Contact>(j, field);
    }
    auto j = valid();
    j["participants"][0]["role"] = "";
    expectRejected<Contact>(j, "participants[0].role");
}

TEST(ModelContact, MissedContactsRecordNoDuration) {
    auto j = valid();
    j["attendance"] = "did_not_attend";
    expectRejected<Contact>(j, "durationMinutes");
    j["durationMinutes"] = 0;
    EXPECT_TRUE(Contact::fromJson(j));
}

TEST(ModelContact, RejectsUnknownMissingAndWrongType) {
    auto j = valid();
    j["participants"][0]["email"] = "sam@example.com";
    expectRejected<Contact>(j, "participants[0].email");
    j = valid();
    j.erase("participants");
    expectRejected<Contact>(j, "participants");
    j = valid();
    j["durationMinutes"] = 45.5;
    expectRejected<Contact>(j, "durationMinutes");
    j = valid();
    j["participants"] = {"Sam"};
    expectRejected<Contact>(j, "participants[0]");
}

TEST(ModelContact, ReportsAllErrorsTogether) {
    auto j = valid();
    j["mode"] = "fax";
    j["at"] = "2026-02-30T09:00:00Z";
    j["participants"][0].erase("name");
    auto r = Contact::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
    EXPECT_NE(findFieldError(r.status(), "participants[0].name"), nullptr);
}
