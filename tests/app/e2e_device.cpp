#include "e2e_device.h"

#include "app_test_support.h"
#include "qml/sync/engine_sync_backend.h"

namespace rtw::app::testing {

E2eDevice::E2eDevice(const std::string& dataDir) {
    store = std::make_unique<DeviceStore>(dataDir, SystemClock::instance(), testStoreOptions());
    sync::SyncEngineOptions options;
    options.dataDir = dataDir;
    options.clock = &SystemClock::instance();
    sync =
        std::make_unique<SyncController>(store.get(), std::make_unique<EngineSyncBackend>(options));
    session = std::make_unique<SessionController>(store.get(), SystemClock::instance());
    session->setSync(sync.get());
}

E2eDevice::~E2eDevice() {
    session.reset();
    sync.reset();
    if (store) store->waitForIdle();
}

}  // namespace rtw::app::testing
