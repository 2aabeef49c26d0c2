// Append-only notes folded into what the adviser reads: current text,
// amendments in order, entries withdrawn as entered in error.
#include "qml/notes/note_threads.h"

#include <gtest/gtest.h>

namespace rtw::app {
namespace {

store::Record note(const std::string& id, const std::string& kind, const std::string& text,
                   const std::string& at, const std::string& refersTo = {},
                   const std::string& reason = {}) {
    store::Record r;
    r.id = id;
    r.type = "case_note";
    r.fields = {{"kind", kind},
                {"text", text},
                {"writtenAt", at},
                {"authorId", "me"},
                {"sharedWithPatient", false}};
    if (!refersTo.empty()) r.fields["refersTo"] = refersTo;
    if (!reason.empty()) r.fields["reason"] = reason;
    return r;
}

TEST(NoteThreads, AmendmentsFoldIntoTheirOriginalInOrder) {
    const std::vector<store::Record> notes = {
        note("a", "note", "Met the client.", "2026-11-20T10:00:00Z"),
        note("b", "note", "Phoned the employer.", "2026-11-21T10:00:00Z"),
        note("a2", "amendment", "Met the client at the library.", "2026-11-22T10:00:00Z", "a",
             "Venue added"),
        note("a3", "amendment", "Met the client at Meanwood Library.", "2026-11-23T10:00:00Z",
             "a2"),  // an amendment of an amendment belongs to the same note
    };
    auto threads = buildThreads(notes);
    ASSERT_EQ(threads.size(), 2u);
    EXPECT_EQ(threads[0].original.id, "b") << "newest original first";
    const auto& a = threads[1];
    ASSERT_EQ(a.amendments.size(), 2u);
    EXPECT_EQ(a.amendments[0].reason, "Venue added");
    EXPECT_EQ(a.current().text, "Met the client at Meanwood Library.");
    EXPECT_EQ(a.original.text, "Met the client.") << "the original is kept as written";
}

TEST(NoteThreads, EnteredInErrorWithdrawsANoteOrOneAmendment) {
    const std::vector<store::Record> notes = {
        note("a", "note", "Met the client.", "2026-11-20T10:00:00Z"),
        note("a2", "amendment", "Met the wrong client.", "2026-11-21T10:00:00Z", "a"),
        note("x", "entered_in_error", "", "2026-11-22T10:00:00Z", "a2", "Typed in error"),
        note("b", "note", "Written in the wrong record.", "2026-11-21T11:00:00Z"),
        note("y", "entered_in_error", "", "2026-11-22T11:00:00Z", "b", "Wrong client"),
    };
    auto threads = buildThreads(notes);
    ASSERT_EQ(threads.size(), 2u);
    const auto& b = threads[0];
    EXPECT_TRUE(b.enteredInError());
    EXPECT_EQ(b.original.errorReason, "Wrong client");
    EXPECT_EQ(b.current().text, "Written in the wrong record.") << "still readable, marked";
    const auto& a = threads[1];
    EXPECT_FALSE(a.enteredInError());
    EXPECT_TRUE(a.amendments[0].inError);
    EXPECT_EQ(a.current().text, "Met the client.") << "a withdrawn amendment no longer counts";
}

TEST(NoteThreads, AnAmendmentWhoseOriginalIsMissingIsStillShown) {
    auto threads =
        buildThreads({note("a2", "amendment", "Orphan text", "2026-11-21T10:00:00Z", "not-here")});
    ASSERT_EQ(threads.size(), 1u);
    EXPECT_EQ(threads[0].current().text, "Orphan text");
}

}  // namespace
}  // namespace rtw::app
