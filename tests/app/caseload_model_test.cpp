// The caseload list model over a demo store: counts, filters, search as you
// type (the last query typed wins), and refresh after a write.
#include "qml/caseload/caseload_model.h"

#include <gtest/gtest.h>

#include "app_test_support.h"

namespace rtw::app::testing {
namespace {

class Caseload : public ::testing::Test {
protected:
    void SetUp() override {
        model.setStore(s.store.get());
        ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    }
    QString roleAt(int row, CaseloadModel::Role role) {
        return model.data(model.index(row), role).toString();
    }
    OpenStore s{true};
    CaseloadModel model;
};

TEST_F(Caseload, ListsEveryDemoCaseWithCountsPerFilter) {
    EXPECT_EQ(model.count(), 30);
    EXPECT_EQ(model.allCount(), 30);
    EXPECT_EQ(model.awaitingCount() + model.activeCount() + model.dischargedCount(), 30);
    EXPECT_GT(model.reviewDueCount(), 0);
    EXPECT_LE(model.reviewDueCount(), model.activeCount());
    model.setFilter(CaseloadModel::AwaitingFirstContact);
    ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    EXPECT_EQ(model.count(), model.awaitingCount());
    for (int i = 0; i < model.count(); ++i) {
        EXPECT_EQ(roleAt(i, CaseloadModel::NextActionRole), "Make first contact");
        EXPECT_TRUE(roleAt(i, CaseloadModel::DueTextRole).startsWith("Referred ")) << i;
    }
}

TEST_F(Caseload, MostUrgentFirst) {
    // Awaiting first contact (due from referral) and overdue actions come first.
    EXPECT_EQ(roleAt(0, CaseloadModel::StatusRole), "awaiting_first_contact");
    model.setFilter(CaseloadModel::ReviewDue);
    ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    ASSERT_GT(model.count(), 0);
    for (int i = 0; i < model.count(); ++i) {
        const QString due = roleAt(i, CaseloadModel::DueTextRole);
        EXPECT_TRUE(due.startsWith("Overdue") || due == "Due today") << due.toStdString();
    }
}

TEST_F(Caseload, SearchAsYouTypeShowsTheLastQueryTyped) {
    const QString name = roleAt(0, CaseloadModel::NameRole);
    const QString family = name.section(' ', 1);
    // Three keystrokes in a row; only the final text's answer is shown.
    model.setSearchText(family.left(1));
    model.setSearchText(family.left(2));
    model.setSearchText(family);
    ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    ASSERT_GT(model.count(), 0);
    for (int i = 0; i < model.count(); ++i)
        EXPECT_TRUE(roleAt(i, CaseloadModel::NameRole).contains(family) ||
                    model.data(model.index(i), CaseloadModel::MatchedInNoteRole).toBool());
    model.setSearchText("zzzznotaname");
    ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    EXPECT_EQ(model.count(), 0);
}

TEST_F(Caseload, SearchFindsNotesToo) {
    model.setSearchText("pacing");
    ASSERT_TRUE(waitFor([&] { return !model.loading(); }));
    ASSERT_GT(model.count(), 0);
    EXPECT_TRUE(model.data(model.index(0), CaseloadModel::MatchedInNoteRole).toBool());
}

TEST_F(Caseload, AWriteRefreshesTheRowsWaitingToSync) {
    const QString caseId = model.caseIdAt(0);
    const int before = model.data(model.index(0), CaseloadModel::PendingChangesRole).toInt();
    std::optional<Status> done;
    s.store->write<Status>(
        &s.context, caseId,
        [caseId](store::Store& st) {
            return st.records()
                .create("case_action", caseId.toStdString(),
                        {{"description", "Ring back"}, {"owner", "adviser"}, {"status", "open"}})
                .status();
        },
        [&](Status st) { done = st; });
    ASSERT_TRUE(waitFor([&] {
        return model.data(model.index(0), CaseloadModel::PendingChangesRole).toInt() == before + 1;
    }));
}

}  // namespace
}  // namespace rtw::app::testing
