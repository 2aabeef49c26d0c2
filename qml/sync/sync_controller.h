#pragma once
// SyncController (QML: Sync): the always-visible answer to "is my work on
// the server?" — offline / syncing with progress / synced at a time / N
// changes waiting / error with what to do — plus "sync now". Reads the engine
// through SyncBackend; the number of changes waiting comes from the store's
// outbox, so it is real even offline. It also checks the sign-in form and
// makes the step that signs in while the new store is created (the session
// drives the first-run flow).

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>
#include <memory>

#include "qml/components/device_store.h"
#include "qml/components/qml_singleton.h"
#include "qml/sync/sync_backend.h"

namespace rtw::app {

class SyncController : public QObject, public QmlSingleton<SyncController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    /// The engine's phase, for icons and colours.
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    /// Short words for the status chip: "Synced 14:02", "3 waiting", "Offline".
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// A sentence or two for the sync page.
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    /// Local changes not yet on the server (the outbox).
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY changed)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY changed)
    /// What the user can do about an error ("" when nothing).
    Q_PROPERTY(QString errorAction READ errorAction NOTIFY changed)
    /// The session ended: the error's action is signing in again (a
    /// password, for the same account; nothing on the device is lost).
    Q_PROPERTY(bool signInNeeded READ signInNeeded NOTIFY changed)
    /// Whose session it is, for the sign-in-again dialog.
    Q_PROPERTY(QString accountEmail READ accountEmail NOTIFY changed)
    /// Signing in again is under way.
    Q_PROPERTY(bool signInBusy READ signInBusy NOTIFY signInChanged)
    /// Why signing in again failed ("" when it did not).
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)
    /// Whether this build can sign in and sync at all.
    Q_PROPERTY(bool available READ available CONSTANT)

public:
    enum Phase { NotSignedIn, Offline, Idle, Syncing, Error };
    Q_ENUM(Phase)

    SyncController(DeviceStore* store, std::unique_ptr<SyncBackend> backend,
                   QObject* parent = nullptr);
    ~SyncController() override;

    Phase phase() const { return static_cast<Phase>(snapshot_.phase); }
    QString summary() const;
    QString detail() const;
    int pendingChanges() const { return pending_; }
    int progressDone() const { return static_cast<int>(snapshot_.done); }
    int progressTotal() const { return static_cast<int>(snapshot_.total); }
    QString errorAction() const;
    bool available() const { return backend_->available(); }
    bool signInNeeded() const {
        return snapshot_.phase == SyncSnapshot::Phase::Error && snapshot_.signInNeeded;
    }
    QString accountEmail() const;
    bool signInBusy() const { return signInBusy_; }
    QString signInError() const { return signInError_; }

    Q_INVOKABLE void syncNow();
    /// Signs the same account in again after its session ended, keeping the
    /// store as it is (changes still waiting are sent afterwards).
    /// `signedInAgain` on success, `signInError` otherwise.
    Q_INVOKABLE void signInAgain(const QString& password);
    /// Re-reads the outbox count (after writes; also on unlock).
    void refreshPending();
    void setOnline(bool online) { backend_->setOnline(online); }

    /// Messages for the sign-in form's server, email and password ("" map: fine).
    QVariantMap signInProblems(const QString& serverUrl, const QString& email,
                               const QString& password) const;
    /// The step that signs in while a new store is made (runs on the store
    /// thread): keeps the session and the user's profile in the store.
    std::function<Status(store::Store&)> signInStep(const QString& serverUrl, const QString& email,
                                                    const QString& password);
    /// Messages for the enrolment form's server, invite code, email, name and
    /// account password ("" map: fine). The password's rules are the server's.
    QVariantMap enrolProblems(const QString& serverUrl, const QString& code, const QString& email,
                              const QString& displayName, const QString& password) const;
    /// The step that enrols a patient with an invite code while a new store is
    /// made (runs on the store thread), as signInStep.
    std::function<Status(store::Store&)> enrolStep(const QString& serverUrl, const QString& code,
                                                   const QString& email, const QString& displayName,
                                                   const QString& password);
    /// A failed sign-in or enrolment as the form shows it: messages beside
    /// fields, or one for the whole form.
    static void explainSignInFailure(const Status& s, QVariantMap* fields, QString* message);
    /// Ends the session on the server (best effort), then `done` on the UI thread.
    void signOut(std::function<void()> done);

signals:
    void changed();
    /// The service revoked this device and the engine erased its data.
    void deviceErased(const QString& message);
    void signInChanged();
    void signedInAgain();

private:
    void apply(const SyncSnapshot& s);

    QPointer<DeviceStore> store_;
    std::unique_ptr<SyncBackend> backend_;
    SyncSnapshot snapshot_;
    int pending_ = 0;
    bool signInBusy_ = false;
    QString signInError_;
};

}  // namespace rtw::app
