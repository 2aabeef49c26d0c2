#pragma once
// SessionController (QML: Session): whether the app is signed in, locked or
// unlocked, and the moves between: create a passcode after first sign-in,
// unlock with it, lock after idle time or when the app goes to the
// background, change the passcode, sign out and erase.
//
// Key derivation and opening run on the store thread (DeviceStore); this
// object only shows the progress ("busy") and the outcome. Wrong passcodes
// are answered with the attempts left; during a lockout delay the screen
// counts down (`retrySeconds`).

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>

#include "platform/auto_lock.h"
#include "qml/components/device_store.h"
#include "qml/components/qml_singleton.h"

class QString;

namespace rtw::app {

class SyncController;

class SessionController : public QObject, public QmlSingleton<SessionController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    /// Which screen the app shows: sign in (first run: also chooses the
    /// passcode), create a passcode (demo), unlock, or the work itself.
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /// True while the key is derived or the store opened (show progress, block input).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What the busy state is doing, in words.
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    /// The last failure (wrong passcode, lockout), as a sentence; "" when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Per-field messages for the passcode forms ("passcode", "confirm", "oldPasscode").
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)
    /// Seconds until another passcode may be tried (0 when no delay runs).
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY retrySecondsChanged)
    /// Idle minutes before the app locks itself.
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    /// A demo: first run makes a fictional caseload instead of signing in.
    Q_PROPERTY(bool demo READ demo CONSTANT)

public:
    enum State { SignIn, CreatePasscode, Locked, Unlocked };
    Q_ENUM(State)

    /// Fills a new store (the signed-in profile, or the demo caseload).
    using Seed = std::function<Status(store::Store&)>;

    SessionController(DeviceStore* store, const Clock& clock, QObject* parent = nullptr);

    /// Demo mode: with no store, offer to create one filled by `seed`.
    void setDemoSeed(Seed seed);
    /// Sync checks the sign-in form, signs in and ends the session on sign-out.
    void setSync(SyncController* sync);

    State state() const { return state_; }
    bool busy() const { return busy_; }
    QString busyText() const { return busyText_; }
    QString error() const { return error_; }
    QVariantMap fieldErrors() const { return fieldErrors_; }
    int retrySeconds() const;
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool demo() const { return static_cast<bool>(demoSeed_); }

    /// First run: signs in to the server and makes this device's encrypted
    /// store, protected by the passcode chosen here (both in one step, so a
    /// store exists only for someone the server let in).
    Q_INVOKABLE void signIn(const QString& serverUrl, const QString& email, const QString& password,
                            const QString& passcode, const QString& confirm);
    /// First run for a patient: enrols with the adviser's invite code
    /// (making their account: email, name, password) and makes this device's
    /// store with the passcode, in one step as signIn; a refused enrolment
    /// leaves no store.
    Q_INVOKABLE void enrol(const QString& serverUrl, const QString& code, const QString& email,
                           const QString& displayName, const QString& password,
                           const QString& passcode, const QString& confirm);
    Q_INVOKABLE void unlock(const QString& passcode);
    Q_INVOKABLE void createPasscode(const QString& passcode, const QString& confirm);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePasscode(const QString& oldPasscode, const QString& newPasscode,
                                    const QString& confirm);
    /// Erases everything on this device and returns to sign-in.
    Q_INVOKABLE void signOutAndErase();
    Q_INVOKABLE void clearError();
    /// The user did something (touch, key): restarts the idle timer.
    void noteActivity();
    /// The app moved between foreground and background.
    void applicationStateChanged(Qt::ApplicationState state);
    /// Runs the idle check now (the timer does this every second).
    void checkIdle();

signals:
    void stateChanged();
    void busyChanged();
    void errorChanged();
    void retrySecondsChanged();
    void autoLockMinutesChanged();
    /// The passcode was changed (for the settings page to confirm).
    void passcodeChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setState(State s);
    void setBusy(bool busy, const QString& text = {});
    void setError(const QString& message, QVariantMap fields = {});
    /// Passcode and confirmation checked as for a new store; messages under
    /// "passcode" and "confirm".
    static QVariantMap passcodeProblems(const QString& passcode, const QString& confirm);
    void erase();
    State restingState() const;
    /// Makes the new store with `step` (sign-in or enrolment) and reports.
    void createWith(const QString& passcode, std::function<Status(store::Store&)> step,
                    const QString& busyText);

    QPointer<DeviceStore> store_;
    const Clock& clock_;
    platform::AutoLock autoLock_;
    QTimer tick_;
    State state_ = SignIn;
    bool busy_ = false;
    QString busyText_;
    QString error_;
    QVariantMap fieldErrors_;
    std::int64_t lockedUntilMs_ = 0;
    int lastRetrySeconds_ = 0;
    Seed demoSeed_;
    QPointer<SyncController> sync_;
};

}  // namespace rtw::app
