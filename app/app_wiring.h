#pragma once
// AppWiring: the app's long-lived objects, made once and wired with
// explicit setters — the store worker, session, sync, settings, messages —
// and provided to QML as singletons. main() and the tests build one; it is
// the composition root, not a service locator: nothing asks it for things.

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>

#include "platform/qt/connectivity_monitor.h"
#include "qml/components/device_store.h"
#include "qml/components/message_bus.h"
#include "qml/session/session_controller.h"
#include "qml/settings/app_settings.h"
#include "qml/sync/sync_controller.h"

namespace rtw::app {

struct WiringOptions {
    std::filesystem::path dataDir;
    store::StoreOptions storeOptions;
    bool demo = false;  ///< first run fills a fictional caseload
};

class AppWiring {
public:
    AppWiring(const WiringOptions& options, const Clock& clock,
              std::unique_ptr<SyncBackend> backend);
    ~AppWiring();

    DeviceStore& store() { return *store_; }
    SessionController& session() { return *session_; }
    SyncController& sync() { return *sync_; }
    AppSettings& settings() { return *settings_; }
    MessageBus& messages() { return *messages_; }

private:
    std::unique_ptr<DeviceStore> store_;
    std::unique_ptr<MessageBus> messages_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<SyncController> sync_;
    std::unique_ptr<SessionController> session_;
    std::unique_ptr<platform::ConnectivityMonitor> connectivity_;
};

/// Fills a new store with the fictional demo caseload and a demo adviser profile.
Status seedDemoStore(store::Store& s, model::Date today, int cases = 30);

}  // namespace rtw::app
