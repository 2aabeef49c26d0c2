#pragma once
// A small synchronous HTTP/1.1 client for tests against a real rtw-server on
// loopback: one keep-alive connection (reopened when the server closed it),
// optional TLS, gzip answers inflated. Not for production: the app's
// transport is libcurl (sync/).

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace rtw::testsupport {

struct HttpResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  ///< names lower-case
    std::string body;                            ///< inflated when it came gzip-encoded
    std::size_t wireBytes = 0;                   ///< body size as sent by the server

    /// The body as JSON (null when it is not JSON).
    nlohmann::json json() const;
    /// A header's value, or empty.
    std::string header(const std::string& name) const;
    /// error.code of a JSON error body, or empty.
    std::string errorCode() const;
};

class HttpClient {
public:
    /// `caFile`: for HTTPS, the certificate to trust (the server's own,
    /// when self-signed); empty means plain HTTP.
    HttpClient(std::string host, std::uint16_t port, std::string caFile = {});
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    /// One request; throws std::runtime_error when the connection fails.
    HttpResponse request(const std::string& method, const std::string& target,
                         const std::string& body = {},
                         const std::map<std::string, std::string>& headers = {});
    /// Sends `bytes` as they are and reads one answer (for malformed requests).
    HttpResponse raw(const std::string& bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Requests as a device makes them: X-RTW-Protocol and, once set, the
/// bearer token on every call; JSON bodies.
class ApiClient {
public:
    ApiClient(std::string host, std::uint16_t port, std::string caFile = {});

    void setToken(std::string accessToken) { token_ = std::move(accessToken); }
    const std::string& token() const { return token_; }

    HttpResponse get(const std::string& target);
    HttpResponse post(const std::string& target, const nlohmann::json& body);
    /// POST /v1/sync/push {"operations": operations}.
    HttpResponse push(const nlohmann::json& operations);
    /// GET /v1/sync/pull?cursor=..&limit=..
    HttpResponse pull(const std::string& cursor = "0", int limit = 500);
    HttpClient& http() { return http_; }

private:
    std::map<std::string, std::string> headers() const;
    HttpClient http_;
    std::string token_;
};

}  // namespace rtw::testsupport
