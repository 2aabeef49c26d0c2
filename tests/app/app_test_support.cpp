#include "app_test_support.h"

#include "app/app_wiring.h"
#include "qml/components/qt_convert.h"

namespace rtw::app::testing {

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            ADD_FAILURE() << "timed out waiting";
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

store::StoreOptions testStoreOptions() {
    store::StoreOptions o;
    o.kdf = crypto::KdfParams::minimumForTests();
    return o;
}

OpenStore::OpenStore(bool demo) {
    store = std::make_unique<DeviceStore>(toStd(dir.path()) + "/store", clock, testStoreOptions());
    std::optional<Status> made;
    DeviceStore* st = store.get();
    store->createNew(
        kPasscode,
        [demo, st](store::Store& s) -> Status {
            if (demo) return seedDemoStore(s, st->today());
            store::DeviceProfile p;
            p.userId = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";
            p.displayName = "Test Adviser";
            p.practiceId = "P81001";
            return store::saveDeviceProfile(s.database(), p);
        },
        &context, [&](Status s) { made = s; });
    EXPECT_TRUE(waitFor([&] { return made.has_value(); }));
    EXPECT_TRUE(made && made->isOk()) << (made ? made->message() : "");
}

OpenStore::~OpenStore() {
    store->waitForIdle();
}

void OpenStore::reopen() {
    store->close();
    store->waitForIdle();
    std::optional<UnlockOutcome> out;
    store->unlock(kPasscode, &context, [&](UnlockOutcome o) { out = o; });
    ASSERT_TRUE(waitFor([&] { return out.has_value(); }));
    ASSERT_TRUE(out->status.isOk()) << out->status.message();
}

}  // namespace rtw::app::testing
