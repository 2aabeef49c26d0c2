// rtw-server: the sync server. Wiring only; everything lives in server_lib.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <iostream>
#include <thread>

#include "server/admin_cli.h"
#include "server/http/http_server.h"
#include "server/ops_routes.h"
#include "server/server_config.h"
#include "server/server_log.h"
#include "server/storage/server_database.h"

extern char** environ;

using namespace rtw;
using namespace rtw::server;

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::vector<std::pair<std::string, std::string>> env;
    for (char** e = environ; *e; ++e) {
        const std::string kv = *e;
        if (const auto eq = kv.find('='); eq != std::string::npos)
            env.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
    }
    if (!args.empty() && args[0] == "admin") {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return runAdmin(rest, env, std::cout, std::cerr, SystemClock::instance());
    }
    auto config = parseServerConfig(args, env);
    if (!config) {
        std::cerr << "rtw-server: " << config.status().message() << "\n";
        return 2;
    }
    auto database = openServerDatabase(config->db, config->threads > 0 ? config->threads : 4,
                                       config->dbKeyFile);
    if (!database) {
        std::cerr << "rtw-server: " << database.status().message() << "\n";
        return 1;
    }
    Metrics metrics;
    Router router;
    addOpsRoutes(router, metrics, [&] { return (*database)->ping(); });
    HttpServer server(*config, std::move(router), metrics);
    if (Status s = server.listen(); !s) {
        std::cerr << "rtw-server: " << s.message() << "\n";
        return 1;
    }
    logEvent("info", "listening", {{"host", config->host}, {"port", server.port()}});

    // SIGINT/SIGTERM: stop accepting, finish requests in flight, then exit.
    boost::asio::io_context signals;
    boost::asio::signal_set set(signals, SIGINT, SIGTERM);
    set.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) {
            logEvent("info", "stopping");
            server.stop();
        }
    });
    std::thread signalThread([&] { signals.run(); });
    server.run();
    signals.stop();
    signalThread.join();
    logEvent("info", "stopped");
    return 0;
}
