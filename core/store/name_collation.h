#pragma once
// The NAME collation: how people's names sort in lists. Case-insensitive and
// accent-insensitive for Latin letters (Åström sorts with Astrom, Zoë with
// Zoe), so a caseload reads the way a person expects; SQLite's own NOCASE
// folds ASCII only.

#include <string>
#include <string_view>

struct sqlite3;

namespace rtw::store {

/// Lower-cased, accents removed (Latin-1 Supplement and Latin Extended-A);
/// other characters unchanged.
std::string foldForSorting(std::string_view utf8);

/// Registers the NAME collation on a connection.
int registerNameCollation(sqlite3* db);

}  // namespace rtw::store
