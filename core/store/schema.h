#pragma once
// The device database's schema as an ordered list of migrations. Version N is
// reached by running migrations 1..N in order, each in its own transaction
// with PRAGMA user_version bumped in the same transaction, so a crash leaves
// the file at version N-1 or N. Never edit a shipped migration: add one.
// Each is tested from a real file written at the previous version
// (tests/data/store-vN).

#include <string>
#include <vector>

#include "store/database.h"

namespace rtw::store {

struct Migration {
    int version;
    std::string description;
    std::string sql;
};

const std::vector<Migration>& migrations();
int currentSchemaVersion();

/// Brings the database up to `targetVersion` (default: current). A file from a
/// newer app version is refused with Unsupported and left unchanged.
Status migrate(Database& db, int targetVersion = currentSchemaVersion());

}  // namespace rtw::store
