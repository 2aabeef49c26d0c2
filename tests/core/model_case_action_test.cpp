#include "model/case_action.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using nlohmann::json;
using namespace rtw::model;

namespace {

json valid() {
    return {{"description", "Call the line manager about amended duties"},
            {"owner", "adviser"},
            {"dueDate", "2026-03-17"},
            {"status", "open"},
            {"contactId", "0b0e7f43-6c5a-4d55-9a2f-3c1d2e4f5a6b"}};
}

}  // namespace

TEST(ModelCaseAction, RoundTrips) {
    auto a = CaseAction::fromJson(valid());
    ASSERT_TRUE(a) << a.status().message();
    EXPECT_EQ(a->owner, ActionOwner::Adviser);
    EXPECT_EQ(a->status, ActionStatus::Open);
    EXPECT_EQ(toJson(*a), valid());
}

TEST(ModelCaseAction, DueDateAndContactAreOptional) {
    auto j = valid();
    j.erase("dueDate");
    j.erase("contactId");
    auto a = CaseAction::fromJson(j);
    ASSERT_TRUE(a) << a.status().message();
    EXPECT_FALSE(a->dueDate);
    EXPECT_EQ(toJson(*a), j);
}

TEST(ModelCaseAction, RejectsBadValues) {
    auto j = valid();
    j["description"] = "  ";
    expectRejected<CaseAction>(j, "description");
    j = valid();
    j["owner"] = "line_manager";
    expectRejected<CaseAction>(j, "owner");
    j = valid();
    j["dueDate"] = "17/03/2026";
    expectRejected<CaseAction>(j, "dueDate");
    j = valid();
    j["contactId"] = "not-a-uuid";
    expectRejected<CaseAction>(j, "contactId");
    j = valid();
    j.erase("status");
    expectRejected<CaseAction>(j, "status");
    j = valid();
    j["priority"] = "high";
    expectRejected<CaseAction>(j, "priority");
}
