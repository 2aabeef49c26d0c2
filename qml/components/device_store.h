#pragma once
// DeviceStore: the encrypted store on this device, worked on a thread of its
// own so the UI never waits for key derivation (Argon2id), verification or
// disk. Controllers and models post work with run()/write() and get the
// answer back on the UI thread; a write also tells every list showing that
// case to refresh (dataChanged).
//
// Only the store thread touches the store. While the store is locked, work
// is answered with an error and nothing runs.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QThread>

#include <filesystem>
#include <functional>
#include <memory>

#include "model/dates.h"
#include "qml/components/qml_singleton.h"
#include "store/device_profile.h"
#include "store/store.h"
#include "util/clock.h"

namespace rtw::app {

/// What an unlock attempt came to, with what the lock screen needs to say.
struct UnlockOutcome {
    Status status;
    std::int64_t lockedUntilMs = 0;  ///< when a delay is running after failures
    bool wiped = false;              ///< too many failures destroyed the data
};

class DeviceStore : public QObject, public QmlSingleton<DeviceStore> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Whether there is a store on this device (else: sign in first).
    Q_PROPERTY(bool exists READ exists NOTIFY existsChanged)
    /// Whether it is unlocked and open.
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    /// The signed-in person's name, while open.
    Q_PROPERTY(QString userName READ userName NOTIFY openChanged)
    /// The signed-in person's role ("adviser", "patient", ...; "" while
    /// locked): the shell shows the workspace for it.
    Q_PROPERTY(QString userRole READ userRole NOTIFY openChanged)

public:
    DeviceStore(std::filesystem::path directory, const Clock& clock, store::StoreOptions options,
                QObject* parent = nullptr);
    ~DeviceStore() override;

    const std::filesystem::path& directory() const { return directory_; }
    const Clock& clock() const { return clock_; }
    bool exists() const;
    bool isOpen() const { return open_; }
    QString userName() const;
    QString userRole() const;
    /// Who uses the store (valid while open).
    const store::DeviceProfile& profile() const { return profile_; }
    /// Today's date where the device is (local time), from the injected clock.
    model::Date today() const;

    /// Runs `work` on the store thread; then `done` on the UI thread unless
    /// `context` was destroyed meanwhile. T is Status or Result<...>.
    template <typename T>
    void run(QObject* context, std::function<T(store::Store&)> work, std::function<void(T)> done) {
        post(context, std::move(work), std::move(done), nullptr);
    }
    /// As run(), for a change to case `caseId` (empty: several cases); after
    /// `done`, dataChanged(caseId) tells every list over the store to refresh.
    template <typename T>
    void write(QObject* context, const QString& caseId, std::function<T(store::Store&)> work,
               std::function<void(T)> done) {
        post(context, std::move(work), std::move(done), std::make_shared<QString>(caseId));
    }

    /// Derives the key from `passcode` and opens the store, off the UI thread.
    void unlock(const QString& passcode, QObject* context, std::function<void(UnlockOutcome)> done);
    /// Makes a new store protected by `passcode`; `seed` fills it before it is shown.
    void createNew(const QString& passcode, std::function<Status(store::Store&)> seed,
                   QObject* context, std::function<void(Status)> done);
    /// Re-wraps the key under a new passcode (the old one must be right).
    void changePasscode(const QString& oldPasscode, const QString& newPasscode, QObject* context,
                        std::function<void(Status)> done);
    /// Locks: announces aboutToClose (so drafts are saved first), then closes
    /// the store and wipes its key from memory. Work posted before runs first.
    void close();
    /// Closes and erases the store from this device (sign out).
    void wipe(QObject* context, std::function<void(Status)> done);
    /// Blocks until every task posted so far has run (tests, shutdown).
    void waitForIdle();

    /// Who else uses the open store (the sync engine): `opened` gets it on
    /// the UI thread once it is unlocked; `closing` runs before it closes
    /// (lock, sign out), so the user lets go of it first.
    void setLifecycleHooks(std::function<void(std::shared_ptr<store::Store>)> opened,
                           std::function<void()> closing);
    /// The store changed behind the app's back (a sync pulled records): every
    /// list refreshes.
    void externalChange() { emit dataChanged(QString()); }
    /// The store's files were erased by someone else (a revoked device's
    /// remote wipe): forget the open store and go back to sign-in.
    void forgetErased();
    /// Reads the device profile again (it was rewritten on the store
    /// thread, e.g. by the tour's patient seed) and tells the shell.
    void reloadProfile();

signals:
    void existsChanged();
    void openChanged();
    /// Last call to save anything half-typed before the store closes.
    void aboutToClose();
    /// Records of `caseId` changed ("" when it may be any case).
    void dataChanged(const QString& caseId);
    /// The app itself saved something (so sync can push soon).
    void localWrite();

private:
    template <typename T>
    void post(QObject* context, std::function<T(store::Store&)> work, std::function<void(T)> done,
              std::shared_ptr<QString> changedCase) {
        QPointer<QObject> guard(context);
        onStoreThread([this, guard, work = std::move(work), done = std::move(done), changedCase]() {
            auto result = std::make_shared<T>(store_ ? work(*store_) : T(lockedStatus()));
            onUiThread([this, guard, done, result, changedCase]() {
                if (guard && done) done(std::move(*result));
                if (changedCase) {
                    emit dataChanged(*changedCase);
                    emit localWrite();
                }
            });
        });
    }
    static Status lockedStatus();
    void onStoreThread(std::function<void()> task);
    void onUiThread(std::function<void()> task);
    void setOpen(bool open, store::DeviceProfile profile,
                 std::shared_ptr<store::Store> handle = nullptr);

    std::filesystem::path directory_;
    const Clock& clock_;
    store::StoreOptions options_;
    QThread thread_;
    QObject* worker_;  ///< lives on thread_; tasks are posted to it
    /// Used on thread_ (and shared with the sync engine, whose calls hold the
    /// connection's mutex).
    std::shared_ptr<store::Store> store_;
    bool open_ = false;             ///< UI thread's view
    store::DeviceProfile profile_;  ///< UI thread's copy
    std::function<void(std::shared_ptr<store::Store>)> opened_;
    std::function<void()> closing_;
};

}  // namespace rtw::app
