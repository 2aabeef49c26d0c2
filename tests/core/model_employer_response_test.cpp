// An employer's acknowledgement or comment on a shared plan (written by the
// server from the employer's web page).
#include <gtest/gtest.h>

#include "model/employer_response.h"

namespace rtw::model {
namespace {

using nlohmann::json;

json acknowledgement() {
    return {{"kind", "acknowledge"},
            {"shareGrantId", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"planVersionId", "1a2b3c4d-0000-4000-8000-0000000000a1"},
            {"employerContactId", "3b241101-e2bb-4255-8caf-4136c566a962"},
            {"at", "2026-03-14T09:00:00Z"}};
}

bool namesField(const Status& s, const std::string& field) {
    for (const auto& fe : s.fieldErrors())
        if (fe.field == field) return true;
    return false;
}

TEST(EmployerResponse, AcknowledgementRoundTripsInCanonicalForm) {
    auto r = EmployerResponse::fromJson(acknowledgement());
    ASSERT_TRUE(r) << r.status().message();
    EXPECT_EQ(r->kind, EmployerResponseKind::Acknowledge);
    EXPECT_FALSE(r->comment);
    EXPECT_EQ(toJson(*r)["at"], "2026-03-14T09:00:00.000Z");
}

TEST(EmployerResponse, ACommentNeedsItsTextAndAnAcknowledgementHasNone) {
    json comment = acknowledgement();
    comment["kind"] = "comment";
    EXPECT_TRUE(namesField(EmployerResponse::fromJson(comment).status(), "comment"));
    comment["comment"] = "Can the start be 10am?";
    EXPECT_TRUE(EmployerResponse::fromJson(comment));
    json ack = acknowledgement();
    ack["comment"] = "Read it.";
    EXPECT_TRUE(namesField(EmployerResponse::fromJson(ack).status(), "comment"));
    comment["comment"] = "   ";
    EXPECT_TRUE(namesField(EmployerResponse::fromJson(comment).status(), "comment"));
    comment["comment"] = std::string(2001, 'a');
    EXPECT_TRUE(namesField(EmployerResponse::fromJson(comment).status(), "comment"));
}

TEST(EmployerResponse, IdsAndKindAreChecked) {
    json bad = acknowledgement();
    bad["shareGrantId"] = "not-a-uuid";
    bad["kind"] = "like";
    const Status s = EmployerResponse::fromJson(bad).status();
    EXPECT_TRUE(namesField(s, "shareGrantId"));
    EXPECT_TRUE(namesField(s, "kind"));
}

}  // namespace
}  // namespace rtw::model
