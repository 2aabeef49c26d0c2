#pragma once
// Value rules shared by the entities, each adding a plain-English FieldError
// to an ErrorList. Used by validate() for structs built in code and by
// fromJson() after reading, so both paths enforce the same rules.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/dates.h"
#include "model/json_fields.h"

namespace rtw::model {

// Length limits in characters (Unicode code points), generous enough for
// real names and notes but bounded so one record cannot bloat a sync batch.
inline constexpr std::size_t kNameLength = 100;
inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kTextLength = 2000;
inline constexpr std::size_t kLongTextLength = 20000;
inline constexpr std::size_t kIdLength = 64;

/// Code points in valid UTF-8, or nullopt when the bytes are not UTF-8.
std::optional<std::size_t> utf8Length(std::string_view text);
/// Empty or only whitespace.
bool isBlank(std::string_view text);

bool isPlausiblePhone(std::string_view text);
bool isPlausibleEmail(std::string_view text);
/// UK postcode shape ("LS1 4AP", "sw1a1aa"); not a lookup of real postcodes.
bool isUkPostcode(std::string_view text);

/// Required text: not blank, valid UTF-8, at most maxChars.
void checkText(ErrorList& e, const std::string& field, const std::string& value,
               std::size_t maxChars);
/// Optional text: when present, the same rules.
void checkText(ErrorList& e, const std::string& field, const std::optional<std::string>& value,
               std::size_t maxChars);
/// Text that may be empty but must be UTF-8 and at most maxChars.
void checkTextMayBeEmpty(ErrorList& e, const std::string& field, const std::string& value,
                         std::size_t maxChars);
/// "must be between lo and hi".
void checkRange(ErrorList& e, const std::string& field, int value, int lo, int hi);
void checkRange(ErrorList& e, const std::string& field, double value, double lo, double hi);
void checkUuid(ErrorList& e, const std::string& field, const std::string& value);
void checkUuid(ErrorList& e, const std::string& field, const std::optional<std::string>& value);
void checkDate(ErrorList& e, const std::string& field, Date value);
void checkDate(ErrorList& e, const std::string& field, const std::optional<Date>& value);
void checkTimestamp(ErrorList& e, const std::string& field, Timestamp value);
void checkPhone(ErrorList& e, const std::string& field, const std::optional<std::string>& value);
void checkEmail(ErrorList& e, const std::string& field, const std::string& value);
void checkEmail(ErrorList& e, const std::string& field, const std::optional<std::string>& value);

/// "3", "0.25": numbers in messages without trailing zeros.
std::string formatNumber(double value);

}  // namespace rtw::model
