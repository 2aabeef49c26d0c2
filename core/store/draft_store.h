#pragma once
// DraftStore: half-written work (a case note, a contact being logged) kept
// on the device so that nothing typed is lost when the app is killed, the
// battery dies or the device locks itself.
//
// Drafts live in the encrypted database's `meta` table (never in a plain
// file, never in the outbox: a draft is not a record and does not sync).
// Each save is one durable commit, like a record write. Thread-safe like
// RecordStore: each call holds the connection's mutex.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/database.h"
#include "util/clock.h"
#include "util/status.h"

namespace rtw::store {

/// One saved draft: what was typed, and when it was saved.
struct Draft {
    nlohmann::json content;
    std::int64_t savedMs = 0;
};

class DraftStore {
public:
    /// Keys are the caller's (e.g. "note/<caseId>"); at most 200 characters.
    static constexpr std::size_t kMaxKeyLength = 200;
    /// A draft larger than this is refused (a case note is at most 20 000 characters).
    static constexpr std::size_t kMaxBytes = 256 * 1024;

    DraftStore(Database& db, const Clock& clock);

    /// Replaces the draft under `key`.
    Status save(std::string_view key, const nlohmann::json& content);
    /// The draft under `key`, or nullopt when there is none.
    Result<std::optional<Draft>> load(std::string_view key);
    /// Removes the draft (once saved for real, or thrown away); no draft is fine.
    Status discard(std::string_view key);
    /// Keys of every draft whose key starts with `prefix`, in key order.
    Result<std::vector<std::string>> keys(std::string_view prefix);

private:
    Database& db_;
    const Clock& clock_;
};

}  // namespace rtw::store
