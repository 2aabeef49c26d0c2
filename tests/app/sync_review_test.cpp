// The sync review screens: open conflicts and the choice of which value
// stands (core's resolveConflict, written exactly as the server's write
// policy accepts), and changes the server refused, dismissed once read.
#include <gtest/gtest.h>

#include <set>

#include "app/tour_seed.h"
#include "app_test_support.h"
#include "qml/sync/sync_review_models.h"
#include "store/conflict_review.h"

namespace rtw::app::testing {
namespace {

using store::ConflictChoice;

/// A demo store with one open conflict on a client's phone number (another
/// device's value lost) and one refused change to the email address.
struct ReviewStore : OpenStore {
    ReviewStore() : OpenStore(true) {
        EXPECT_TRUE(run<Status>([](store::Store& s) { return seedSyncReview(s); }));
        auto open = run<Result<std::vector<store::OpenConflict>>>(
            [](store::Store& s) { return store::openConflicts(s.records()); });
        EXPECT_TRUE(open && open->size() == 1u);
        if (open && !open->empty()) conflict = open->front();
    }
    std::string phone() {
        auto r = run<Result<store::Record>>(
            [this](store::Store& s) { return s.records().get(conflict.conflict.recordId); });
        return r ? r->fields.value("phone", "") : "(missing)";
    }
    std::vector<store::OutboxEntry> outbox() {
        auto r = run<Result<std::vector<store::OutboxEntry>>>(
            [](store::Store& s) { return s.sync().pendingOutbox(100000); });
        return r ? *r : std::vector<store::OutboxEntry>{};
    }
    Status resolve(ConflictChoice choice) {
        return run<Status>([this, choice](store::Store& s) {
            return store::resolveConflict(s.records(), conflict.id, choice, store->profile().userId,
                                          clock.nowMs());
        });
    }
    store::OpenConflict conflict;
};

std::set<std::string> keys(const nlohmann::json& fields) {
    std::set<std::string> out;
    for (const auto& [k, v] : fields.items()) out.insert(k);
    return out;
}

TEST(ConflictReview, KeepingTheLosingValueWritesItBackThenClosesTheConflictInMyName) {
    ReviewStore s;
    ASSERT_EQ(s.conflict.conflict.field, "phone");
    const auto before = s.outbox().size();
    ASSERT_TRUE(s.resolve(ConflictChoice::KeepLosing));
    EXPECT_EQ(s.phone(), "07700 900461");
    auto out = s.outbox();
    ASSERT_EQ(out.size(), before + 2) << "the record's update, then the conflict's";
    EXPECT_EQ(out[before].recordId, s.conflict.conflict.recordId);
    EXPECT_EQ(out[before].fields, (nlohmann::json{{"phone", "07700 900461"}}));
    const auto& closing = out[before + 1];
    EXPECT_EQ(closing.recordId, s.conflict.id);
    // Exactly what policy::checkConflict lets a device change.
    EXPECT_EQ(keys(closing.fields), (std::set<std::string>{"status", "resolvedBy", "resolvedAt"}));
    EXPECT_EQ(closing.fields["status"], "resolved");
    EXPECT_EQ(closing.fields["resolvedBy"], s.store->profile().userId);
    EXPECT_EQ(closing.fields["resolvedAt"], "2026-11-24T09:00:00.000Z");
    auto open = s.run<Result<std::vector<store::OpenConflict>>>(
        [](store::Store& st) { return store::openConflicts(st.records()); });
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->empty());
}

TEST(ConflictReview, KeepingTheCurrentValueOnlyClosesTheConflict) {
    ReviewStore s;
    const std::string phone = s.phone();
    const auto before = s.outbox().size();
    ASSERT_TRUE(s.resolve(ConflictChoice::KeepCurrent));
    EXPECT_EQ(s.phone(), phone);
    auto out = s.outbox();
    ASSERT_EQ(out.size(), before + 1);
    EXPECT_EQ(out.back().recordId, s.conflict.id);
}

TEST(ConflictReview, AResolvedConflictCannotBeResolvedAgainAndNothingIsWritten) {
    ReviewStore s;
    ASSERT_TRUE(s.resolve(ConflictChoice::KeepCurrent));
    const auto before = s.outbox().size();
    const std::string phone = s.phone();
    Status again = s.resolve(ConflictChoice::KeepLosing);
    EXPECT_EQ(again.code(), ErrorCode::NotAllowed);
    EXPECT_EQ(s.outbox().size(), before);
    EXPECT_EQ(s.phone(), phone) << "the refused choice wrote nothing";
}

TEST(ConflictReview, AValueHiddenByADeletionCannotBePutBack) {
    model::Conflict c;
    c.hiddenByDelete = true;
    EXPECT_EQ(store::checkChoice(c, ConflictChoice::KeepLosing).code(), ErrorCode::NotAllowed);
    EXPECT_TRUE(store::checkChoice(c, ConflictChoice::KeepCurrent));
    auto rows = buildConflictRows({{"c1", "case1", c}}, {}, "me");
    ASSERT_EQ(rows.size(), 1);
    EXPECT_FALSE(rows[0]["canKeepLosing"].toBool());
}

TEST(ConflictReview, AnUnknownConflictIsNotFound) {
    ReviewStore s;
    s.conflict.id = "no-such-id";
    EXPECT_EQ(s.resolve(ConflictChoice::KeepCurrent).code(), ErrorCode::NotFound);
}

TEST(SyncReviewRows, ValuesReadTheBritishWay) {
    const nlohmann::json date = "2026-03-14", yes = true, gone = nullptr, hours = 4.5;
    EXPECT_EQ(valueText("targetDate", &date), "14/03/2026");
    EXPECT_EQ(valueText("x", &yes), "Yes");
    EXPECT_EQ(valueText("x", &gone), "(empty)");
    EXPECT_EQ(valueText("x", nullptr), "(empty)");
    EXPECT_EQ(valueText("hoursPerDay", &hours), "4.5");
    const nlohmann::json status = "employed_off_sick";
    EXPECT_EQ(valueText("workStatus", &status), "Off sick from work");
    EXPECT_EQ(fieldText("hoursPerDay"), "Hours per day");
    EXPECT_EQ(recordTypeText("case_note"), "Case note");
    EXPECT_EQ(hlcWhen(Hlc{1'795'510'800'000, 0, "dev"}.toString()), "24/11/2026 09:00");
    EXPECT_EQ(hlcWhere(Hlc{1, 0, "dev-a"}.toString(), "dev-a"), "on this device");
    EXPECT_TRUE(hlcWhere(Hlc{1, 0, "7f3a9c21-x"}.toString(), "dev-a").contains("7f3a9c21"));
}

TEST(ConflictsModel, ListsTheOpenConflictAndChoosingAValueTakesItOffTheList) {
    ReviewStore s;
    ConflictsModel model;
    model.setStore(s.store.get());
    ASSERT_TRUE(waitFor([&] { return model.loaded(); }));
    ASSERT_EQ(model.count(), 1);
    const auto row = model.get(0);
    EXPECT_EQ(row["fieldText"].toString(), "Phone");
    EXPECT_EQ(row["recordText"].toString(), "Client");
    EXPECT_EQ(row["losingText"].toString(), "07700 900461");
    EXPECT_TRUE(row["losingWhere"].toString().startsWith("on another device"));
    EXPECT_FALSE(row["clientName"].toString().isEmpty());
    int done = 0;
    QObject::connect(&model, &SyncReviewModel::done, [&] { ++done; });
    model.resolve(row["conflictId"].toString(), true);
    ASSERT_TRUE(waitFor([&] { return done == 1 && model.count() == 0; }));
    EXPECT_EQ(s.phone(), "07700 900461");
}

TEST(RejectedChangesModel, ShowsWhatAndWhyAndDismissingTakesItOff) {
    ReviewStore s;
    RejectedChangesModel model;
    model.setStore(s.store.get());
    ASSERT_TRUE(waitFor([&] { return model.loaded(); }));
    ASSERT_EQ(model.count(), 1);
    const auto row = model.get(0);
    EXPECT_EQ(row["whatText"].toString(), "Change to client");
    EXPECT_EQ(row["why"].toString(), "The change could not be saved.");
    EXPECT_EQ(row["problems"].toString(), "Email: must be a personal email address");
    EXPECT_TRUE(row["typedText"].toString().contains("sam.example@nhs.net"));
    int failed = 0;
    QObject::connect(&model, &SyncReviewModel::failed, [&] { ++failed; });
    model.dismiss(QStringLiteral("not-an-op"));
    ASSERT_TRUE(waitFor([&] { return failed == 1; }));
    EXPECT_EQ(model.count(), 1) << "an unknown id dismisses nothing";
    model.dismiss(row["opId"].toString());
    ASSERT_TRUE(waitFor([&] { return model.count() == 0; }));
    auto left = s.run<Result<std::vector<store::RejectedChange>>>(
        [](store::Store& st) { return st.sync().rejectedChanges(); });
    ASSERT_TRUE(left);
    EXPECT_TRUE(left->empty());
}

}  // namespace
}  // namespace rtw::app::testing
