#include "server/http/http_server.h"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <chrono>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include "server/http/gzip.h"
#include "server/http/request_parse.h"
#include "server/server_log.h"

namespace rtw::server {

namespace net = boost::asio;
namespace ssl = net::ssl;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

// Answers smaller than this are not worth compressing.
constexpr std::size_t kGzipMinBytes = 1024;

bool compressible(const std::string& contentType) {
    return contentType.rfind("application/json", 0) == 0 || contentType.rfind("text/", 0) == 0;
}

}  // namespace

/// What the server's list of connections needs from one (plain or TLS).
class SessionBase {
public:
    virtual ~SessionBase() = default;
    virtual void shutdownIfIdle() = 0;
};

struct HttpServer::Impl {
    ServerConfig config;
    Router router;
    Metrics& metrics;
    RequestLimits limits;
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    std::optional<ssl::context> tls;
    std::atomic<bool> stopping{false};
    std::uint16_t boundPort = 0;
    std::mutex sessionsMutex;
    std::set<std::shared_ptr<SessionBase>> sessions;

    Impl(ServerConfig c, Router r, Metrics& m)
        : config(std::move(c)), router(std::move(r)), metrics(m) {
        limits.maxBodyBytes = config.maxBodyBytes;
        limits.trustedProxies = config.trustedProxies;
    }
    void accept();
    void remove(const std::shared_ptr<SessionBase>& s) {
        std::lock_guard lock(sessionsMutex);
        sessions.erase(s);
    }
};

namespace {

/// One connection: read a request, answer it, repeat while kept alive.
/// `Stream` is beast::tcp_stream, or an ssl_stream over one for HTTPS.
template <typename Stream>
class Session : public SessionBase, public std::enable_shared_from_this<Session<Stream>> {
public:
    template <typename... Args>
    explicit Session(HttpServer::Impl& server, Args&&... args)
        : stream_(std::forward<Args>(args)...), server_(server) {}

    void start() {
        net::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
            if constexpr (kTls) {
                self->lowest().expires_after(self->server_.config.readTimeout);
                self->stream_.async_handshake(ssl::stream_base::server,
                                              [self](beast::error_code ec) {
                                                  if (ec) return self->close();
                                                  self->read();
                                              });
            } else {
                self->read();
            }
        });
    }

    // Called on stop(): an idle connection (nothing of a request received) closes now;
    // one mid-request finishes it and then closes.
    void shutdownIfIdle() override {
        net::post(stream_.get_executor(), [self = this->shared_from_this()] {
            if (!self->busy_ && self->buffer_.size() == 0 &&
                !(self->parser_ && self->parser_->got_some()))
                self->close();
        });
    }

private:
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

    beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

    void read() {
        if (server_.stopping) return close();
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(server_.config.maxHeaderBytes));
        parser_->body_limit(server_.config.maxBodyBytes);
        lowest().expires_after(firstRequest_ ? server_.config.readTimeout
                                             : server_.config.idleTimeout);
        http::async_read(stream_, buffer_, *parser_,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             self->onRead(ec);
                         });
    }

    void onRead(beast::error_code ec) {
        firstRequest_ = false;
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted ||
            ec == beast::error::timeout || ec == net::error::connection_reset ||
            ec == net::error::eof || ec == ssl::error::stream_truncated)
            return close();
        if (ec == http::error::body_limit)
            return replyAndClose(
                Response::error(413, "body_too_large",
                                "the request body is larger than this server accepts (" +
                                    std::to_string(server_.config.maxBodyBytes) + " bytes)"));
        if (ec == http::error::header_limit)
            return replyAndClose(
                Response::error(431, "headers_too_large", "the request headers are too large"));
        if (ec)
            return replyAndClose(
                Response::error(400, "bad_request", "the request is not valid HTTP/1.1"));

        busy_ = true;
        const auto started = std::chrono::steady_clock::now();
        const auto& req = parser_->get();
        auto match =
            server_.router.match(std::string(req.method_string()),
                                 std::string(req.target().substr(0, req.target().find('?'))));
        Response res;
        if (match.handler) {
            try {
                beast::error_code peerError;
                const auto peer = lowest().socket().remote_endpoint(peerError);
                auto parsed = toRequest(req, peerError ? std::string() : peer.address().to_string(),
                                        server_.limits);
                if (auto* request = std::get_if<Request>(&parsed))
                    res = (*match.handler)(*request);
                else
                    res = std::get<Response>(std::move(parsed));
            } catch (const std::exception&) {
                res = Response::error(500, "internal",
                                      "something went wrong on the server; try again");
            }
        } else {
            res = match.fallback;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        server_.metrics.observeRequest(match.route, res.status, seconds);
        logEvent(res.status >= 500 ? "error" : "info", "request",
                 {{"method", std::string(req.method_string())},
                  {"route", match.route},
                  {"status", res.status},
                  {"ms", seconds * 1000}});
        const auto accept = req.find(http::field::accept_encoding);
        const bool gzipOk = accept != req.end() && acceptsGzip(accept->value());
        write(std::move(res), req.keep_alive() && !server_.stopping, gzipOk);
    }

    void replyAndClose(Response res) {
        server_.metrics.observeRequest("(rejected)", res.status, 0);
        write(std::move(res), false, false);
    }

    void write(Response res, bool keepAlive, bool gzipOk) {
        auto msg = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(res.status), 11);
        msg->set(http::field::server, "rtw-server");
        msg->set(http::field::content_type, res.contentType);
        // Everything this server returns is about people or their devices: never cached.
        msg->set(http::field::cache_control, "no-store");
        for (const auto& [k, v] : res.headers) msg->set(k, v);
        if (gzipOk && res.body.size() >= kGzipMinBytes && compressible(res.contentType)) {
            msg->body() = gzip(res.body);
            msg->set(http::field::content_encoding, "gzip");
            msg->set(http::field::vary, "Accept-Encoding");
        } else {
            msg->body() = std::move(res.body);
        }
        msg->keep_alive(keepAlive);
        msg->prepare_payload();
        lowest().expires_after(server_.config.readTimeout);
        http::async_write(
            stream_, *msg,
            [self = this->shared_from_this(), msg, keepAlive](beast::error_code ec, std::size_t) {
                self->busy_ = false;
                if (ec || !keepAlive) return self->close();
                self->read();
            });
    }

    void close() {
        if (closed_) return;
        closed_ = true;
        if constexpr (kTls) {
            // Say goodbye politely, but do not wait long for the peer's answer.
            lowest().expires_after(std::chrono::seconds(2));
            stream_.async_shutdown(
                [self = this->shared_from_this()](beast::error_code) { self->closeSocket(); });
        } else {
            closeSocket();
        }
    }

    void closeSocket() {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().socket().close(ignored);
        server_.remove(this->shared_from_this());
    }

    Stream stream_;
    HttpServer::Impl& server_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    bool busy_ = false;
    bool closed_ = false;
    bool firstRequest_ = true;
};

}  // namespace

void HttpServer::Impl::accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
        if (ec || stopping) return;  // acceptor closed by stop()
        // Registered before it starts, so a connection that fails at once is
        // removed after it was added, never before.
        const auto track = [this](const std::shared_ptr<SessionBase>& s) {
            std::lock_guard lock(sessionsMutex);
            sessions.insert(s);
        };
        if (tls) {
            auto s = std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
                *this, std::move(socket), *tls);
            track(s);
            s->start();
        } else {
            auto s = std::make_shared<Session<beast::tcp_stream>>(*this, std::move(socket));
            track(s);
            s->start();
        }
        accept();
    });
}

HttpServer::HttpServer(ServerConfig config, Router router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(router), metrics)) {}

HttpServer::~HttpServer() = default;

Status HttpServer::loadTls() {
    const auto& c = impl_->config;
    if (c.tlsCertFile.empty() && c.tlsKeyFile.empty()) return Status::ok();
    ssl::context ctx(ssl::context::tls_server);
    // TLS 1.2 or newer only.
    ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                    ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 |
                    ssl::context::single_dh_use);
    beast::error_code ec;
    ctx.use_certificate_chain_file(c.tlsCertFile, ec);
    if (ec)
        return Status::invalid(
            {{"--tls-cert", "cannot read a PEM certificate from " + c.tlsCertFile}});
    ctx.use_private_key_file(c.tlsKeyFile, ssl::context::pem, ec);
    if (ec)
        return Status::invalid(
            {{"--tls-key",
              "cannot read a PEM private key (matching the certificate) from " + c.tlsKeyFile}});
    impl_->tls.emplace(std::move(ctx));
    return Status::ok();
}

Status HttpServer::listen() {
    if (Status s = loadTls(); !s) return s;
    beast::error_code ec;
    const auto address = net::ip::make_address(impl_->config.host, ec);
    if (ec)
        return Status::invalid({{"--listen", "'" + impl_->config.host + "' is not an IP address"}});
    const tcp::endpoint endpoint(address, impl_->config.port);
    auto& a = impl_->acceptor;
    a.open(endpoint.protocol(), ec);
    if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) a.bind(endpoint, ec);
    if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return Status::error(ErrorCode::Io, "cannot listen on " + impl_->config.host + ":" +
                                                std::to_string(impl_->config.port) + ": " +
                                                ec.message());
    impl_->boundPort = a.local_endpoint().port();
    impl_->accept();
    return Status::ok();
}

std::uint16_t HttpServer::port() const {
    return impl_->boundPort;
}

bool HttpServer::tls() const {
    return impl_->tls.has_value();
}

void HttpServer::run() {
    const int n = impl_->config.threads > 0
                      ? impl_->config.threads
                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> extra;
    for (int i = 1; i < n; ++i) extra.emplace_back([this] { impl_->ioc.run(); });
    impl_->ioc.run();
    for (auto& t : extra) t.join();
}

void HttpServer::stop() {
    // The flag is set before returning, so any response written from now on
    // closes its connection; closing the listener and idle connections runs
    // on the server's own threads.
    if (impl_->stopping.exchange(true)) return;
    net::post(impl_->ioc, [this] {
        beast::error_code ignored;
        impl_->acceptor.close(ignored);
        std::set<std::shared_ptr<SessionBase>> sessions;
        {
            std::lock_guard lock(impl_->sessionsMutex);
            sessions = impl_->sessions;
        }
        for (const auto& s : sessions) s->shutdownIfIdle();
    });
}

}  // namespace rtw::server
