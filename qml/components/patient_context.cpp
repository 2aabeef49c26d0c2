#include "qml/components/patient_context.h"

#include "qml/components/qt_convert.h"
#include "store/patient_prefs.h"

namespace rtw::app {
namespace {

struct Found {
    std::string caseId;
    bool welcomed = false;
};

}  // namespace

PatientContext::PatientContext(QObject* parent) : QObject(parent) {}

void PatientContext::setStore(DeviceStore* store) {
    if (!binding_.setStore(store)) return;
    emit storeChanged();
    reload();
}

void PatientContext::reload() {
    if (!store() || !store()->isOpen()) return;
    const quint64 generation = ++generation_;
    const std::string userId = store()->profile().userId;
    store()->run<Result<Found>>(
        this,
        [userId](store::Store& s) -> Result<Found> {
            Found found;
            auto prefs = store::loadPatientPrefs(s.database());
            if (!prefs) return prefs.status();
            found.welcomed = prefs->welcomedMs > 0;
            auto cases = s.records().listAll("case");
            if (!cases) return cases.status();
            for (const auto& c : *cases) {
                const auto it = c.fields.find("patientUserId");
                if (!userId.empty() && it != c.fields.end() && it->is_string() && *it == userId)
                    found.caseId = c.id;
            }
            return found;
        },
        [this, generation](Result<Found> r) {
            if (generation != generation_) return;
            if (!r) {
                emit failed(sentence(r.status().message()));
                return;
            }
            caseId_ = toQt(r->caseId);
            welcomed_ = r->welcomed;
            loaded_ = true;
            emit changed();
        });
}

void PatientContext::markWelcomed() {
    if (!store()) return;
    welcomed_ = true;
    emit changed();
    const std::int64_t now = store()->clock().nowMs();
    store()->run<Status>(
        this,
        [now](store::Store& s) -> Status {
            auto prefs = store::loadPatientPrefs(s.database());
            if (!prefs) return prefs.status();
            prefs->welcomedMs = now;
            return store::savePatientPrefs(s.database(), *prefs);
        },
        [](Status) {});
}

}  // namespace rtw::app
