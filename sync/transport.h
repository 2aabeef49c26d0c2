#pragma once
// The HTTP transport the sync client talks through. One interface, two
// implementations: CurlTransport (libcurl, production and loopback tests)
// and, in tests, whatever wraps it (the fault proxy sits on the network
// instead, so tests exercise the real client code).

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rtw::sync {

struct HttpRequest {
    std::string method = "GET";
    std::string url;  ///< absolute: https://host[:port]/path?query
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;  ///< sent as is; CurlTransport may gzip it (Content-Encoding)
};

/// Why a request got no HTTP answer.
enum class NetError {
    None,       ///< an HTTP answer arrived (any status)
    Cancelled,  ///< cancel() was called
    Timeout,    ///< connect or total timeout
    Connect,    ///< could not connect (offline, refused, DNS)
    Tls,        ///< TLS failed (certificate not trusted, handshake)
    Transfer,   ///< the connection broke or the answer was malformed
    Refused,    ///< this client refuses the request (e.g. plain http to a remote host)
};

const char* netErrorName(NetError e);

struct HttpResponse {
    NetError error = NetError::None;
    std::string errorMessage;  ///< for logs and support; no personal data
    long status = 0;           ///< HTTP status when error == None
    std::vector<std::pair<std::string, std::string>> headers;  ///< names lower-case
    std::string body;                                          ///< decompressed

    bool ok() const { return error == NetError::None; }
    /// The first header with this (lower-case) name, or empty.
    std::string header(const std::string& lowerName) const;
};

/// Sends one request at a time (callers serialise). cancel() may be called
/// from any thread: it aborts the request in flight and every later one
/// until clearCancel().
class Transport {
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
    void cancel() { cancelled_.store(true); }
    void clearCancel() { cancelled_.store(false); }
    bool cancelled() const { return cancelled_.load(); }

private:
    std::atomic<bool> cancelled_{false};
};

}  // namespace rtw::sync
