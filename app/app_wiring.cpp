#include "app/app_wiring.h"

#include "demo/demo_case_details.h"
#include "demo/demo_case_plans.h"
#include "demo/demo_caseload.h"
#include "qml/components/qt_convert.h"
#include "store/device_profile.h"

namespace rtw::app {

AppWiring::AppWiring(const WiringOptions& options, const Clock& clock,
                     std::unique_ptr<SyncBackend> backend) {
    store_ = std::make_unique<DeviceStore>(options.dataDir, clock, options.storeOptions);
    messages_ = std::make_unique<MessageBus>();
    settings_ = std::make_unique<AppSettings>(toQt((options.dataDir / "settings.ini").string()));
    sync_ = std::make_unique<SyncController>(store_.get(), std::move(backend));
    session_ = std::make_unique<SessionController>(store_.get(), clock);

    session_->setAutoLockMinutes(settings_->autoLockMinutes());
    QObject::connect(settings_.get(), &AppSettings::autoLockMinutesChanged, session_.get(),
                     [this] { session_->setAutoLockMinutes(settings_->autoLockMinutes()); });
    session_->setSync(sync_.get());
    // Connectivity from the platform tells the engine when to try.
    connectivity_ = std::make_unique<platform::ConnectivityMonitor>(
        [this](bool online) { sync_->setOnline(online); });
    if (options.demo) {
        DeviceStore* st = store_.get();
        session_->setDemoSeed([st](store::Store& s) { return seedDemoStore(s, st->today()); });
    }

    DeviceStore::provide(store_.get());
    MessageBus::provide(messages_.get());
    AppSettings::provide(settings_.get());
    SyncController::provide(sync_.get());
    SessionController::provide(session_.get());
}

AppWiring::~AppWiring() {
    connectivity_.reset();
    DeviceStore::provide(nullptr);
    MessageBus::provide(nullptr);
    AppSettings::provide(nullptr);
    SyncController::provide(nullptr);
    SessionController::provide(nullptr);
}

Status seedDemoStore(store::Store& s, model::Date today, int cases) {
    demo::DemoOptions o;
    o.cases = cases;
    o.deviceId = s.deviceId();
    o.today = today;
    store::DeviceProfile profile;
    profile.userId = o.adviserId;
    profile.displayName = "Demo Adviser";
    profile.email = "demo.adviser@example.nhs.uk";
    profile.role = "adviser";
    profile.serviceId = "demo-service";
    profile.practiceId = o.practiceId;
    profile.serviceName = "Aire Valley Work and Health Service (fictional)";
    profile.serviceAddress = "Unit 4, Example Court\nLeeds LS1 4AP";
    profile.servicePhone = "0113 496 0999";
    if (Status st = store::saveDeviceProfile(s.database(), profile); !st) return st;
    if (auto added = demo::addDemoCaseload(s.records(), o); !added) return added.status();
    if (auto added = demo::addDemoCaseDetails(s.records(), o); !added) return added.status();
    if (auto added = demo::addDemoCasePlans(s.records(), o); !added) return added.status();
    return Status::ok();
}

}  // namespace rtw::app
