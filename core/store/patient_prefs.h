#pragma once
// PatientPrefs: what the patient's app remembers about its own use — so far,
// when the patient read the first-run explanation (taking part is
// voluntary, what the adviser sees, what the employer sees), so it is shown
// once. Kept in the encrypted database's `meta` table beside the device
// profile; never synced.

#include <cstdint>

#include "store/database.h"
#include "util/status.h"

namespace rtw::store {

struct PatientPrefs {
    std::int64_t welcomedMs = 0;  ///< when the first-run explanation was read; 0 = not yet
    bool operator==(const PatientPrefs&) const = default;
};

/// The saved preferences (defaults when none were saved).
Result<PatientPrefs> loadPatientPrefs(Database& db);
/// Replaces them (one durable commit).
Status savePatientPrefs(Database& db, const PatientPrefs& prefs);

}  // namespace rtw::store
