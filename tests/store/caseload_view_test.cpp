// The caseload as the app lists it: filters, counts, next action, search.
#include "store/caseload_view.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using nlohmann::json;
using store::CaseloadFilter;
using store::CaseloadListQuery;
using store::CaseloadSort;
using store::CaseloadView;
using store::Store;

json referral(const std::string& date) {
    return {{"source", "gp"},
            {"referralDate", date},
            {"reason", "Back pain"},
            {"conditionGroup", "musculoskeletal"},
            {"painSites", {"lower_back"}},
            {"workStatus", "employed_struggling"},
            {"fitNoteStatus", "none"},
            {"consentToContact", true},
            {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
            {"status", "received"}};
}

json action(const std::string& what, const std::string& due, const std::string& status = "open") {
    json a = {{"description", what}, {"owner", "adviser"}, {"status", status}};
    if (!due.empty()) a["dueDate"] = due;
    return a;
}

class Caseload : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk()) << s.status().message();
        store = std::move(*s);
        // Okafor: active, an action due 10/03 and a later one; a done action earlier.
        okafor = addCase("Amira", "Okafor", "active", "2026-02-01");
        add("case_action", okafor, action("Call line manager", "2026-03-10"));
        add("case_action", okafor, action("Send leaflet", "2026-03-20"));
        add("case_action", okafor, action("Old job", "2026-01-05", "done"));
        // Hughes: active, next action 25/03 (not due on 12/03).
        hughes = addCase("Ben", "Hughes", "active", "2026-02-03");
        add("case_action", hughes, action("Review goals", "2026-03-25"));
        // Jones: awaiting first contact, referred 01/03: due from its referral.
        jones = addCase("Chloe", "Jones", "awaiting_first_contact", "2026-03-01");
        // Patel: discharged, no actions.
        patel = addCase("Dev", "Patel", "discharged", "2026-01-10");
        // Nowak: declined.
        nowak = addCase("Ewa", "Nowak", "declined", "2026-03-05");
        add("case_note", hughes, noteFields("Talked about pacing at work.", store->deviceId()));
    }
    std::string addCase(const std::string& given, const std::string& family,
                        const std::string& status, const std::string& referred) {
        auto fields = caseFields();
        fields["status"] = status;
        auto id = store->records().create("case", "", fields);
        EXPECT_TRUE(id) << id.status().message();
        add("client", *id, clientFields(given, family));
        add("referral", *id, referral(referred));
        return *id;
    }
    void add(const std::string& type, const std::string& caseId, const json& fields) {
        auto r = store->records().create(type, caseId, fields);
        EXPECT_TRUE(r) << type << ": " << r.status().message();
    }
    std::vector<std::string> names(CaseloadFilter f, CaseloadSort sort = CaseloadSort::NextAction,
                                   const std::string& text = {}) {
        CaseloadView view(store->database());
        CaseloadListQuery q;
        q.filter = f;
        q.sort = sort;
        q.text = text;
        q.today = today;
        auto rows = view.list(q);
        EXPECT_TRUE(rows) << rows.status().message();
        std::vector<std::string> out;
        if (rows)
            for (const auto& r : *rows) out.push_back(r.familyName);
        return out;
    }

    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
    std::string okafor, hughes, jones, patel, nowak;
    model::Date today = *model::parseIsoDate("2026-03-12");
};

TEST_F(Caseload, SortsByNextActionWithTheLongestWaitingReferralFirst) {
    // Jones's first contact is due from 01/03; Okafor's action 10/03; Hughes 25/03;
    // then the cases with nothing due, by name.
    EXPECT_EQ(names(CaseloadFilter::All),
              (std::vector<std::string>{"Jones", "Okafor", "Hughes", "Nowak", "Patel"}));
    EXPECT_EQ(names(CaseloadFilter::All, CaseloadSort::Name),
              (std::vector<std::string>{"Hughes", "Jones", "Nowak", "Okafor", "Patel"}));
}

TEST_F(Caseload, EachRowCarriesItsNextActionAndWaitingChanges) {
    CaseloadView view(store->database());
    CaseloadListQuery q;
    q.today = today;
    auto rows = view.list(q);
    RTW_ASSERT_OK(rows);
    const auto it =
        std::find_if(rows->begin(), rows->end(), [&](const auto& r) { return r.caseId == okafor; });
    ASSERT_NE(it, rows->end());
    EXPECT_EQ(it->nextAction, "Call line manager");
    EXPECT_EQ(it->nextActionDue, "2026-03-10");
    EXPECT_EQ(it->openActions, 2) << "the done action is not open";
    EXPECT_EQ(it->referralDate, "2026-02-01");
    EXPECT_EQ(it->workStatus, "employed_struggling");
    EXPECT_EQ(it->pendingChanges, 6) << "case, client, referral and three actions";
}

TEST_F(Caseload, FiltersAndCountsAgree) {
    EXPECT_EQ(names(CaseloadFilter::AwaitingFirstContact), (std::vector<std::string>{"Jones"}));
    EXPECT_EQ(names(CaseloadFilter::Active), (std::vector<std::string>{"Okafor", "Hughes"}));
    EXPECT_EQ(names(CaseloadFilter::ReviewDue), (std::vector<std::string>{"Okafor"}));
    EXPECT_EQ(names(CaseloadFilter::Discharged), (std::vector<std::string>{"Patel"}));
    CaseloadView view(store->database());
    auto c = view.counts(today);
    RTW_ASSERT_OK(c);
    EXPECT_EQ(c->all, 5);
    EXPECT_EQ(c->awaitingFirstContact, 1);
    EXPECT_EQ(c->active, 2);
    EXPECT_EQ(c->reviewDue, 1);
    EXPECT_EQ(c->discharged, 1);
}

TEST_F(Caseload, ReviewDueFollowsTheActionsAsTheyAreDone) {
    auto actions = store->records().list("case_action", okafor);
    RTW_ASSERT_OK(actions);
    for (const auto& a : *actions)
        RTW_ASSERT_OK(store->records().update(a.id, {{"status", "done"}}));
    EXPECT_TRUE(names(CaseloadFilter::ReviewDue).empty());
    auto c = CaseloadView(store->database()).counts(today);
    RTW_ASSERT_OK(c);
    EXPECT_EQ(c->reviewDue, 0);
}

TEST_F(Caseload, TextMatchesNamesAndNotesAndSaysWhich) {
    EXPECT_EQ(names(CaseloadFilter::All, CaseloadSort::Name, "oka"),
              (std::vector<std::string>{"Okafor"}));
    CaseloadView view(store->database());
    CaseloadListQuery q;
    q.text = "pacing";
    q.today = today;
    auto rows = view.list(q);
    RTW_ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().familyName, "Hughes");
    EXPECT_FALSE(rows->front().matchedByName) << "found through a case note";
    EXPECT_TRUE(names(CaseloadFilter::All, CaseloadSort::Name, "\"*)(").empty());
    EXPECT_EQ(names(CaseloadFilter::Active, CaseloadSort::Name, "o"),
              (std::vector<std::string>{"Okafor"}))
        << "text and filter combine";
}

}  // namespace
}  // namespace rtw::testing
