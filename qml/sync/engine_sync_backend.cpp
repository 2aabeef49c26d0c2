#include "qml/sync/engine_sync_backend.h"

#include "sync/curl_transport.h"
#include "sync/sync_client.h"

namespace rtw::app {
namespace {

std::string actionText(sync::SyncAction a) {
    switch (a) {
        case sync::SyncAction::SignInAgain:
            return "Sign in again";
        case sync::SyncAction::UpdateApp:
            return "Update the app";
        case sync::SyncAction::ContactService:
            return "Contact your service";
        case sync::SyncAction::TryLater:
            return "Try again";
        case sync::SyncAction::None:
            break;
    }
    return {};
}

std::string field(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

EngineSyncBackend::EngineSyncBackend(sync::SyncEngineOptions options)
    : options_(std::move(options)) {}

EngineSyncBackend::~EngineSyncBackend() {
    detach();
}

SyncSnapshot EngineSyncBackend::toSnapshot(const sync::SyncStatus& s) {
    SyncSnapshot out;
    switch (s.phase) {
        case sync::SyncPhase::SignedOut:
            out.phase = SyncSnapshot::Phase::NotSignedIn;
            break;
        case sync::SyncPhase::Offline:
            out.phase = SyncSnapshot::Phase::Offline;
            break;
        case sync::SyncPhase::Syncing:
            out.phase = SyncSnapshot::Phase::Syncing;
            break;
        case sync::SyncPhase::Synced:
            out.phase = SyncSnapshot::Phase::Idle;
            break;
        case sync::SyncPhase::Error:
            out.phase = SyncSnapshot::Phase::Error;
            break;
    }
    out.done = s.done;
    out.total = s.total;
    out.initialSync = s.initialSync;
    out.lastSyncedMs = s.lastSyncedMs;
    out.error = s.message;
    out.action = actionText(s.action);
    out.signInNeeded =
        s.phase == sync::SyncPhase::Error && s.action == sync::SyncAction::SignInAgain;
    out.rejected = s.rejected;
    out.openConflicts = s.openConflicts;
    out.wiped = s.wiped;
    return out;
}

Status EngineSyncBackend::toStatus(const sync::ApiError& e) {
    switch (e.kind) {
        case sync::ApiFailure::None:
            return Status::ok();
        case sync::ApiFailure::Unauthenticated:
            return Status::error(ErrorCode::Unauthenticated, e.message);
        case sync::ApiFailure::Revoked:
            return Status::error(ErrorCode::Revoked, e.message);
        case sync::ApiFailure::RateLimited:
            return Status::error(ErrorCode::RateLimited, e.message);
        case sync::ApiFailure::UpdateRequired:
            return Status::error(ErrorCode::Unsupported, e.message);
        case sync::ApiFailure::Refused: {
            std::vector<FieldError> fields;
            if (e.fields.is_array())
                for (const auto& f : e.fields)
                    if (f.is_object() && f.value("field", "") != "")
                        fields.push_back({f.value("field", ""), f.value("message", "")});
            if (!fields.empty()) return Status::invalid(std::move(fields));
            if (e.code == "already_exists")
                return Status::error(ErrorCode::AlreadyExists, e.message);
            return Status::error(ErrorCode::NotAllowed, e.message);
        }
        case sync::ApiFailure::Network:
        case sync::ApiFailure::Server:
            break;
    }
    return Status::error(ErrorCode::Io,
                         e.message.empty() ? "the server could not be reached" : e.message);
}

Result<store::DeviceProfile> EngineSyncBackend::signIn(store::Store& store,
                                                       const SignInRequest& request) {
    sync::CurlTransport transport(options_.transport);
    const Clock& clock = options_.clock ? *options_.clock : SystemClock::instance();
    sync::SyncClient client(store, transport, clock, options_.client);
    auto session =
        client.signIn(request.serverUrl, request.email, request.password, request.deviceName);
    if (!session.ok()) return toStatus(session.error);
    return profileOf(*session.value);
}

Result<store::DeviceProfile> EngineSyncBackend::enrol(store::Store& store,
                                                      const EnrolRequest& request) {
    sync::CurlTransport transport(options_.transport);
    const Clock& clock = options_.clock ? *options_.clock : SystemClock::instance();
    sync::SyncClient client(store, transport, clock, options_.client);
    auto session = client.enrol(request.serverUrl, request.code, request.email, request.displayName,
                                request.password, request.deviceName);
    if (!session.ok()) return toStatus(session.error);
    return profileOf(*session.value);
}

store::DeviceProfile EngineSyncBackend::profileOf(const sync::Session& session) {
    const nlohmann::json& user = session.user;
    store::DeviceProfile p;
    p.userId = field(user, "id");
    p.displayName = field(user, "displayName");
    p.email = field(user, "email");
    p.role = field(user, "role");
    p.serviceId = field(user, "serviceId");
    p.practiceId = field(user, "practiceId");
    p.serverUrl = session.server;
    return p;
}

void EngineSyncBackend::attach(std::shared_ptr<store::Store> store) {
    detach();
    engine_ = std::make_unique<sync::SyncEngine>(std::move(store), options_);
    engine_->setListener([this](const sync::SyncStatus& s) {
        const SyncSnapshot snap = toSnapshot(s);
        std::function<void(const SyncSnapshot&)> listener;
        {
            std::lock_guard lock(mutex_);
            last_ = snap;
            listener = listener_;
        }
        if (listener) listener(snap);
    });
    engine_->setOnline(online_);
    engine_->start();
}

void EngineSyncBackend::detach() {
    if (!engine_) return;
    engine_->stop();
    engine_.reset();
    std::function<void(const SyncSnapshot&)> listener;
    {
        std::lock_guard lock(mutex_);
        last_ = SyncSnapshot{};
        listener = listener_;
    }
    if (listener) listener(SyncSnapshot{});
}

void EngineSyncBackend::signOut(std::function<void()> done) {
    if (!engine_) {
        done();
        return;
    }
    // Best effort: the device is erased whatever the server says.
    engine_->signOut(false, [done](Status) { done(); });
}

void EngineSyncBackend::signInAgain(const SignInRequest& request,
                                    std::function<void(Status)> done) {
    if (!engine_) {
        done(Status::error(ErrorCode::NotAllowed, "unlock the app first"));
        return;
    }
    engine_->signIn(request.serverUrl, request.email, request.password, request.deviceName,
                    std::move(done));
}

void EngineSyncBackend::syncNow() {
    if (engine_) engine_->syncNow();
}

void EngineSyncBackend::localChangeMade() {
    if (engine_) engine_->localChangeMade();
}

void EngineSyncBackend::setOnline(bool online) {
    online_ = online;
    if (engine_) engine_->setOnline(online);
}

SyncSnapshot EngineSyncBackend::snapshot() const {
    std::lock_guard lock(mutex_);
    return last_;
}

void EngineSyncBackend::setListener(std::function<void(const SyncSnapshot&)> listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

}  // namespace rtw::app
