#pragma once
// rtw-server's settings, from flags and environment variables (flags win).
//
//   --listen HOST:PORT   RTW_LISTEN   default 127.0.0.1:8080
//   --db URL             RTW_DB       sqlite:PATH (default sqlite:rtw-server.db) or
//   postgresql://...
//   --db-key-file PATH   RTW_DB_KEY_FILE  default: the SQLite file's name + ".key"
//   --threads N          RTW_THREADS  default: number of cores
//   --max-body-bytes N   RTW_MAX_BODY_BYTES   default 8 MiB
//   --tls-cert PATH      RTW_TLS_CERT  PEM certificate chain; with --tls-key, serve HTTPS
//   --tls-key PATH       RTW_TLS_KEY   PEM private key
//   --trusted-proxy IPS  RTW_TRUSTED_PROXIES  comma-separated addresses whose
//                        X-Forwarded-For is believed (rate limits per client address)
//   --public-url URL     RTW_PUBLIC_URL  the address people reach the server at
//                        (https://...), for links to employer pages; default: the
//                        request's Host header

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "util/status.h"

namespace rtw::server {

struct ServerConfig {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    std::string db = "sqlite:rtw-server.db";
    /// Where an SQLite database's encryption key lives; empty: "<file>.key".
    std::string dbKeyFile;
    int threads = 0;  ///< 0: one per core
    std::size_t maxHeaderBytes = 16 * 1024;
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    /// Longest time to receive one request, and to wait for the next one on a
    /// kept-alive connection before closing it.
    std::chrono::seconds readTimeout{30};
    std::chrono::seconds idleTimeout{60};
    /// HTTPS when both are set (PEM files); plain HTTP otherwise.
    std::string tlsCertFile;
    std::string tlsKeyFile;
    /// Proxies (IP addresses) in front of the server whose X-Forwarded-For
    /// header names the client; from anyone else the header is ignored.
    std::vector<std::string> trustedProxies;
    /// Base of the links the server hands out (employer pages), without a
    /// trailing slash; empty: from the request's Host header.
    std::string publicUrl;
};

/// Reads the environment, then the flags. Unknown flags and bad values are
/// errors naming the flag, so a typo never silently starts a misconfigured server.
Result<ServerConfig> parseServerConfig(const std::vector<std::string>& args,
                                       const std::vector<std::pair<std::string, std::string>>& env);

/// "HOST:PORT" -> host and port ("[::1]:8080" for IPv6).
Status parseListen(const std::string& text, ServerConfig& config);

}  // namespace rtw::server
