#include "merge/merge.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "hlc/hlc.h"

using nlohmann::json;
using rtw::ErrorCode;
using rtw::Hlc;
using rtw::model::Mutability;
using rtw::store::OpKind;
using namespace rtw::merge;

namespace {

std::string H(std::int64_t wall, const std::string& node = "a", std::uint32_t counter = 0) {
    return Hlc{wall, counter, node}.toString();
}

Change create(json fields, std::string hlc) {
    Change c;
    c.op = OpKind::Create;
    c.fields = std::move(fields);
    c.hlc = std::move(hlc);
    return c;
}

Change update(json fields, std::string hlc, json bases = json::object()) {
    Change c;
    c.op = OpKind::Update;
    c.fields = std::move(fields);
    c.hlc = std::move(hlc);
    c.baseHlcs = std::move(bases);
    return c;
}

Change del(std::string hlc, json bases = json::object()) {
    Change c;
    c.op = OpKind::Delete;
    c.hlc = std::move(hlc);
    c.baseHlcs = std::move(bases);
    return c;
}

Outcome mustApply(const std::optional<RecordState>& current, const Change& change,
                  Mutability m = Mutability::Mutable) {
    auto r = apply(current, change, m);
    if (!r) {
        ADD_FAILURE() << "apply failed: " << r.status().message();
        return {};
    }
    return *r;
}

// A record created at H(100) with title and status.
RecordState base() {
    return mustApply(std::nullopt, create({{"title", "Plan"}, {"status", "open"}}, H(100))).state;
}

}  // namespace

// ---------------------------------------------------------------------------
// Basics and errors

TEST(Merge, FieldHlcFallsBackToCreatedHlc) {
    RecordState s;
    s.createdHlc = H(1);
    s.fieldHlcs = {{"title", H(5)}};
    EXPECT_EQ(fieldHlc(s, "title"), H(5));
    EXPECT_EQ(fieldHlc(s, "status"), H(1));
    EXPECT_EQ(fieldHlc(s, "never_written"), H(1));
}

TEST(Merge, CreateOfNewRecord) {
    const auto out = mustApply(std::nullopt,
                               create({{"title", "Plan"}, {"notes", nullptr}, {"n", 3.0}}, H(100)));
    EXPECT_TRUE(out.changed);
    EXPECT_TRUE(out.losses.empty());
    EXPECT_EQ(out.state.fields, (json{{"title", "Plan"}, {"n", 3.0}})) << "null means absent";
    EXPECT_EQ(out.state.fieldHlcs, json::object());
    EXPECT_EQ(out.state.createdHlc, H(100));
    EXPECT_EQ(out.state.updatedHlc, H(100));
    EXPECT_FALSE(out.state.deleted);
}

TEST(Merge, UpdateOrDeleteOfMissingRecordIsNotFound) {
    auto u = apply(std::nullopt, update({{"title", "x"}}, H(1)), Mutability::Mutable);
    ASSERT_FALSE(u);
    EXPECT_EQ(u.status().code(), ErrorCode::NotFound);
    auto d = apply(std::nullopt, del(H(1)), Mutability::Mutable);
    ASSERT_FALSE(d);
    EXPECT_EQ(d.status().code(), ErrorCode::NotFound);
}

TEST(Merge, AppendOnlyRefusesUpdateAndDelete) {
    const RecordState s = base();
    for (const auto& change : {update({{"title", "x"}}, H(200)), del(H(200))}) {
        auto r = apply(s, change, Mutability::AppendOnly);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.status().code(), ErrorCode::NotAllowed);
    }
}

TEST(Merge, AppendOnlyCreateOfExistingIsNoOp) {
    const auto first =
        mustApply(std::nullopt, create({{"text", "Seen today"}}, H(100)), Mutability::AppendOnly);
    const auto again =
        mustApply(first.state, create({{"text", "Seen today"}}, H(100)), Mutability::AppendOnly);
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(again.state, first.state);
    EXPECT_TRUE(again.losses.empty());

    // Even a create with another HLC changes nothing (a differing value is reported).
    const auto other = mustApply(first.state, create({{"text", "Different"}}, H(300, "b")),
                                 Mutability::AppendOnly);
    EXPECT_FALSE(other.changed);
    EXPECT_EQ(other.state, first.state);
    ASSERT_EQ(other.losses.size(), 1u);
    EXPECT_EQ(other.losses[0].losingValue, "Different");
    EXPECT_EQ(other.losses[0].winningValue, "Seen today");
}

TEST(Merge, UnparsableHlcIsInvalidArgument) {
    const RecordState s = base();
    for (const std::string bad :
         {"", "yesterday", "00000000000A-0000-a", "0000000000a-0000-a", "00000000000a-0000-"}) {
        auto r = apply(s, update({{"title", "x"}}, bad), Mutability::Mutable);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument) << bad;
        auto c = apply(std::nullopt, create({{"title", "x"}}, bad), Mutability::Mutable);
        EXPECT_FALSE(c) << bad;
    }
    auto badBase =
        apply(s, update({{"title", "x"}}, H(200), {{"title", "nope"}}), Mutability::Mutable);
    ASSERT_FALSE(badBase);
    EXPECT_EQ(badBase.status().code(), ErrorCode::InvalidArgument);
    auto nonStringBase =
        apply(s, update({{"title", "x"}}, H(200), {{"title", 5}}), Mutability::Mutable);
    EXPECT_FALSE(nonStringBase);
    auto badFields = apply(s, update(json::array(), H(200)), Mutability::Mutable);
    EXPECT_FALSE(badFields);
}

// ---------------------------------------------------------------------------
// Field last-writer-wins

TEST(Merge, SequentialOverwriteWinsWithoutLoss) {
    const auto out =
        mustApply(base(), update({{"title", "Plan B"}}, H(200, "b"), {{"title", H(100)}}));
    EXPECT_TRUE(out.changed);
    EXPECT_TRUE(out.losses.empty());
    EXPECT_EQ(out.state.fields["title"], "Plan B");
    EXPECT_EQ(out.state.fields["status"], "open");
    EXPECT_EQ(out.state.fieldHlcs, (json{{"title", H(200, "b")}}));
    EXPECT_EQ(out.state.updatedHlc, H(200, "b"));
}

TEST(Merge, ConcurrentOverwriteWinsAndOldValueIsALoss) {
    RecordState s = mustApply(base(), update({{"title", "From A"}}, H(150, "a"))).state;
    // No base: counts as concurrent.
    auto noBase = mustApply(s, update({{"title", "From B"}}, H(200, "b")));
    EXPECT_EQ(noBase.state.fields["title"], "From B");
    ASSERT_EQ(noBase.losses.size(), 1u);
    const Loss& l = noBase.losses[0];
    EXPECT_EQ(l.field, "title");
    EXPECT_EQ(l.losingValue, "From A");
    EXPECT_EQ(l.losingHlc, H(150, "a"));
    EXPECT_EQ(l.winningValue, "From B");
    EXPECT_EQ(l.winningHlc, H(200, "b"));
    EXPECT_FALSE(l.hiddenByDelete);
    // A base older than the stored value: B edited the creation's value, not A's.
    auto oldBase = mustApply(s, update({{"title", "From B"}}, H(200, "b"), {{"title", H(100)}}));
    EXPECT_EQ(oldBase.losses.size(), 1u);
    // The base is per field: status had no concurrent edit.
    auto twoFields = mustApply(
        s, update({{"title", "From B"}, {"status", "closed"}}, H(200, "b"), {{"status", H(100)}}));
    ASSERT_EQ(twoFields.losses.size(), 1u);
    EXPECT_EQ(twoFields.losses[0].field, "title");
}

TEST(Merge, ConcurrentOverwriteWithSameValueIsNoLoss) {
    RecordState s = mustApply(base(), update({{"title", "Same"}}, H(150, "a"))).state;
    const auto out = mustApply(s, update({{"title", "Same"}}, H(200, "b")));
    EXPECT_TRUE(out.losses.empty());
    EXPECT_EQ(out.state.fieldHlcs["title"], H(200, "b")) << "the newer stamp still wins";
}

TEST(Merge, OlderWriteLosesAndIsALoss) {
    RecordState s = mustApply(base(), update({{"title", "New"}}, H(300, "a"))).state;
    const auto out = mustApply(s, update({{"title", "Old"}}, H(200, "b"), {{"title", H(100)}}));
    EXPECT_FALSE(out.changed);
    EXPECT_EQ(out.state, s);
    ASSERT_EQ(out.losses.size(), 1u);
    EXPECT_EQ(out.losses[0].losingValue, "Old");
    EXPECT_EQ(out.losses[0].losingHlc, H(200, "b"));
    EXPECT_EQ(out.losses[0].winningValue, "New");
    EXPECT_EQ(out.losses[0].winningHlc, H(300, "a"));

    const auto same = mustApply(s, update({{"title", "New"}}, H(200, "b")));
    EXPECT_TRUE(same.losses.empty()) << "an equal value loses nothing";
}

TEST(Merge, NodeBreaksTiesBetweenEqualClocks) {
    RecordState s = base();
    const Change fromA = update({{"title", "A"}}, H(200, "node-a", 3));
    const Change fromB = update({{"title", "B"}}, H(200, "node-b", 3));
    const auto ab = mustApply(mustApply(s, fromA).state, fromB);
    const auto ba = mustApply(mustApply(s, fromB).state, fromA);
    EXPECT_EQ(ab.state.fields["title"], "B");
    EXPECT_EQ(ba.state.fields["title"], "B");
    EXPECT_EQ(ab.state, ba.state);
    ASSERT_EQ(ab.losses.size(), 1u);
    ASSERT_EQ(ba.losses.size(), 1u);
    EXPECT_EQ(ab.losses[0].losingValue, "A");
    EXPECT_EQ(ba.losses[0].losingValue, "A");
}

TEST(Merge, CounterOrdersBeforeNode) {
    RecordState s = base();
    const auto out = mustApply(mustApply(s, update({{"title", "z1"}}, H(200, "z", 1))).state,
                               update({{"title", "a2"}}, H(200, "a", 2)));
    EXPECT_EQ(out.state.fields["title"], "a2");
}

TEST(Merge, ReplayingTheSameChangeIsANoOp) {
    const RecordState s0 = base();
    const Change edit = update({{"title", "X"}, {"status", nullptr}}, H(200, "b"));
    const auto once = mustApply(s0, edit);
    const auto twice = mustApply(once.state, edit);
    EXPECT_FALSE(twice.changed);
    EXPECT_TRUE(twice.losses.empty());
    EXPECT_EQ(twice.state, once.state);

    const auto replayCreate =
        mustApply(once.state, create({{"title", "Plan"}, {"status", "open"}}, H(100)));
    EXPECT_FALSE(replayCreate.changed);
    EXPECT_TRUE(replayCreate.losses.empty()) << "the same create, even after later edits";

    const auto deleted = mustApply(once.state, del(H(300)));
    const auto deletedAgain = mustApply(deleted.state, del(H(300)));
    EXPECT_FALSE(deletedAgain.changed);
    EXPECT_TRUE(deletedAgain.losses.empty());
}

TEST(Merge, ClearIsAWriteWithAnHlc) {
    const auto cleared =
        mustApply(base(), update({{"status", nullptr}}, H(200, "b"), {{"status", H(100)}}));
    EXPECT_FALSE(cleared.state.fields.contains("status"));
    EXPECT_EQ(cleared.state.fieldHlcs["status"], H(200, "b")) << "the clear keeps its HLC";
    EXPECT_TRUE(cleared.losses.empty());

    // An older concurrent value arriving later loses to the clear.
    const auto late = mustApply(cleared.state, update({{"status", "closed"}}, H(150, "c")));
    EXPECT_FALSE(late.state.fields.contains("status"));
    ASSERT_EQ(late.losses.size(), 1u);
    EXPECT_EQ(late.losses[0].losingValue, "closed");
    EXPECT_TRUE(late.losses[0].winningValue.is_null());

    // A clear that loses is reported with a null losing value.
    RecordState s = mustApply(base(), update({{"status", "closed"}}, H(300, "c"))).state;
    const auto lostClear = mustApply(s, update({{"status", nullptr}}, H(200, "b")));
    EXPECT_EQ(lostClear.state.fields["status"], "closed");
    ASSERT_EQ(lostClear.losses.size(), 1u);
    EXPECT_TRUE(lostClear.losses[0].losingValue.is_null());
    EXPECT_EQ(lostClear.losses[0].winningValue, "closed");
}

TEST(Merge, UpdatedHlcIsTheGreatestApplied) {
    RecordState s = mustApply(base(), update({{"title", "New"}}, H(300, "a"))).state;
    EXPECT_EQ(mustApply(s, update({{"title", "Old"}}, H(200, "b"))).state.updatedHlc, H(300, "a"));
    EXPECT_EQ(mustApply(s, update({{"status", "x"}}, H(400, "b"))).state.updatedHlc, H(400, "b"));
    EXPECT_EQ(mustApply(s, del(H(250, "c"))).state.updatedHlc, H(300, "a"));
    EXPECT_EQ(mustApply(s, del(H(500, "c"))).state.updatedHlc, H(500, "c"));
}

// ---------------------------------------------------------------------------
// Create of an existing mutable record

TEST(Merge, NewerCreateOfExistingRecordWritesTheWholeRecord) {
    RecordState s = mustApply(base(), update({{"status", "closed"}}, H(400, "a"))).state;
    // Created again at H(200, b) with a different title and no status, plus a new field.
    const auto out = mustApply(s, create({{"title", "Other"}, {"notes", "hi"}}, H(200, "b")));
    EXPECT_EQ(out.state.createdHlc, H(200, "b")) << "the greater create";
    EXPECT_EQ(out.state.fields, (json{{"title", "Other"}, {"notes", "hi"}, {"status", "closed"}}));
    EXPECT_EQ(out.state.fieldHlcs, (json{{"status", H(400, "a")}}))
        << "fields now stamped with createdHlc need no entry";
    EXPECT_EQ(out.state.updatedHlc, H(400, "a"));
    // Field by field, as updates with no base: notes were unset when the create
    // set them; its (implicit) clear of status lost to the newer edit; the old
    // title lost to a write that had not seen it.
    ASSERT_EQ(out.losses.size(), 3u);
    EXPECT_EQ(out.losses[0].field, "notes");
    EXPECT_TRUE(out.losses[0].losingValue.is_null());
    EXPECT_EQ(out.losses[0].winningValue, "hi");
    EXPECT_EQ(out.losses[1].field, "status");
    EXPECT_TRUE(out.losses[1].losingValue.is_null());
    EXPECT_EQ(out.losses[1].winningValue, "closed");
    EXPECT_EQ(out.losses[2].field, "title");
    EXPECT_EQ(out.losses[2].losingValue, "Plan");
    EXPECT_EQ(out.losses[2].winningValue, "Other");
}

TEST(Merge, OlderCreateOfExistingRecordLosesEverywhere) {
    const RecordState s = base();
    const auto out = mustApply(s, create({{"title", "Older"}, {"status", "open"}}, H(50, "b")));
    EXPECT_FALSE(out.changed);
    EXPECT_EQ(out.state, s);
    ASSERT_EQ(out.losses.size(), 1u);
    EXPECT_EQ(out.losses[0].losingValue, "Older");
}

TEST(Merge, TwoCreatesConvergeInEitherOrder) {
    const Change c1 = create({{"title", "One"}, {"status", "open"}}, H(100, "a"));
    const Change c2 = create({{"title", "Two"}, {"notes", "n"}}, H(120, "b"));
    const Change edit = update({{"status", "closed"}}, H(110, "c"));
    const auto a = mustApply(mustApply(mustApply(std::nullopt, c1).state, edit).state, c2);
    const auto b = mustApply(mustApply(mustApply(std::nullopt, c2).state, c1).state, edit);
    EXPECT_EQ(a.state, b.state);
    EXPECT_EQ(a.state.fields, (json{{"title", "Two"}, {"notes", "n"}}));
}

// ---------------------------------------------------------------------------
// Deletion

TEST(Merge, DeleteIsATombstoneThatKeepsFields) {
    const RecordState s = base();
    const auto out = mustApply(s, del(H(200, "b")));
    EXPECT_TRUE(out.changed);
    EXPECT_TRUE(out.state.deleted);
    EXPECT_EQ(out.state.fields, s.fields);
    EXPECT_TRUE(out.losses.empty()) << "values from the create were seen by the deleter";
}

TEST(Merge, DeleteReportsEditsTheDeleterHadNotSeen) {
    RecordState s =
        mustApply(base(), update({{"title", "Edited"}, {"status", nullptr}}, H(300, "a"))).state;
    // The deleter saw the edit: nothing lost.
    const auto seen = mustApply(s, del(H(400, "b"), {{"title", H(300, "a")}}));
    EXPECT_TRUE(seen.losses.empty());
    // The deleter had not (no base, or an older base): the edited title is hidden and reported;
    // the cleared status is not (nothing typed).
    for (const auto& d : {del(H(400, "b")), del(H(250, "b"), {{"title", H(100)}})}) {
        const auto out = mustApply(s, d);
        EXPECT_TRUE(out.state.deleted);
        ASSERT_EQ(out.losses.size(), 1u);
        const Loss& l = out.losses[0];
        EXPECT_EQ(l.field, "title");
        EXPECT_EQ(l.losingValue, "Edited");
        EXPECT_EQ(l.losingHlc, H(300, "a"));
        EXPECT_TRUE(l.winningValue.is_null());
        EXPECT_EQ(l.winningHlc, d.hlc);
        EXPECT_TRUE(l.hiddenByDelete);
    }
}

TEST(Merge, DeletionIsStickyAndFieldsStillMerge) {
    const RecordState s = mustApply(base(), del(H(200, "b"))).state;
    // A newer edit (made concurrently, before its writer heard of the delete).
    const auto newer = mustApply(s, update({{"title", "Typed"}}, H(300, "c"), {{"title", H(100)}}));
    EXPECT_TRUE(newer.state.deleted) << "tombstones are sticky";
    EXPECT_TRUE(newer.changed);
    EXPECT_EQ(newer.state.fields["title"], "Typed") << "fields merge under the tombstone";
    EXPECT_EQ(newer.state.updatedHlc, H(300, "c"));
    ASSERT_EQ(newer.losses.size(), 1u) << "only the incoming value is reported";
    EXPECT_EQ(newer.losses[0].losingValue, "Typed");
    EXPECT_TRUE(newer.losses[0].hiddenByDelete);
    EXPECT_TRUE(newer.losses[0].winningValue.is_null());

    // An older edit loses by LWW and is reported as an ordinary loss.
    RecordState edited = mustApply(s, update({{"title", "Newest"}}, H(500, "a"))).state;
    const auto older = mustApply(edited, update({{"title", "Older"}}, H(300, "c")));
    EXPECT_FALSE(older.changed);
    ASSERT_EQ(older.losses.size(), 1u);
    EXPECT_EQ(older.losses[0].losingValue, "Older");
    EXPECT_EQ(older.losses[0].winningValue, "Newest");
    EXPECT_FALSE(older.losses[0].hiddenByDelete);

    // A second delete reports nothing more.
    const auto again = mustApply(newer.state, del(H(600, "a")));
    EXPECT_TRUE(again.losses.empty());
    EXPECT_TRUE(again.state.deleted);
}

TEST(Merge, DeleteAndConcurrentEditConvergeAndReportInEitherOrder) {
    const RecordState s = base();
    const Change edit = update({{"title", "Typed"}}, H(300, "c"), {{"title", H(100)}});
    const Change remove = del(H(250, "b"));
    const auto e1 = mustApply(s, edit);
    const auto ed = mustApply(e1.state, remove);
    const auto d1 = mustApply(s, remove);
    const auto de = mustApply(d1.state, edit);
    EXPECT_EQ(ed.state, de.state);
    EXPECT_TRUE(ed.state.deleted);
    ASSERT_EQ(ed.losses.size(), 1u);
    ASSERT_EQ(de.losses.size(), 1u);
    EXPECT_EQ(ed.losses[0].losingValue, "Typed");
    EXPECT_EQ(de.losses[0].losingValue, "Typed");
    EXPECT_TRUE(ed.losses[0].hiddenByDelete);
    EXPECT_TRUE(de.losses[0].hiddenByDelete);
}

// ---------------------------------------------------------------------------
// Property: any order converges, and nothing written is silently dropped.

namespace {

const std::vector<std::string> kFields = {"title", "status", "notes"};
const std::vector<std::string> kNodes = {"node-a", "node-b", "node-c"};

struct Scenario {
    Change first;              ///< the create, applied first everywhere (causally first)
    std::vector<Change> rest;  ///< applied in every order
};

Scenario randomScenario(std::mt19937& rng, int count) {
    auto roll = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    Scenario sc;
    json created = json::object();
    for (const auto& f : kFields)
        if (f != "notes" || roll(2) == 0) created[f] = "c1-" + f;
    sc.first = create(created, H(1000, "node-a"));

    std::set<std::string> used = {sc.first.hlc};
    std::map<std::string, std::vector<std::string>> writers;  // field -> HLCs that wrote it
    for (const auto& f : kFields) writers[f].push_back(sc.first.hlc);
    bool secondCreate = false;
    for (int i = 0; i < count; ++i) {
        std::string hlc;
        do {
            hlc = H(1001 + roll(40), kNodes[static_cast<std::size_t>(roll(3))],
                    static_cast<std::uint32_t>(roll(3)));
        } while (!used.insert(hlc).second);
        const int kind = roll(100);
        Change c;
        if (kind < 15) {
            c = del(hlc);
        } else if (kind < 22 && !secondCreate) {
            secondCreate = true;
            json fields = json::object();
            for (const auto& f : kFields)
                if (roll(3) != 0) fields[f] = "c2-" + f;
            c = create(fields, hlc);
            for (const auto& f : kFields) writers[f].push_back(hlc);
        } else {
            json fields = json::object();
            json bases = json::object();
            for (const auto& f : kFields) {
                if (roll(2) != 0) continue;
                fields[f] = roll(4) == 0 ? json(nullptr) : json("v" + std::to_string(i) + "-" + f);
                // The base: a write of this field the writer could have seen, or none.
                std::vector<std::string> seen;
                for (const auto& w : writers[f])
                    if (w < hlc) seen.push_back(w);
                if (!seen.empty() && roll(5) >= 2)
                    bases[f] = seen[static_cast<std::size_t>(roll(static_cast<int>(seen.size())))];
            }
            if (fields.empty()) fields["title"] = "v" + std::to_string(i) + "-title";
            for (const auto& [f, v] : fields.items()) writers[f].push_back(hlc);
            c = update(fields, hlc, bases);
        }
        sc.rest.push_back(c);
    }
    return sc;
}

json normalisedHlcs(const RecordState& s) {
    json out = json::object();
    for (const auto& f : kFields) out[f] = fieldHlc(s, f);
    return out;
}

struct Replay {
    RecordState state;
    std::vector<Loss> losses;
};

Replay runOrder(const Scenario& sc, const std::vector<std::size_t>& order,
                bool replayEach = false) {
    Replay run;
    run.state = mustApply(std::nullopt, sc.first).state;
    for (std::size_t i : order) {
        auto out = mustApply(run.state, sc.rest[i]);
        run.state = out.state;
        run.losses.insert(run.losses.end(), out.losses.begin(), out.losses.end());
        if (replayEach) {
            // Applied twice: the state does not move (values that lost are reported again:
            // merge cannot tell a replay from a late arrival; the server dedupes op ids).
            auto again = mustApply(run.state, sc.rest[i]);
            EXPECT_FALSE(again.changed) << "replay of change " << i;
            EXPECT_EQ(again.state, run.state) << "replay of change " << i;
        }
    }
    return run;
}

// Returns a description of the first difference, or empty.
std::string difference(const RecordState& a, const RecordState& b) {
    if (a.fields != b.fields) return "fields " + a.fields.dump() + " vs " + b.fields.dump();
    if (normalisedHlcs(a) != normalisedHlcs(b))
        return "field HLCs " + normalisedHlcs(a).dump() + " vs " + normalisedHlcs(b).dump();
    if (a.fieldHlcs != b.fieldHlcs)
        return "stored fieldHlcs " + a.fieldHlcs.dump() + " vs " + b.fieldHlcs.dump();
    if (a.deleted != b.deleted) return "deleted";
    if (a.updatedHlc != b.updatedHlc) return "updatedHlc " + a.updatedHlc + " vs " + b.updatedHlc;
    if (a.createdHlc != b.createdHlc) return "createdHlc " + a.createdHlc + " vs " + b.createdHlc;
    return {};
}

// Every value a change wrote is in the final record, reported as a Loss, or was
// overwritten by a writer that had seen it (its base). On a deleted record,
// being kept in the tombstone is not being kept: every non-null value an update
// wrote must be reported (or knowingly overwritten). Exempt there: values from
// a create (the deleter had the record, so saw them) and clears (not content).
std::string silentlyDropped(const Scenario& sc, const Replay& run) {
    std::vector<const Change*> all = {&sc.first};
    for (const auto& c : sc.rest) all.push_back(&c);
    for (const Change* c : all) {
        if (c->op == OpKind::Delete) continue;
        for (const auto& [f, v] : c->fields.items()) {
            const json finalValue =
                run.state.fields.contains(f) ? run.state.fields[f] : json(nullptr);
            const bool inFinal = finalValue == v;
            const bool reported =
                std::any_of(run.losses.begin(), run.losses.end(),
                            [&](const Loss& l) { return l.field == f && l.losingValue == v; });
            const bool knowingly = std::any_of(all.begin(), all.end(), [&](const Change* w) {
                return w->fields.contains(f) && w->baseHlcs.contains(f) && w->baseHlcs[f] == c->hlc;
            });
            const bool deletedOnPurpose =
                run.state.deleted && (c->op == OpKind::Create || v.is_null());
            if (!inFinal && !reported && !knowingly && !deletedOnPurpose)
                return "value " + v.dump() + " of " + f + " at " + c->hlc +
                       (run.state.deleted ? " (deleted)" : "");
            if (run.state.deleted && c->op == OpKind::Update && !v.is_null() && !reported &&
                !knowingly)
                return "value " + v.dump() + " of " + f + " at " + c->hlc + " hidden by the delete";
        }
    }
    return {};
}

void checkScenario(const Scenario& sc, const std::vector<std::vector<std::size_t>>& orders,
                   const std::string& label) {
    const Replay reference = runOrder(sc, orders.front(), /*replayEach=*/true);
    for (const auto& order : orders) {
        const Replay run = runOrder(sc, order);
        const std::string diff = difference(reference.state, run.state);
        if (!diff.empty()) {
            ADD_FAILURE() << label << ": orders diverge: " << diff;
            return;
        }
        const std::string dropped = silentlyDropped(sc, run);
        if (!dropped.empty()) {
            ADD_FAILURE() << label << ": silently dropped " << dropped;
            return;
        }
    }
}

}  // namespace

TEST(MergeProperty, EveryPermutationConvergesAndDropsNothing) {
    int withDelete = 0;
    int withLoss = 0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 rng(seed);
        const Scenario sc = randomScenario(rng, 6);
        std::vector<std::size_t> order(sc.rest.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::vector<std::vector<std::size_t>> orders;
        do {
            orders.push_back(order);
        } while (std::next_permutation(order.begin(), order.end()));
        ASSERT_EQ(orders.size(), 720u);
        checkScenario(sc, orders, "seed " + std::to_string(seed));
        const Replay r = runOrder(sc, orders.front());
        withDelete += r.state.deleted ? 1 : 0;
        withLoss += r.losses.empty() ? 0 : 1;
    }
    // The seeds really exercise deletes and conflicts.
    EXPECT_GE(withDelete, 3);
    EXPECT_GE(withLoss, 6);
}

TEST(MergeProperty, ManyRandomOrdersOfLongerHistoriesConverge) {
    for (unsigned seed = 100; seed < 108; ++seed) {
        std::mt19937 rng(seed);
        const Scenario sc = randomScenario(rng, 16);
        std::vector<std::size_t> order(sc.rest.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::vector<std::vector<std::size_t>> orders = {order};
        for (int i = 0; i < 300; ++i) {
            std::shuffle(order.begin(), order.end(), rng);
            orders.push_back(order);
        }
        checkScenario(sc, orders, "seed " + std::to_string(seed));
    }
}
