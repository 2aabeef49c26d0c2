#pragma once
// Case notes are clinical records and append-only (workflow 4). A correction
// is a new `amendment` note that refers to the original; a note written in
// error is marked by a new `entered_in_error` note that refers to it and says
// why. Nothing is edited or deleted, and every note keeps author, device and
// time.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class CaseNoteKind { Note, Amendment, EnteredInError };
template <>
struct EnumNames<CaseNoteKind> {
    static constexpr std::string_view values[] = {"note", "amendment", "entered_in_error"};
};

/// One entry in the case record.
struct CaseNote {
    static constexpr std::string_view kType = "case_note";

    CaseNoteKind kind{};
    std::string text;  ///< not blank for note/amendment; may be "" for entered_in_error
    std::optional<std::string> refersTo;  ///< the note corrected; not for kind note
    std::optional<std::string> reason;    ///< required for entered_in_error, optional for amendment
    std::optional<std::string> contactId;  ///< the contact this note is about
    std::string authorId;
    std::string deviceId;
    Timestamp writtenAt = 0;
    bool sharedWithPatient = false;

    static Result<CaseNote> fromJson(const nlohmann::json& fields);
    bool operator==(const CaseNote&) const = default;
};

nlohmann::json toJson(const CaseNote& n);
Status validate(const CaseNote& n);

}  // namespace rtw::model
