#pragma once
// Transport on libcurl: TLS verification always on (with an optional CA file
// for private deployments), gzip both ways, keep-alive (one handle, its
// connection reused), connect and total timeouts, and cancellation.
//
// Plain http:// is refused except to loopback addresses (127.0.0.0/8,
// localhost, [::1]), where tests and a local development server run.

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "sync/transport.h"

namespace rtw::sync {

struct CurlOptions {
    std::string caFile;                   ///< extra trust anchors (PEM); empty = system store
    long connectTimeoutMs = 10'000;       ///< giving up on a connection
    long totalTimeoutMs = 60'000;         ///< giving up on a whole request
    std::size_t gzipRequestsOver = 1024;  ///< request bodies larger than this are gzipped
    std::string userAgent = "rtw-sync/1";
};

class CurlTransport final : public Transport {
public:
    explicit CurlTransport(CurlOptions options = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    HttpResponse send(const HttpRequest& request) override;
    const CurlOptions& options() const { return options_; }
    /// New connections made so far (keep-alive makes this stay at 1).
    long connectionsOpened() const { return connectionsOpened_.load(); }

private:
    struct Handle;
    CurlOptions options_;
    std::unique_ptr<Handle> handle_;
    std::mutex mutex_;
    std::atomic<long> connectionsOpened_{0};
};

/// True for URLs whose host is a loopback address.
bool isLoopbackUrl(const std::string& url);
/// gzip (RFC 1952) of `data`.
std::string gzipCompress(const std::string& data);
/// The inverse of gzipCompress; nullopt for input that is not gzip.
std::optional<std::string> gzipDecompress(const std::string& data);

}  // namespace rtw::sync
