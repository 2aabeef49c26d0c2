#pragma once
// Caseloads as CSV: advisers arrive with spreadsheets. Import is
// all-or-nothing: every row is checked first (the model's rules, plus
// duplicates within the file and against the device), every problem is
// reported with its line and column, and only a clean file is written, in
// one transaction (each case and client through RecordStore, so they sync).
// Export writes the same columns, with cells a spreadsheet would run as a
// formula made harmless.
//
// Columns (header row required, any order, names case-insensitive):
//   given_name, family_name, date_of_birth  (required)
//   nhs_number, phone, email, postcode, status, opened_on  (optional)
// Dates: YYYY-MM-DD or DD/MM/YYYY. status defaults to awaiting_first_contact,
// opened_on to today. Export adds case_id first.

#include <string>
#include <vector>

#include "store/record_store.h"
#include "util/status.h"

namespace rtw::io {

/// RFC 4180: quoted fields, doubled quotes, CRLF or LF, a leading UTF-8 BOM
/// ignored. InvalidArgument (with the line) for an unterminated quote.
Result<std::vector<std::vector<std::string>>> parseCsv(const std::string& text);
/// One CSV line (no line break), quoting where needed.
std::string csvLine(const std::vector<std::string>& cells);

struct ImportContext {
    std::string adviserId;   ///< the signed-in adviser: the cases' holder
    std::string practiceId;  ///< their practice
    std::string today;       ///< YYYY-MM-DD, for opened_on
};

struct ImportResult {
    std::vector<std::string> caseIds;  ///< in file order
};

/// Imports a caseload. On any problem nothing is written and the Status is
/// InvalidArgument with one FieldError per problem, field "line N, column".
Result<ImportResult> importCaseload(store::RecordStore& records, const std::string& csv,
                                    const ImportContext& context);

/// Every live case on the device with its client, in caseload order.
Result<std::string> exportCaseload(store::RecordStore& records);

}  // namespace rtw::io
