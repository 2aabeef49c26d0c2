#pragma once
// One app device for the end-to-end tests against the real server: its
// store (in `dataDir`), sync engine and session, wired as rtw-app wires them.

#include <memory>
#include <string>

#include "qml/components/device_store.h"
#include "qml/session/session_controller.h"
#include "qml/sync/sync_controller.h"

namespace rtw::app::testing {

struct E2eDevice {
    explicit E2eDevice(const std::string& dataDir);
    /// Stops the session and sync first, then lets the store thread finish.
    ~E2eDevice();
    E2eDevice(const E2eDevice&) = delete;
    E2eDevice& operator=(const E2eDevice&) = delete;

    std::unique_ptr<DeviceStore> store;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<SessionController> session;
};

}  // namespace rtw::app::testing
