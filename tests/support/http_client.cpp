#include "http_client.h"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <optional>
#include <stdexcept>

#include "protocol/operation.h"
#include "server/http/gzip.h"

namespace rtw::testsupport {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

nlohmann::json HttpResponse::json() const {
    auto j = nlohmann::json::parse(body, nullptr, false);
    return j.is_discarded() ? nlohmann::json() : j;
}

std::string HttpResponse::header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpResponse::errorCode() const {
    const auto j = json();
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object()) return {};
    return j["error"].value("code", "");
}

struct HttpClient::Impl {
    std::string host;
    std::uint16_t port;
    std::string caFile;
    net::io_context ioc;
    std::optional<ssl::context> tls;
    std::optional<beast::tcp_stream> plain;
    std::optional<beast::ssl_stream<beast::tcp_stream>> secure;
    beast::flat_buffer buffer;

    bool connected() const { return plain.has_value() || secure.has_value(); }

    void connect() {
        buffer.clear();
        tcp::endpoint endpoint(net::ip::make_address(host), port);
        if (caFile.empty()) {
            plain.emplace(ioc);
            plain->connect(endpoint);
            return;
        }
        if (!tls) {
            tls.emplace(ssl::context::tls_client);
            tls->load_verify_file(caFile);
            tls->set_verify_mode(ssl::verify_peer);
        }
        secure.emplace(ioc, *tls);
        beast::get_lowest_layer(*secure).connect(endpoint);
        secure->handshake(ssl::stream_base::client);
    }

    void disconnect() {
        beast::error_code ignored;
        if (plain) plain->socket().close(ignored);
        if (secure) beast::get_lowest_layer(*secure).socket().close(ignored);
        plain.reset();
        secure.reset();
    }

    template <typename Fn>
    auto withStream(Fn&& fn) {
        if (!connected()) connect();
        if (plain) return fn(*plain);
        return fn(*secure);
    }

    HttpResponse receive() {
        http::response_parser<http::string_body> parser;
        parser.body_limit(256 * 1024 * 1024);
        withStream([&](auto& s) {
            http::read(s, buffer, parser);
            return 0;
        });
        auto res = parser.release();
        HttpResponse out;
        out.status = res.result_int();
        for (const auto& h : res) {
            std::string name(h.name_string());
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            out.headers[name] = std::string(h.value());
        }
        out.wireBytes = res.body().size();
        if (out.header("content-encoding") == "gzip") {
            auto inflated = server::gunzip(res.body(), 256 * 1024 * 1024);
            if (!inflated) throw std::runtime_error("the answer is not valid gzip");
            out.body = std::move(*inflated);
        } else {
            out.body = std::move(res.body());
        }
        if (!res.keep_alive()) disconnect();
        return out;
    }
};

HttpClient::HttpClient(std::string host, std::uint16_t port, std::string caFile)
    : impl_(std::make_unique<Impl>()) {
    impl_->host = std::move(host);
    impl_->port = port;
    impl_->caFile = std::move(caFile);
}

HttpClient::~HttpClient() {
    if (impl_) impl_->disconnect();
}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResponse HttpClient::request(const std::string& method, const std::string& target,
                                 const std::string& body,
                                 const std::map<std::string, std::string>& headers) {
    http::request<http::string_body> req;
    req.method_string(method);
    req.target(target);
    req.version(11);
    req.set(http::field::host, impl_->host);
    for (const auto& [k, v] : headers) req.set(k, v);
    req.body() = body;
    req.keep_alive(true);
    req.prepare_payload();
    // A kept-alive connection the server closed in the meantime: once more on a new one.
    for (int attempt = 0;; ++attempt) {
        try {
            impl_->withStream([&](auto& s) {
                http::write(s, req);
                return 0;
            });
            return impl_->receive();
        } catch (const boost::system::system_error&) {
            impl_->disconnect();
            if (attempt > 0) throw std::runtime_error("cannot reach the server on loopback");
        }
    }
}

HttpResponse HttpClient::raw(const std::string& bytes) {
    impl_->withStream([&](auto& s) {
        net::write(s, net::buffer(bytes));
        return 0;
    });
    return impl_->receive();
}

ApiClient::ApiClient(std::string host, std::uint16_t port, std::string caFile)
    : http_(std::move(host), port, std::move(caFile)) {}

std::map<std::string, std::string> ApiClient::headers() const {
    std::map<std::string, std::string> h = {
        {"X-RTW-Protocol", std::to_string(protocol::kSyncProtocolVersion)},
        {"Content-Type", "application/json"}};
    if (!token_.empty()) h["Authorization"] = "Bearer " + token_;
    return h;
}

HttpResponse ApiClient::get(const std::string& target) {
    return http_.request("GET", target, {}, headers());
}

HttpResponse ApiClient::post(const std::string& target, const nlohmann::json& body) {
    return http_.request("POST", target, body.dump(), headers());
}

HttpResponse ApiClient::push(const nlohmann::json& operations) {
    return post("/v1/sync/push", {{"operations", operations}});
}

HttpResponse ApiClient::pull(const std::string& cursor, int limit) {
    return get("/v1/sync/pull?cursor=" + cursor + "&limit=" + std::to_string(limit));
}

}  // namespace rtw::testsupport
