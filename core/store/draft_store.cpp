#include "store/draft_store.h"

#include <mutex>

namespace rtw::store {
namespace {

// Drafts share the meta table with device settings; the prefix keeps them apart.
constexpr std::string_view kPrefix = "draft:";

Status checkKey(std::string_view key) {
    if (key.empty() || key.size() > DraftStore::kMaxKeyLength)
        return Status::error(ErrorCode::InvalidArgument,
                             "a draft key must be 1 to 200 characters long");
    return Status::ok();
}

std::string metaKey(std::string_view key) {
    return std::string(kPrefix) + std::string(key);
}

}  // namespace

DraftStore::DraftStore(Database& db, const Clock& clock) : db_(db), clock_(clock) {}

Status DraftStore::save(std::string_view key, const nlohmann::json& content) {
    std::lock_guard lock(db_.mutex());
    if (Status s = checkKey(key); !s) return s;
    const std::string value =
        nlohmann::json{{"savedMs", clock_.nowMs()}, {"content", content}}.dump();
    if (value.size() > kMaxBytes)
        return Status::error(ErrorCode::InvalidArgument, "the draft is too large to keep");
    auto st = db_.cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) return st.status();
    return (*st)->bind(1, metaKey(key)).bind(2, value).run();
}

Result<std::optional<Draft>> DraftStore::load(std::string_view key) {
    std::lock_guard lock(db_.mutex());
    if (Status s = checkKey(key); !s) return s;
    auto st = db_.cached("SELECT value FROM meta WHERE key = ?1");
    if (!st) return st.status();
    Statement& q = **st;
    q.bind(1, metaKey(key));
    auto row = q.step();
    if (!row) return row.status();
    if (!*row) {
        q.reset();
        return std::optional<Draft>{};
    }
    auto parsed = nlohmann::json::parse(q.text(0), nullptr, false);
    q.reset();
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("content"))
        return Status::error(ErrorCode::Corrupt, "a saved draft cannot be read");
    Draft d;
    d.content = parsed["content"];
    d.savedMs = parsed.value("savedMs", std::int64_t{0});
    return std::optional<Draft>{std::move(d)};
}

Status DraftStore::discard(std::string_view key) {
    std::lock_guard lock(db_.mutex());
    if (Status s = checkKey(key); !s) return s;
    auto st = db_.cached("DELETE FROM meta WHERE key = ?1");
    if (!st) return st.status();
    return (*st)->bind(1, metaKey(key)).run();
}

Result<std::vector<std::string>> DraftStore::keys(std::string_view prefix) {
    std::lock_guard lock(db_.mutex());
    // Range scan on the primary key: [draft:prefix, draft:prefix + U+10FFFF).
    auto st = db_.cached("SELECT key FROM meta WHERE key >= ?1 AND key < ?2 ORDER BY key");
    if (!st) return st.status();
    Statement& q = **st;
    const std::string from = metaKey(prefix);
    q.bind(1, from).bind(2, from + "\xF4\x8F\xBF\xBF");
    std::vector<std::string> out;
    for (;;) {
        auto row = q.step();
        if (!row) {
            q.reset();
            return row.status();
        }
        if (!*row) break;
        out.push_back(q.text(0).substr(kPrefix.size()));
    }
    q.reset();
    return out;
}

}  // namespace rtw::store
