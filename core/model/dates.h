#pragma once
// Calendar dates and UTC timestamps as records store them.
//
// Dates are strict ISO "YYYY-MM-DD" in JSON and std::chrono::year_month_day in
// code; impossible dates (2026-02-30) and years outside 1900..2200 are refused
// because a typo in a date of birth or a fit-note end date is a clinical error.
// Timestamps are UTC instants, int64 milliseconds since 1970-01-01T00:00:00Z,
// written "YYYY-MM-DDTHH:MM:SS.mmmZ". Input without milliseconds is accepted;
// output always has them, so the text form has a fixed width and sorts in time
// order as a plain string.
// People see dates as en-GB dd/mm/yyyy; that form is for display and input
// only, never storage.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/status.h"

namespace rtw::model {

using Date = std::chrono::year_month_day;
/// Milliseconds since the Unix epoch, UTC.
using Timestamp = std::int64_t;

inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2200;

/// A real calendar date with a year in kMinYear..kMaxYear.
bool isValidDate(Date date);
/// An instant within years kMinYear..kMaxYear.
bool isValidTimestamp(Timestamp t);

/// Strict "YYYY-MM-DD". The error message is plain English, ready to show
/// next to the field ("must be a real date: 30/02/2026 does not exist").
Result<Date> parseIsoDate(std::string_view text);
/// "dd/mm/yyyy" as people type it (one-digit day and month allowed).
Result<Date> parseUkDate(std::string_view text);
/// "2026-03-14". Only meaningful for valid dates.
std::string formatIsoDate(Date date);
/// "14/03/2026".
std::string formatUkDate(Date date);

/// "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ", UTC only.
Result<Timestamp> parseTimestamp(std::string_view text);
/// Always "YYYY-MM-DDTHH:MM:SS.mmmZ".
std::string formatTimestamp(Timestamp t);
/// The UTC calendar date of an instant.
Date utcDateOf(Timestamp t);

/// Whole days from `from` to `to` (negative when `to` is earlier).
int daysBetween(Date from, Date to);

}  // namespace rtw::model
