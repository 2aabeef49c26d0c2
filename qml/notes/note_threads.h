#pragma once
// Case notes as the adviser reads them. Notes are append-only: a
// correction is an amendment note referring to the original, a mistake is
// an entered-in-error note referring to the note it withdraws. This folds
// those records into threads — the original, its amendments in order, and
// what was withdrawn — so the screen shows the current text with its whole
// history. Pure, so tested directly.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/record_store.h"

namespace rtw::app {

/// One version in a thread (the original or an amendment).
struct NoteVersion {
    std::string id;
    std::string kind;  ///< "note" or "amendment"
    std::string text;
    std::string reason;  ///< why it was amended (may be empty)
    std::string authorId;
    std::int64_t writtenAt = 0;
    bool inError = false;     ///< withdrawn by an entered-in-error note
    std::string errorReason;  ///< why it was withdrawn
    std::int64_t errorAt = 0;
    std::string errorAuthorId;
};

struct NoteThread {
    NoteVersion original;
    std::vector<NoteVersion> amendments;  ///< oldest first
    std::optional<std::string> contactId;
    bool sharedWithPatient = false;

    /// The text to read now: the latest amendment not in error, else the original.
    const NoteVersion& current() const;
    /// The whole note was withdrawn (its original is in error).
    bool enteredInError() const { return original.inError; }
    /// When anything last happened to it.
    std::int64_t lastChange() const;
};

/// Threads from a case's case_note records, newest original first. Notes
/// whose chain cannot be resolved (a reference not on this device yet) are
/// shown as threads of their own rather than hidden.
std::vector<NoteThread> buildThreads(const std::vector<store::Record>& notes);

}  // namespace rtw::app
