#include "qml/components/device_store.h"

#include <QDateTime>
#include <QSemaphore>

#include "crypto/key_vault.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {

DeviceStore::DeviceStore(std::filesystem::path directory, const Clock& clock,
                         store::StoreOptions options, QObject* parent)
    : QObject(parent),
      directory_(std::move(directory)),
      clock_(clock),
      options_(options),
      worker_(new QObject) {
    thread_.setObjectName(QStringLiteral("store"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

DeviceStore::~DeviceStore() {
    // Close on the store thread (the key is wiped there), then stop it.
    onStoreThread([this] { store_.reset(); });
    thread_.quit();
    thread_.wait();
}

bool DeviceStore::exists() const {
    return store::Store::exists(directory_);
}

QString DeviceStore::userName() const {
    return open_ ? toQt(profile_.displayName) : QString();
}

QString DeviceStore::userRole() const {
    return open_ ? toQt(profile_.role) : QString();
}

void DeviceStore::reloadProfile() {
    run<Result<std::optional<store::DeviceProfile>>>(
        this, [](store::Store& s) { return store::loadDeviceProfile(s.database()); },
        [this](Result<std::optional<store::DeviceProfile>> p) {
            if (!p || !*p || !open_) return;
            profile_ = std::move(**p);
            emit openChanged();
        });
}

model::Date DeviceStore::today() const {
    const QDate d = QDateTime::fromMSecsSinceEpoch(clock_.nowMs()).date();
    return model::Date{std::chrono::year{d.year()}, std::chrono::month{unsigned(d.month())},
                       std::chrono::day{unsigned(d.day())}};
}

Status DeviceStore::lockedStatus() {
    return Status::error(ErrorCode::NotAllowed, "the app is locked; unlock it and try again");
}

void DeviceStore::onStoreThread(std::function<void()> task) {
    QMetaObject::invokeMethod(worker_, std::move(task), Qt::QueuedConnection);
}

void DeviceStore::onUiThread(std::function<void()> task) {
    QMetaObject::invokeMethod(this, std::move(task), Qt::QueuedConnection);
}

void DeviceStore::setOpen(bool open, store::DeviceProfile profile,
                          std::shared_ptr<store::Store> handle) {
    profile_ = std::move(profile);
    if (open_ == open) return;
    open_ = open;
    if (open && opened_ && handle) opened_(std::move(handle));
    emit openChanged();
}

void DeviceStore::setLifecycleHooks(std::function<void(std::shared_ptr<store::Store>)> opened,
                                    std::function<void()> closing) {
    opened_ = std::move(opened);
    closing_ = std::move(closing);
}

void DeviceStore::forgetErased() {
    if (closing_ && open_) closing_();
    onStoreThread([this] { store_.reset(); });
    setOpen(false, {});
    emit existsChanged();
}

void DeviceStore::unlock(const QString& passcode, QObject* context,
                         std::function<void(UnlockOutcome)> done) {
    auto secret = std::make_shared<crypto::SecureString>(passcode.toStdString());
    QPointer<QObject> guard(context);
    onStoreThread([this, secret, guard, done = std::move(done)] {
        UnlockOutcome out;
        store::DeviceProfile profile;
        if (!store_) {
            auto opened = store::Store::open(directory_, secret->str(), clock_, options_);
            if (opened) {
                store_ = std::shared_ptr<store::Store>(std::move(*opened));
                if (auto p = store::loadDeviceProfile(store_->database()); p && p->has_value())
                    profile = **p;
            } else {
                out.status = opened.status();
                out.wiped = !store::Store::exists(directory_);
                crypto::KeyVault vault(directory_ / store::Store::kKeyFile, clock_, options_.kdf,
                                       options_.lockout);
                out.lockedUntilMs = vault.lockedUntilMs();
            }
        }
        auto handle = store_;
        onUiThread([this, guard, done, out, handle, profile] {
            setOpen(handle != nullptr, profile, handle);
            if (out.wiped) emit existsChanged();
            if (guard && done) done(out);
        });
    });
}

void DeviceStore::createNew(const QString& passcode, std::function<Status(store::Store&)> seed,
                            QObject* context, std::function<void(Status)> done) {
    auto secret = std::make_shared<crypto::SecureString>(passcode.toStdString());
    QPointer<QObject> guard(context);
    onStoreThread([this, secret, guard, seed = std::move(seed), done = std::move(done)] {
        Status status;
        store::DeviceProfile profile;
        if (store::Store::exists(directory_)) {
            status =
                Status::error(ErrorCode::AlreadyExists, "there is already data on this device");
        } else {
            auto made = store::Store::create(directory_, secret->str(), clock_, options_);
            if (!made) {
                status = made.status();
            } else {
                if (seed) status = seed(**made);
                if (status) {
                    store_ = std::shared_ptr<store::Store>(std::move(*made));
                    if (auto p = store::loadDeviceProfile(store_->database()); p && p->has_value())
                        profile = **p;
                } else {
                    // A half-made store is worse than none: remove it.
                    made->reset();
                    (void)store::Store::wipe(directory_);
                }
            }
        }
        auto handle = store_;
        onUiThread([this, guard, done, status, handle, profile] {
            emit existsChanged();
            setOpen(handle != nullptr, profile, handle);
            if (guard && done) done(status);
        });
    });
}

void DeviceStore::changePasscode(const QString& oldPasscode, const QString& newPasscode,
                                 QObject* context, std::function<void(Status)> done) {
    auto oldSecret = std::make_shared<crypto::SecureString>(oldPasscode.toStdString());
    auto newSecret = std::make_shared<crypto::SecureString>(newPasscode.toStdString());
    QPointer<QObject> guard(context);
    onStoreThread([this, oldSecret, newSecret, guard, done = std::move(done)] {
        Status s = store::Store::changePasscode(directory_, oldSecret->str(), newSecret->str(),
                                                clock_, options_);
        onUiThread([guard, done, s] {
            if (guard && done) done(s);
        });
    });
}

void DeviceStore::close() {
    if (!open_) return;
    emit aboutToClose();  // drafts post their last save before the close below
    if (closing_) closing_();
    onStoreThread([this] { store_.reset(); });
    setOpen(false, {});
}

void DeviceStore::wipe(QObject* context, std::function<void(Status)> done) {
    if (open_) {
        emit aboutToClose();
        if (closing_) closing_();
    }
    QPointer<QObject> guard(context);
    onStoreThread([this, guard, done = std::move(done)] {
        store_.reset();
        Status s = store::Store::wipe(directory_);
        onUiThread([this, guard, done, s] {
            setOpen(false, {});
            emit existsChanged();
            if (guard && done) done(s);
        });
    });
}

void DeviceStore::waitForIdle() {
    QSemaphore done;
    onStoreThread([&done] { done.release(); });
    done.acquire();
}

}  // namespace rtw::app
