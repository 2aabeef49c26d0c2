#include "server/server_app.h"

#include <thread>

#include "server/api/auth_routes.h"
#include "server/api/sync_routes.h"
#include "server/ops_routes.h"
#include "server/storage/server_database.h"
#include "server/web/employer_routes.h"
#include "server/web/referral_routes.h"
#include "server/web/share_api.h"

namespace rtw::server {

ServerApp::~ServerApp() = default;

Result<std::unique_ptr<ServerApp>> ServerApp::create(const ServerConfig& config,
                                                     ServerAppOptions options) {
    std::unique_ptr<ServerApp> app(new ServerApp());
    app->config_ = config;
    app->clock_ = options.clock ? options.clock : &SystemClock::instance();
    // Handlers block on the database, so each serving thread needs a connection.
    const int threads = config.threads > 0
                            ? config.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto db = openServerDatabase(config.db, threads + 1, config.dbKeyFile);
    if (!db) return db.status();
    app->db_ = std::move(*db);
    app->accounts_ =
        std::make_unique<SqlAccountStore>(*app->db_, *app->clock_, options.passwordCost);
    app->auth_ = std::make_unique<AuthService>(*app->db_, *app->accounts_, *app->clock_,
                                               options.passwordCost, options.authLimits);
    app->sync_ = std::make_unique<SyncStore>(*app->db_, *app->clock_, &app->metrics_);
    app->shareLinks_ = std::make_unique<web::ShareLinkStore>(*app->db_, *app->sync_, *app->clock_);
    app->referralLinks_ =
        std::make_unique<web::ReferralLinkStore>(*app->db_, *app->sync_, *app->clock_);

    ServerApp* self = app.get();
    app->metrics_.describe("rtw_active_devices",
                           "Devices not revoked that synced or signed in in the last 24 hours.");
    app->metrics_.setGauge("rtw_active_devices", [self] {
        auto n = self->auth_->activeDevices(kActiveWindowMs);
        return n ? static_cast<double>(*n) : -1.0;  // -1: the database did not answer
    });

    Router router;
    addOpsRoutes(router, app->metrics_, [self] { return self->db_->ping(); });
    api::addAuthRoutes(
        router, *app->auth_, *app->sync_, *app->clock_,
        [self](const std::string& code) { return self->shareLinks_->enrolmentOpener(code); });
    api::addSyncRoutes(router, *app->auth_, *app->sync_);
    web::addShareApiRoutes(router, *app->auth_, *app->shareLinks_, config.publicUrl,
                           !config.tlsCertFile.empty());
    web::addEmployerRoutes(router, *app->shareLinks_, *app->clock_, config.publicUrl,
                           !config.tlsCertFile.empty(), options.webLimits);
    web::addReferralRoutes(router, *app->referralLinks_, *app->clock_, config.publicUrl,
                           !config.tlsCertFile.empty(), options.webLimits);
    app->http_ = std::make_unique<HttpServer>(config, std::move(router), app->metrics_);
    return app;
}

Status ServerApp::listen() {
    return http_->listen();
}

}  // namespace rtw::server
