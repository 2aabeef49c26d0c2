#pragma once
// Helpers for the app's C++ tests: a Qt event loop to wait on, a store made
// with test-speed key derivation in a private folder, and a demo caseload.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "qml/components/device_store.h"
#include "util/clock.h"

namespace rtw::app::testing {

/// Runs the event loop until `done()` or 10 s (then fails the test): tests
/// wait for a condition, never for a fixed time.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 10000);

inline constexpr const char* kPasscode = "test passcode 42";

/// Minimum Argon2id cost: tests check behaviour, not key strength.
store::StoreOptions testStoreOptions();

/// A DeviceStore over a fresh folder, created (demo caseload when `demo`)
/// and unlocked, on a fake clock set to 24/11/2026 09:00 UTC.
struct OpenStore {
    explicit OpenStore(bool demo = false);
    ~OpenStore();
    /// Posts work and waits for its answer.
    template <typename T>
    T run(std::function<T(store::Store&)> work) {
        std::optional<T> out;
        store->run<T>(&context, std::move(work), [&](T r) { out.emplace(std::move(r)); });
        EXPECT_TRUE(waitFor([&] { return out.has_value(); }));
        return std::move(*out);
    }
    /// Closes and opens the store again, as after a restart.
    void reopen();

    QTemporaryDir dir;
    FakeClock clock{1'795'510'800'000};  // 2026-11-24T09:00:00Z
    QObject context;
    std::unique_ptr<DeviceStore> store;
};

}  // namespace rtw::app::testing
