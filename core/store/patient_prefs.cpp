#include "store/patient_prefs.h"

#include <mutex>

#include <nlohmann/json.hpp>

namespace rtw::store {
namespace {

constexpr const char* kKey = "patient_prefs";

}  // namespace

Result<PatientPrefs> loadPatientPrefs(Database& db) {
    std::lock_guard lock(db.mutex());
    auto st = db.cached("SELECT value FROM meta WHERE key = ?1");
    if (!st) return st.status();
    Statement& q = **st;
    q.bind(1, kKey);
    auto row = q.step();
    if (!row) return row.status();
    if (!*row) {
        q.reset();
        return PatientPrefs{};
    }
    auto j = nlohmann::json::parse(q.text(0), nullptr, false);
    q.reset();
    if (!j.is_object())
        return Status::error(ErrorCode::Corrupt, "the saved preferences cannot be read");
    PatientPrefs p;
    p.welcomedMs = j.value("welcomedMs", std::int64_t{0});
    return p;
}

Status savePatientPrefs(Database& db, const PatientPrefs& p) {
    if (p.welcomedMs < 0) return Status::invalid({{"welcomedMs", "must not be negative"}});
    const nlohmann::json j = {{"welcomedMs", p.welcomedMs}};
    std::lock_guard lock(db.mutex());
    auto st = db.cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st) return st.status();
    return (*st)->bind(1, kKey).bind(2, j.dump()).run();
}

}  // namespace rtw::store
