#pragma once
// SyncController (QML: Sync): the always-visible answer to "is my work on
// the server?" — offline / syncing with progress / synced at a time / N
// changes waiting / error with what to do — plus "sync now" and first
// sign-in. Reads the engine through SyncBackend; the number of changes
// waiting comes from the store's outbox, so it is real even offline.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

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
    /// Short words for the status chip: "Synced 14:02", "3 changes waiting", "Offline".
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// A sentence or two for the sync page.
    Q_PROPERTY(QString detail READ detail NOTIFY changed)
    /// Local changes not yet on the server (the outbox).
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(int progressDone READ progressDone NOTIFY changed)
    Q_PROPERTY(int progressTotal READ progressTotal NOTIFY changed)
    /// What the user can do about an error ("" when nothing).
    Q_PROPERTY(QString errorAction READ errorAction NOTIFY changed)
    /// Whether this build can sign in and sync at all.
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)
    /// Per-field messages for the sign-in form ("serverUrl", "email", "password").
    Q_PROPERTY(QVariantMap signInFieldErrors READ signInFieldErrors NOTIFY signInChanged)

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
    int progressDone() const { return snapshot_.done; }
    int progressTotal() const { return snapshot_.total; }
    QString errorAction() const;
    bool available() const { return backend_->available(); }
    bool signingIn() const { return signingIn_; }
    QString signInError() const { return signInError_; }
    QVariantMap signInFieldErrors() const { return signInFieldErrors_; }

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void signIn(const QString& serverUrl, const QString& email,
                            const QString& password);
    /// Re-reads the outbox count (after writes; also on unlock).
    void refreshPending();

signals:
    void changed();
    void signInChanged();
    /// Sign-in worked: the session should ask for a passcode and keep `profile`.
    void signedIn(const rtw::store::DeviceProfile& profile);

private:
    void apply(const SyncSnapshot& s);

    QPointer<DeviceStore> store_;
    std::unique_ptr<SyncBackend> backend_;
    SyncSnapshot snapshot_;
    int pending_ = 0;
    bool signingIn_ = false;
    QString signInError_;
    QVariantMap signInFieldErrors_;
};

}  // namespace rtw::app
