#include "store/meta_json.h"

#include <mutex>
#include <string>

namespace rtw::store {

Result<std::optional<nlohmann::json>> loadMetaJson(Database& db, std::string_view key,
                                                   std::string_view what) {
    std::lock_guard lock(db.mutex());
    auto st = db.cached("SELECT value FROM meta WHERE key = ?1");
    if (!st) return st.status();
    Statement& q = **st;
    q.bind(1, key);
    auto row = q.step();
    if (!row) return row.status();
    if (!*row) {
        q.reset();
        return std::optional<nlohmann::json>{};
    }
    auto j = nlohmann::json::parse(q.text(0), nullptr, false);
    q.reset();
    if (!j.is_object())
        return Status::error(ErrorCode::Corrupt, std::string(what) + " cannot be read");
    return std::optional<nlohmann::json>{std::move(j)};
}

Status saveMetaJson(Database& db, std::string_view key, const nlohmann::json& value) {
    std::lock_guard lock(db.mutex());
    auto st = db.cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) return st.status();
    return (*st)->bind(1, key).bind(2, value.dump()).run();
}

}  // namespace rtw::store
