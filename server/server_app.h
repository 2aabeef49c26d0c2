#pragma once
// The whole server, composed from its configuration: database (opened and
// migrated), account store, auth service, sync store, metrics and the full
// router (ops, auth, sync, shares and the employer's web pages). main.cpp wires it to signals;
// tests start the same thing in-process on 127.0.0.1:0.

#include <cstdint>
#include <memory>

#include "server/accounts/password.h"
#include "server/auth/auth_service.h"
#include "server/db/sql_database.h"
#include "server/http/http_server.h"
#include "server/http/metrics.h"
#include "server/server_config.h"
#include "server/storage/sql_account_store.h"
#include "server/sync/sync_store.h"
#include "server/web/employer_routes.h"
#include "server/web/referral_links.h"
#include "server/web/share_links.h"
#include "util/clock.h"

namespace rtw::server {

/// What the app takes from outside besides its configuration: the clock
/// (fake in tests), how costly password hashes are, and sign-in limits.
struct ServerAppOptions {
    const Clock* clock = nullptr;  ///< null: the system clock
    PasswordCost passwordCost = PasswordCost::Interactive;
    AuthLimits authLimits;
    web::WebLimits webLimits;  ///< requests per address to each group of web pages
};

/// rtw-server, built and ready to listen.
class ServerApp {
public:
    /// Opens and migrates the database and builds every part. Fails with the
    /// database's or the configuration's message.
    static Result<std::unique_ptr<ServerApp>> create(const ServerConfig& config,
                                                     ServerAppOptions options = {});
    ~ServerApp();

    /// Binds (and loads the TLS certificate); then port() is the real port.
    Status listen();
    std::uint16_t port() const { return http_->port(); }
    /// Serves until stop(); returns when every connection is done.
    void run() { http_->run(); }
    /// Graceful: requests in flight finish. Safe from any thread.
    void stop() { http_->stop(); }

    const ServerConfig& config() const { return config_; }
    const Clock& clock() const { return *clock_; }
    db::SqlDatabase& database() { return *db_; }
    SqlAccountStore& accounts() { return *accounts_; }
    AuthService& auth() { return *auth_; }
    SyncStore& sync() { return *sync_; }
    web::ShareLinkStore& shareLinks() { return *shareLinks_; }
    web::ReferralLinkStore& referralLinks() { return *referralLinks_; }
    Metrics& metrics() { return metrics_; }

    /// Devices counted by rtw_active_devices: not revoked, seen in 24 hours.
    static constexpr std::int64_t kActiveWindowMs = 24LL * 3600 * 1000;

private:
    ServerApp() = default;

    ServerConfig config_;
    const Clock* clock_ = nullptr;
    Metrics metrics_;
    std::unique_ptr<db::SqlDatabase> db_;
    std::unique_ptr<SqlAccountStore> accounts_;
    std::unique_ptr<AuthService> auth_;
    std::unique_ptr<SyncStore> sync_;
    std::unique_ptr<web::ShareLinkStore> shareLinks_;
    std::unique_ptr<web::ReferralLinkStore> referralLinks_;
    std::unique_ptr<HttpServer> http_;
};

}  // namespace rtw::server
