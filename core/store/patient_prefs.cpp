#include "store/patient_prefs.h"

#include "store/meta_json.h"

namespace rtw::store {
namespace {

constexpr const char* kKey = "patient_prefs";

}  // namespace

Result<PatientPrefs> loadPatientPrefs(Database& db) {
    auto j = loadMetaJson(db, kKey, "the saved preferences");
    if (!j) return j.status();
    PatientPrefs p;
    if (*j) p.welcomedMs = (*j)->value("welcomedMs", std::int64_t{0});
    return p;
}

Status savePatientPrefs(Database& db, const PatientPrefs& p) {
    if (p.welcomedMs < 0) return Status::invalid({{"welcomedMs", "must not be negative"}});
    return saveMetaJson(db, kKey, {{"welcomedMs", p.welcomedMs}});
}

}  // namespace rtw::store
