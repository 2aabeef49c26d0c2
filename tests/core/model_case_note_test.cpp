#include "model/case_note.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

const char* kOriginal = "0f8fad5b-d9cb-469f-a165-70867728950e";

json note() {
    return {{"kind", "note"},
            {"text", "Discussed phased return with client."},
            {"contactId", "7c9e6679-7425-40de-944b-e07fc1f90ae7"},
            {"authorId", "3b241101-e2bb-4255-8caf-4136c566a962"},
            {"deviceId", "tablet-7"},
            {"writtenAt", "2026-03-10T10:20:00.000Z"},
            {"sharedWithPatient", false}};
}

json amendment() {
    auto j = note();
    j["kind"] = "amendment";
    j["refersTo"] = kOriginal;
    j["text"] = "Correction: 3 days a week, not 4.";
    return j;
}

json enteredInError() {
    auto j = note();
    j["kind"] = "entered_in_error";
    j["refersTo"] = kOriginal;
    j["text"] = "";
    j["reason"] = "Written on the wrong client's record";
    return j;
}

}  // namespace

TEST(ModelCaseNote, RoundTripsEachKind) {
    for (const auto& j : {note(), amendment(), enteredInError()}) {
        auto n = CaseNote::fromJson(j);
        ASSERT_TRUE(n) << j.dump() << ": " << n.status().message();
        EXPECT_EQ(toJson(*n), j);
    }
}

TEST(ModelCaseNote, CorrectionsMustReferToTheOriginal) {
    auto j = amendment();
    j.erase("refersTo");
    expectRejected<CaseNote>(j, "refersTo");
    j = enteredInError();
    j.erase("refersTo");
    expectRejected<CaseNote>(j, "refersTo");
    j = note();
    j["refersTo"] = kOriginal;
    expectRejected<CaseNote>(j, "refersTo");
    j = amendment();
    j["refersTo"] = "note-1";
    expectRejected<CaseNote>(j, "refersTo");
}

TEST(ModelCaseNote, EnteredInErrorNeedsReason) {
    auto j = enteredInError();
    j.erase("reason");
    expectRejected<CaseNote>(j, "reason");
    j = note();
    j["reason"] = "because";
    expectRejected<CaseNote>(j, "reason");
}

TEST(ModelCaseNote, TextRules) {
    auto j = note();
    j["text"] = "  ";
    expectRejected<CaseNote>(j, "text");
    j = amendment();
    j["text"] = "";
    expectRejected<CaseNote>(j, "text");
    j = note();
    j["text"] = std::string(20001, 'a');
    expectRejected<CaseNote>(j, "text");
    j["text"] = std::string(20000, 'a');
    EXPECT_TRUE(CaseNote::fromJson(j));
}

TEST(ModelCaseNote, RejectsInvalidUnknownMissingAndWrongType) {
    auto j = note();
    j["authorId"] = "adviser";
    expectRejected<CaseNote>(j, "authorId");
    j = note();
    j["deviceId"] = "";
    expectRejected<CaseNote>(j, "deviceId");
    j = note();
    j["kind"] = "draft";
    expectRejected<CaseNote>(j, "kind");
    j = note();
    j["editedAt"] = "2026-03-10T10:20:00Z";
    expectRejected<CaseNote>(j, "editedAt");
    j = note();
    j.erase("writtenAt");
    expectRejected<CaseNote>(j, "writtenAt");
    j = note();
    j["sharedWithPatient"] = nullptr;
    expectRejected<CaseNote>(j, "sharedWithPatient");
}

TEST(ModelCaseNote, ReportsAllErrorsWithoutCascades) {
    auto j = amendment();
    j["kind"] = "comment";  // unknown kind: no complaint about refersTo
    j["authorId"] = 12;
    j["writtenAt"] = "2026-03-10T25:00:00Z";
    auto r = CaseNote::fromJson(j);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.status().fieldErrors().size(), 3u) << r.status().message();
}
