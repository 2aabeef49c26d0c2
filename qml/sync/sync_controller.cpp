#include "qml/sync/sync_controller.h"

#include <QDateTime>
#include <QSysInfo>
#include <QUrl>

#include "model/rules.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "store/device_profile.h"

namespace rtw::app {
namespace {

QString whenSynced(std::int64_t ms, std::int64_t nowMs) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    return at.date() == now.date() ? at.toString(QStringLiteral("HH:mm"))
                                   : at.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

}  // namespace

SyncController::SyncController(DeviceStore* store, std::unique_ptr<SyncBackend> backend,
                               QObject* parent)
    : QObject(parent), store_(store), backend_(std::move(backend)) {
    snapshot_ = backend_->snapshot();
    QPointer<SyncController> self(this);
    backend_->setListener([self](const SyncSnapshot& s) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, s] {
                if (self) self->apply(s);
            },
            Qt::QueuedConnection);
    });
    connect(store_, &DeviceStore::dataChanged, this, &SyncController::refreshPending);
    connect(store_, &DeviceStore::openChanged, this, &SyncController::refreshPending);
    connect(store_, &DeviceStore::localWrite, this, [this] { backend_->localChangeMade(); });
    // The engine runs while the store is open, and lets go before it closes.
    SyncBackend* engine = backend_.get();
    store_->setLifecycleHooks(
        [engine](std::shared_ptr<store::Store> s) { engine->attach(std::move(s)); },
        [engine] { engine->detach(); });
}

SyncController::~SyncController() {
    backend_->setListener({});
    if (store_) store_->setLifecycleHooks({}, {});
    backend_->detach();
}

void SyncController::apply(const SyncSnapshot& s) {
    // A cycle has finished when it is seen to end, or when "last synced"
    // moves on: a quick cycle can start and end between two reports, and
    // its records (or the cases it purged) must still reach the screens.
    const bool finished = (snapshot_.phase == SyncSnapshot::Phase::Syncing &&
                           s.phase != SyncSnapshot::Phase::Syncing) ||
                          (s.lastSyncedMs != 0 && s.lastSyncedMs != snapshot_.lastSyncedMs);
    snapshot_ = s;
    emit changed();
    if (s.wiped) {
        emit deviceErased(sentence(s.error.empty()
                                       ? "this device was signed out by your service and its "
                                         "data erased"
                                       : s.error));
        return;
    }
    // A sync may have brought new records: every list refreshes (and with
    // it the count of changes waiting).
    if (finished && store_) store_->externalChange();
}

void SyncController::refreshPending() {
    if (!store_ || !store_->isOpen()) {
        if (pending_ != 0) {
            pending_ = 0;
            emit changed();
        }
        return;
    }
    store_->run<Result<std::int64_t>>(
        this, [](store::Store& s) { return s.records().pendingCount(); },
        [this](Result<std::int64_t> r) {
            if (!r || *r == pending_) return;
            pending_ = static_cast<int>(*r);
            emit changed();
        });
}

QString SyncController::summary() const {
    using P = SyncSnapshot::Phase;
    const QString waiting = tr("%1 waiting").arg(pending_);
    switch (snapshot_.phase) {
        case P::NotSignedIn:
            return pending_ > 0 ? waiting : tr("Not connected");
        case P::Offline:
            return pending_ > 0 ? tr("Offline · %1").arg(waiting) : tr("Offline");
        case P::Idle:
            if (pending_ > 0) return waiting;
            return snapshot_.lastSyncedMs > 0
                       ? tr("Synced %1")
                             .arg(whenSynced(snapshot_.lastSyncedMs, store_->clock().nowMs()))
                       : tr("Synced");
        case P::Syncing:
            return snapshot_.total > 0
                       ? tr("Syncing %1 of %2").arg(snapshot_.done).arg(snapshot_.total)
                       : tr("Syncing…");
        case P::Error:
            return tr("Sync problem");
    }
    return {};
}

QString SyncController::detail() const {
    using P = SyncSnapshot::Phase;
    const QString waiting = pending_ > 0
                                ? tr("%1 saved on this device waiting to go to the server.")
                                      .arg(Format::plural(pending_, tr("change"), tr("changes")))
                                : tr("Everything saved on this device is on the server.");
    switch (snapshot_.phase) {
        case P::NotSignedIn:
            if (!backend_->available())
                return sentence(UnavailableSyncBackend::kWhy) + QLatin1Char(' ') +
                       (pending_ > 0
                            ? tr("%1 kept safely on this device.")
                                  .arg(Format::plural(pending_, tr("change"), tr("changes")))
                            : QString());
            return tr("Not signed in to a server. ") +
                   (pending_ > 0 ? tr("%1 kept safely on this device.")
                                       .arg(Format::plural(pending_, tr("change"), tr("changes")))
                                 : QString());
        case P::Offline:
            return tr("No connection. Your work is saved on this device and will go to the "
                      "server when a connection appears. ") +
                   (pending_ > 0 ? waiting : QString());
        case P::Idle: {
            QString text = waiting;
            if (snapshot_.rejected > 0)
                text += QLatin1Char(' ') +
                        tr("The server refused %1: see what was refused in the record's history.")
                            .arg(Format::plural(snapshot_.rejected, tr("change"), tr("changes")));
            if (snapshot_.openConflicts > 0)
                text += QLatin1Char(' ') +
                        tr("%1 made on another device at the same time to review.")
                            .arg(Format::plural(snapshot_.openConflicts, tr("edit"), tr("edits")));
            return text;
        }
        case P::Syncing:
            return snapshot_.initialSync
                       ? tr("Downloading your caseload onto this device. You can start working.")
                       : tr("Sending and receiving changes. You can keep working.");
        case P::Error:
            return sentence(snapshot_.error) + QLatin1Char(' ') + waiting;
    }
    return {};
}

QString SyncController::errorAction() const {
    return snapshot_.phase == SyncSnapshot::Phase::Error ? toQt(snapshot_.action) : QString();
}

void SyncController::syncNow() {
    backend_->syncNow();
}

QString SyncController::accountEmail() const {
    return store_ ? toQt(store_->profile().email) : QString();
}

void SyncController::signInAgain(const QString& password) {
    if (signInBusy_ || !store_ || !store_->isOpen()) return;
    if (password.isEmpty()) {
        signInError_ = tr("Enter your password.");
        emit signInChanged();
        return;
    }
    const store::DeviceProfile& profile = store_->profile();
    SignInRequest request{profile.serverUrl, profile.email, toStd(password),
                          toStd(QSysInfo::machineHostName())};
    signInBusy_ = true;
    signInError_.clear();
    emit signInChanged();
    QPointer<SyncController> self(this);
    backend_->signInAgain(request, [self](Status s) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, s] {
                if (!self) return;
                self->signInBusy_ = false;
                if (s) {
                    self->signInError_.clear();
                    emit self->signInChanged();
                    emit self->signedInAgain();
                    return;
                }
                QVariantMap fields;
                QString message;
                explainSignInFailure(s, &fields, &message);
                // The dialog has one field: every explanation goes beside it.
                self->signInError_ = fields
                                         .value(QStringLiteral("password"),
                                                fields.value(QStringLiteral("serverUrl"), message))
                                         .toString();
                emit self->signInChanged();
            },
            Qt::QueuedConnection);
    });
}

QVariantMap SyncController::signInProblems(const QString& serverUrl, const QString& email,
                                           const QString& password) const {
    QVariantMap fields;
    const QUrl url(serverUrl.trimmed());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        fields.insert(QStringLiteral("serverUrl"),
                      tr("Enter the server address your service gave you, starting https://"));
    if (!model::isPlausibleEmail(toStd(email.trimmed())))
        fields.insert(QStringLiteral("email"),
                      tr("Enter your work email address, like name@example.nhs.uk"));
    if (password.isEmpty()) fields.insert(QStringLiteral("password"), tr("Enter your password."));
    return fields;
}

std::function<Status(store::Store&)> SyncController::signInStep(const QString& serverUrl,
                                                                const QString& email,
                                                                const QString& password) {
    SignInRequest request{toStd(serverUrl.trimmed()), toStd(email.trimmed()), toStd(password),
                          toStd(QSysInfo::machineHostName())};
    SyncBackend* backend = backend_.get();
    return [backend, request](store::Store& s) -> Status {
        auto profile = backend->signIn(s, request);
        if (!profile) return profile.status();
        return store::saveDeviceProfile(s.database(), *profile);
    };
}

QVariantMap SyncController::enrolProblems(const QString& serverUrl, const QString& code,
                                          const QString& email, const QString& displayName,
                                          const QString& password) const {
    QVariantMap fields = signInProblems(serverUrl, email, password);
    if (fields.contains(QStringLiteral("email")))
        fields.insert(QStringLiteral("email"),
                      tr("Enter your email address, like name@example.com"));
    if (fields.contains(QStringLiteral("password")))
        fields.insert(QStringLiteral("password"),
                      tr("Choose a password for your account (at least 12 characters)."));
    if (code.trimmed().isEmpty())
        fields.insert(QStringLiteral("code"),
                      tr("Enter the invite code your adviser gave you, like ABCDE-FGHJK, or "
                         "paste the link to the plan shared with you."));
    if (displayName.trimmed().isEmpty())
        fields.insert(QStringLiteral("displayName"), tr("Enter your name."));
    return fields;
}

std::function<Status(store::Store&)> SyncController::enrolStep(const QString& serverUrl,
                                                               const QString& code,
                                                               const QString& email,
                                                               const QString& displayName,
                                                               const QString& password) {
    EnrolRequest request{
        toStd(serverUrl.trimmed()),   toStd(code.trimmed()), toStd(email.trimmed()),
        toStd(displayName.trimmed()), toStd(password),       toStd(QSysInfo::machineHostName())};
    SyncBackend* backend = backend_.get();
    return [backend, request](store::Store& s) -> Status {
        auto profile = backend->enrol(s, request);
        if (!profile) return profile.status();
        return store::saveDeviceProfile(s.database(), *profile);
    };
}

void SyncController::explainSignInFailure(const Status& s, QVariantMap* fields, QString* message) {
    if (!s.fieldErrors().empty()) {  // the server's messages, beside the fields they are about
        // The code's message too: the server knows whether it was an
        // adviser's invite or an employer's link, and says what to do.
        for (const auto& f : s.fieldErrors()) fields->insert(toQt(f.field), sentence(f.message));
        return;
    }
    switch (s.code()) {
        case ErrorCode::AlreadyExists:
            fields->insert(QStringLiteral("email"),
                           tr("There is already an account with this email. Use another, or "
                              "ask your adviser for help."));
            return;
        case ErrorCode::Unauthenticated:
            fields->insert(QStringLiteral("password"),
                           tr("The email or password is not right. Check them and try again."));
            return;
        case ErrorCode::RateLimited:
            *message = tr("Too many sign-in attempts. Wait a few minutes, then try again.");
            return;
        case ErrorCode::Io:
            fields->insert(QStringLiteral("serverUrl"),
                           tr("The server could not be reached: check the address and your "
                              "connection. (%1)")
                               .arg(sentence(s.message())));
            return;
        default:
            *message = sentence(s.message());
    }
}

void SyncController::signOut(std::function<void()> done) {
    QPointer<SyncController> self(this);
    backend_->signOut([self, done] {
        if (!self) return;
        QMetaObject::invokeMethod(self.data(), done, Qt::QueuedConnection);
    });
}

}  // namespace rtw::app
