// rtw-server: the sync server. Wiring only; everything lives in server_lib.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <iostream>
#include <thread>

#include "server/admin_cli.h"
#include "server/server_app.h"
#include "server/server_config.h"
#include "server/server_log.h"

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
    auto app = ServerApp::create(*config);
    if (!app) {
        std::cerr << "rtw-server: " << app.status().message() << "\n";
        return 1;
    }
    if (Status s = (*app)->listen(); !s) {
        std::cerr << "rtw-server: " << s.message() << "\n";
        return 1;
    }
    logEvent("info", "listening",
             {{"host", config->host},
              {"port", (*app)->port()},
              {"tls", !config->tlsCertFile.empty()},
              {"database", (*app)->database().backend()}});

    // SIGINT/SIGTERM: stop accepting, finish requests in flight, then exit.
    boost::asio::io_context signals;
    boost::asio::signal_set set(signals, SIGINT, SIGTERM);
    set.async_wait([&](const boost::system::error_code& ec, int) {
        if (!ec) {
            logEvent("info", "stopping");
            (*app)->stop();
        }
    });
    std::thread signalThread([&] { signals.run(); });
    (*app)->run();
    signals.stop();
    signalThread.join();
    logEvent("info", "stopped");
    return 0;
}
