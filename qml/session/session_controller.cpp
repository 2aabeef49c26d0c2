#include "qml/session/session_controller.h"

#include <QEvent>

#include "crypto/key_vault.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/sync/sync_controller.h"

namespace rtw::app {

SessionController::SessionController(DeviceStore* store, const Clock& clock, QObject* parent)
    : QObject(parent), store_(store), clock_(clock), autoLock_(clock) {
    tick_.setInterval(1000);
    connect(&tick_, &QTimer::timeout, this, &SessionController::checkIdle);
    tick_.start();
    connect(store_, &DeviceStore::existsChanged, this, [this] {
        if (!busy_ && state_ != Unlocked) setState(restingState());
    });
    state_ = restingState();
}

void SessionController::setDemoSeed(Seed seed) {
    demoSeed_ = std::move(seed);
    setState(restingState());
}

void SessionController::setSync(SyncController* sync) {
    sync_ = sync;
    if (sync_)
        connect(sync_, &SyncController::deviceErased, this, [this](const QString& message) {
            store_->forgetErased();
            setError(message);
            setState(restingState());
        });
}

QVariantMap SessionController::passcodeProblems(const QString& passcode, const QString& confirm) {
    QVariantMap fields;
    if (Status s = crypto::checkNewPasscode(toStd(passcode)); !s)
        fields = fieldErrorMap(s);
    else if (confirm != passcode)
        fields.insert(QStringLiteral("confirm"), tr("The two passcodes are different."));
    return fields;
}

void SessionController::signIn(const QString& serverUrl, const QString& email,
                               const QString& password, const QString& passcode,
                               const QString& confirm) {
    if (busy_ || state_ != SignIn || !sync_) return;
    QVariantMap fields = sync_->signInProblems(serverUrl, email, password);
    const QVariantMap passcodeFields = passcodeProblems(passcode, confirm);
    for (auto it = passcodeFields.begin(); it != passcodeFields.end(); ++it)
        fields.insert(it.key(), it.value());
    if (!fields.isEmpty()) {
        setError({}, fields);
        return;
    }
    createWith(passcode, sync_->signInStep(serverUrl, email, password),
               tr("Signing in and setting up encrypted storage on this device…"));
}

void SessionController::enrol(const QString& serverUrl, const QString& code, const QString& email,
                              const QString& displayName, const QString& password,
                              const QString& passcode, const QString& confirm) {
    if (busy_ || state_ != SignIn || !sync_) return;
    QVariantMap fields = sync_->enrolProblems(serverUrl, code, email, displayName, password);
    const QVariantMap passcodeFields = passcodeProblems(passcode, confirm);
    for (auto it = passcodeFields.begin(); it != passcodeFields.end(); ++it)
        fields.insert(it.key(), it.value());
    if (!fields.isEmpty()) {
        setError({}, fields);
        return;
    }
    createWith(passcode, sync_->enrolStep(serverUrl, code, email, displayName, password),
               tr("Joining with your invite code and setting up encrypted storage on this "
                  "device…"));
}

void SessionController::createWith(const QString& passcode,
                                   std::function<Status(store::Store&)> step,
                                   const QString& busyText) {
    setError({});
    setBusy(true, busyText);
    store_->createNew(passcode, std::move(step), this, [this](Status s) {
        setBusy(false);
        if (!s) {
            // Nothing is kept: the half-made store was removed.
            QVariantMap failure;
            QString message;
            SyncController::explainSignInFailure(s, &failure, &message);
            setError(message, failure);
            setState(restingState());
            return;
        }
        autoLock_.unlocked();
        setState(Unlocked);
    });
}

SessionController::State SessionController::restingState() const {
    if (store_ && store_->isOpen()) return Unlocked;
    if (store_ && store_->exists()) return Locked;
    if (demoSeed_) return CreatePasscode;
    return SignIn;
}

int SessionController::retrySeconds() const {
    const auto left = lockedUntilMs_ - clock_.nowMs();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
}

int SessionController::autoLockMinutes() const {
    return static_cast<int>(autoLock_.idleMs() / 60000);
}

void SessionController::setAutoLockMinutes(int minutes) {
    const int before = autoLockMinutes();
    autoLock_.setIdleMs(std::int64_t{minutes} * 60000);
    if (autoLockMinutes() != before) emit autoLockMinutesChanged();
}

void SessionController::unlock(const QString& passcode) {
    if (busy_ || state_ != Locked) return;
    if (const int wait = retrySeconds(); wait > 0) {
        setError(tr("Too many wrong passcodes. Wait %1, then try again.")
                     .arg(Format::plural(wait, tr("second"), tr("seconds"))));
        return;
    }
    if (passcode.isEmpty()) {
        setError({}, {{QStringLiteral("passcode"), tr("Enter your passcode.")}});
        return;
    }
    setBusy(true, tr("Checking your passcode and opening your records…"));
    store_->unlock(passcode, this, [this](UnlockOutcome out) {
        setBusy(false);
        lockedUntilMs_ = out.lockedUntilMs;
        emit retrySecondsChanged();
        if (out.status) {
            autoLock_.unlocked();
            setError({});
            setState(Unlocked);
            return;
        }
        setError(sentence(out.status.message()));
        if (out.wiped) setState(restingState());
    });
}

void SessionController::createPasscode(const QString& passcode, const QString& confirm) {
    if (busy_ || state_ != CreatePasscode) return;
    if (QVariantMap fields = passcodeProblems(passcode, confirm); !fields.isEmpty()) {
        setError({}, fields);
        return;
    }
    setError({});
    setBusy(true, tr("Setting up encrypted storage on this device…"));
    store_->createNew(passcode, demoSeed_, this, [this](Status s) {
        setBusy(false);
        if (!s) {
            setError(sentence(s.message()));
            return;
        }
        autoLock_.unlocked();
        setState(Unlocked);
    });
}

void SessionController::lock() {
    if (state_ != Unlocked) return;
    store_->close();
    setError({});
    setState(Locked);
}

void SessionController::changePasscode(const QString& oldPasscode, const QString& newPasscode,
                                       const QString& confirm) {
    if (busy_ || state_ != Unlocked) return;
    QVariantMap fields;
    if (oldPasscode.isEmpty())
        fields.insert(QStringLiteral("oldPasscode"), tr("Enter your current passcode."));
    if (Status s = crypto::checkNewPasscode(toStd(newPasscode)); !s)
        fields.insert(QStringLiteral("passcode"), sentence(s.fieldErrors().front().message));
    else if (confirm != newPasscode)
        fields.insert(QStringLiteral("confirm"), tr("The two passcodes are different."));
    if (!fields.isEmpty()) {
        setError({}, fields);
        return;
    }
    setError({});
    setBusy(true, tr("Changing your passcode…"));
    store_->changePasscode(oldPasscode, newPasscode, this, [this](Status s) {
        setBusy(false);
        if (s) {
            setError({});
            emit passcodeChanged();
            return;
        }
        if (s.code() == ErrorCode::WrongPasscode || s.code() == ErrorCode::LockedOut)
            setError({}, {{QStringLiteral("oldPasscode"), sentence(s.message())}});
        else
            setError(sentence(s.message()));
    });
}

void SessionController::signOutAndErase() {
    if (busy_) return;
    setBusy(true, tr("Signing out and erasing the data on this device…"));
    // Tell the server first (best effort, only while unlocked), then erase.
    if (sync_ && state_ == Unlocked)
        sync_->signOut([this] { erase(); });
    else
        erase();
}

void SessionController::erase() {
    store_->wipe(this, [this](Status s) {
        setBusy(false);
        lockedUntilMs_ = 0;
        if (!s) setError(sentence(s.message()));
        setState(restingState());
    });
}

void SessionController::clearError() {
    setError({});
}

void SessionController::noteActivity() {
    if (state_ == Unlocked) autoLock_.noteActivity();
}

void SessionController::applicationStateChanged(Qt::ApplicationState state) {
    // Hidden/Suspended: the app is in the background (another app, the home
    // screen, the device sleeping). Inactive alone is a dialog or a desktop
    // window losing focus, which is not leaving the app.
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden) {
        autoLock_.enteredBackground();
        lock();
    }
}

void SessionController::checkIdle() {
    if (state_ == Unlocked && autoLock_.shouldLock()) lock();
    const int wait = retrySeconds();
    if (wait != lastRetrySeconds_) {
        lastRetrySeconds_ = wait;
        emit retrySecondsChanged();
    }
}

bool SessionController::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
        case QEvent::Wheel:
            noteActivity();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::setState(State s) {
    if (state_ == s) return;
    state_ = s;
    emit stateChanged();
}

void SessionController::setBusy(bool busy, const QString& text) {
    busy_ = busy;
    busyText_ = text;
    emit busyChanged();
}

void SessionController::setError(const QString& message, QVariantMap fields) {
    error_ = message;
    fieldErrors_ = std::move(fields);
    emit errorChanged();
}

}  // namespace rtw::app
