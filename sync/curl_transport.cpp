#include "sync/curl_transport.h"

#include <curl/curl.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>

namespace rtw::sync {

namespace {

// curl_global_init is not thread-safe; run it once before any handle exists.
struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};
void ensureGlobal() {
    static CurlGlobal global;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

NetError classify(CURLcode rc) {
    switch (rc) {
        case CURLE_ABORTED_BY_CALLBACK:
            return NetError::Cancelled;
        case CURLE_OPERATION_TIMEDOUT:
            return NetError::Timeout;
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return NetError::Connect;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
            return NetError::Tls;
        default:
            return NetError::Transfer;
    }
}

struct Exchange {
    HttpResponse* response;
    const Transport* transport;
};

size_t onBody(char* data, size_t size, size_t n, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    ex->response->body.append(data, size * n);
    return size * n;
}

size_t onHeader(char* data, size_t size, size_t n, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    const std::string line(data, size * n);
    if (line.rfind("HTTP/", 0) == 0) {
        ex->response->headers.clear();  // a new response (after 100-continue or a redirect)
    } else if (const auto colon = line.find(':'); colon != std::string::npos) {
        ex->response->headers.emplace_back(lower(trim(line.substr(0, colon))),
                                           trim(line.substr(colon + 1)));
    }
    return size * n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    return static_cast<Exchange*>(user)->transport->cancelled() ? 1 : 0;
}

}  // namespace

const char* netErrorName(NetError e) {
    switch (e) {
        case NetError::None:
            return "none";
        case NetError::Cancelled:
            return "cancelled";
        case NetError::Timeout:
            return "timeout";
        case NetError::Connect:
            return "connect";
        case NetError::Tls:
            return "tls";
        case NetError::Transfer:
            return "transfer";
        case NetError::Refused:
            return "refused";
    }
    return "?";
}

std::string HttpResponse::header(const std::string& lowerName) const {
    for (const auto& [k, v] : headers)
        if (k == lowerName) return v;
    return {};
}

bool isLoopbackUrl(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) return false;
    std::string rest = lower(url.substr(scheme + 3));
    if (const auto at = rest.find('@'); at != std::string::npos && at < rest.find('/'))
        rest = rest.substr(at + 1);
    if (rest.rfind("[::1]", 0) == 0) return true;
    const std::string host = rest.substr(0, rest.find_first_of(":/?#"));
    if (host == "localhost") return true;
    if (host.rfind("127.", 0) != 0) return false;
    // 127.a.b.c with digits only
    return std::all_of(host.begin(), host.end(), [](char c) {
        return c == '.' || std::isdigit(static_cast<unsigned char>(c));
    });
}

std::string gzipCompress(const std::string& data) {
    z_stream z{};
    // Fastest level: most of the gain on JSON for a fraction of the CPU.
    deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::optional<std::string> gzipDecompress(const std::string& data) {
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) break;
        out.append(buf, sizeof buf - z.avail_out);
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) return std::nullopt;
    return out;
}

struct CurlTransport::Handle {
    CURL* curl = nullptr;
    ~Handle() {
        if (curl) curl_easy_cleanup(curl);
    }
};

CurlTransport::CurlTransport(CurlOptions options)
    : options_(std::move(options)), handle_(std::make_unique<Handle>()) {
    ensureGlobal();
    handle_->curl = curl_easy_init();
}

CurlTransport::~CurlTransport() = default;

HttpResponse CurlTransport::send(const HttpRequest& request) {
    std::lock_guard lock(mutex_);
    HttpResponse response;
    if (cancelled()) {
        response.error = NetError::Cancelled;
        response.errorMessage = "cancelled";
        return response;
    }
    const bool https = request.url.rfind("https://", 0) == 0;
    if (!https && !(request.url.rfind("http://", 0) == 0 && isLoopbackUrl(request.url))) {
        response.error = NetError::Refused;
        response.errorMessage = "only https:// addresses are allowed (plain http only on loopback)";
        return response;
    }
    CURL* c = handle_->curl;
    if (!c) {
        response.error = NetError::Transfer;
        response.errorMessage = "libcurl could not start";
        return response;
    }
    // Reset per-request options but keep the handle, so its connection cache
    // (keep-alive) and TLS session survive between requests.
    curl_easy_reset(c);
    Exchange ex{&response, this};
    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.caFile.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options_.caFile.c_str());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, options_.connectTimeoutMs);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, options_.totalTimeoutMs);
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip");  // and decode the answer
    curl_easy_setopt(c, CURLOPT_USERAGENT, options_.userAgent.c_str());
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &ex);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &ex);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &ex);

    curl_slist* headers = nullptr;
    for (const auto& [k, v] : request.headers)
        headers = curl_slist_append(headers, (k + ": " + v).c_str());
    headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip
    std::string body;
    if (request.method != "GET") {
        if (request.body.size() > options_.gzipRequestsOver) {
            body = gzipCompress(request.body);
            headers = curl_slist_append(headers, "Content-Encoding: gzip");
        } else {
            body = request.body;
        }
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    long opened = 0;
    curl_easy_getinfo(c, CURLINFO_NUM_CONNECTS, &opened);
    connectionsOpened_ += opened;
    if (rc != CURLE_OK) {
        response.error = cancelled() ? NetError::Cancelled : classify(rc);
        response.errorMessage = curl_easy_strerror(rc);
        response.body.clear();
        response.headers.clear();
        return response;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

}  // namespace rtw::sync
