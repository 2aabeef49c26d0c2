#include "qml/settings/about_controller.h"

#include <mutex>

#include "qml/components/qt_convert.h"

#ifndef RTW_APP_VERSION
#define RTW_APP_VERSION "0.0.0"
#endif

namespace rtw::app {
namespace {

struct Versions {
    std::string sqlcipher;
    std::string sqlite;
    int schema = 0;
    std::string deviceId;
};

std::string pragmaText(store::Database& db, const char* sql) {
    std::lock_guard lock(db.mutex());  // the sync engine shares the connection
    auto st = db.prepare(sql);
    if (!st) return {};
    auto row = st->step();
    return row && *row ? st->text(0) : std::string();
}

}  // namespace

AboutController::AboutController(QObject* parent) : QObject(parent) {}

void AboutController::setStore(DeviceStore* store) {
    if (store_ == store) return;
    store_ = store;
    emit storeChanged();
    load();
}

QString AboutController::appVersion() const {
    return QStringLiteral(RTW_APP_VERSION);
}

QString AboutController::qtVersion() const {
    return QString::fromLatin1(qVersion());
}

void AboutController::load() {
    if (!store_) return;
    store_->run<Result<Versions>>(
        this,
        [](store::Store& s) -> Result<Versions> {
            std::lock_guard lock(s.database().mutex());
            Versions v;
            v.sqlcipher = pragmaText(s.database(), "PRAGMA cipher_version");
            v.sqlite = pragmaText(s.database(), "SELECT sqlite_version()");
            v.schema = s.schemaVersion();
            v.deviceId = s.deviceId();
            return v;
        },
        [this](Result<Versions> r) {
            if (!r) return;
            sqlcipher_ = toQt(r->sqlcipher);
            sqlite_ = toQt(r->sqlite);
            schema_ = r->schema;
            deviceId_ = toQt(r->deviceId);
            emit loaded();
        });
}

}  // namespace rtw::app
