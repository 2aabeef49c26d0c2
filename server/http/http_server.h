#pragma once
// HttpServer: asynchronous HTTP/1.1 on Boost.Beast with keep-alive, explicit
// limits (header and body size, read and idle time) and graceful shutdown:
// stop() closes the listener and idle connections at once, lets requests in
// flight finish and answer, then the run() threads return. Bodies may come
// gzip-encoded and answers are gzipped for clients that accept it. With a
// certificate and key in the config it serves HTTPS (TLS 1.2+) instead.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "server/http/metrics.h"
#include "server/http/router.h"
#include "server/server_config.h"
#include "util/status.h"

namespace rtw::server {

class HttpServer {
public:
    HttpServer(ServerConfig config, Router router, Metrics& metrics);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Loads the TLS certificate (if configured), binds and listens. After it
    /// succeeds, port() is the real port (useful with port 0).
    Status listen();
    std::uint16_t port() const;
    /// Whether connections are HTTPS.
    bool tls() const;
    /// Serves on config.threads threads until stop(); returns when every
    /// connection has finished.
    void run();
    /// Safe from any thread or a signal-handling strand.
    void stop();

    struct Impl;

private:
    Status loadTls();
    std::unique_ptr<Impl> impl_;
};

}  // namespace rtw::server
