#include "server/http/http_server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "server/server_log.h"

namespace rtw::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

int fromHex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && fromHex(s[i + 1]) >= 0 &&
                   fromHex(s[i + 2]) >= 0) {
            out += static_cast<char>(fromHex(s[i + 1]) * 16 + fromHex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

Request toRequest(const http::request<http::string_body>& req) {
    Request r;
    r.method = std::string(req.method_string());
    const std::string_view target = req.target();
    const auto q = target.find('?');
    r.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) {
        std::string_view rest = target.substr(q + 1);
        while (!rest.empty()) {
            const auto amp = rest.find('&');
            const std::string_view pair = rest.substr(0, amp);
            const auto eq = pair.find('=');
            r.query[percentDecode(pair.substr(0, eq))] =
                eq == std::string_view::npos ? "" : percentDecode(pair.substr(eq + 1));
            if (amp == std::string_view::npos) break;
            rest = rest.substr(amp + 1);
        }
    }
    for (const auto& h : req)
        r.headers[lower(std::string(h.name_string()))] = std::string(h.value());
    r.body = req.body();
    return r;
}

}  // namespace

class Session;

struct HttpServer::Impl {
    ServerConfig config;
    Router router;
    Metrics& metrics;
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    std::atomic<bool> stopping{false};
    std::uint16_t boundPort = 0;
    std::mutex sessionsMutex;
    std::set<std::shared_ptr<Session>> sessions;

    Impl(ServerConfig c, Router r, Metrics& m)
        : config(std::move(c)), router(std::move(r)), metrics(m) {}
    void accept();
    void remove(const std::shared_ptr<Session>& s) {
        std::lock_guard lock(sessionsMutex);
        sessions.erase(s);
    }
};

// One connection: read a request, answer it, repeat while kept alive.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, HttpServer::Impl& server)
        : stream_(std::move(socket)), server_(server) {}

    void start() {
        net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
    }

    // Called on stop(): an idle connection (nothing of a request received) closes now;
    // one mid-request finishes it and then closes.
    void shutdownIfIdle() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            if (!self->busy_ && self->buffer_.size() == 0 &&
                !(self->parser_ && self->parser_->got_some()))
                self->close();
        });
    }

private:
    void read() {
        if (server_.stopping) return close();
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(server_.config.maxHeaderBytes));
        parser_->body_limit(server_.config.maxBodyBytes);
        stream_.expires_after(firstRequest_ ? server_.config.readTimeout
                                            : server_.config.idleTimeout);
        http::async_read(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec) {
        firstRequest_ = false;
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted ||
            ec == beast::error::timeout || ec == net::error::connection_reset ||
            ec == net::error::eof)
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
                Request request = toRequest(req);
                beast::error_code peerError;
                const auto peer = stream_.socket().remote_endpoint(peerError);
                if (!peerError) request.remoteAddress = peer.address().to_string();
                res = (*match.handler)(request);
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
        write(std::move(res), req.keep_alive() && !server_.stopping);
    }

    void replyAndClose(Response res) {
        server_.metrics.observeRequest("(rejected)", res.status, 0);
        write(std::move(res), false);
    }

    void write(Response res, bool keepAlive) {
        auto msg = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(res.status), 11);
        msg->set(http::field::server, "rtw-server");
        msg->set(http::field::content_type, res.contentType);
        // Everything this server returns is about people or their devices: never cached.
        msg->set(http::field::cache_control, "no-store");
        for (const auto& [k, v] : res.headers) msg->set(k, v);
        msg->body() = std::move(res.body);
        msg->keep_alive(keepAlive);
        msg->prepare_payload();
        stream_.expires_after(server_.config.readTimeout);
        http::async_write(
            stream_, *msg,
            [self = shared_from_this(), msg, keepAlive](beast::error_code ec, std::size_t) {
                self->busy_ = false;
                if (ec || !keepAlive) return self->close();
                self->read();
            });
    }

    void close() {
        if (closed_) return;
        closed_ = true;
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream_.socket().close(ignored);
        server_.remove(shared_from_this());
    }

    beast::tcp_stream stream_;
    HttpServer::Impl& server_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    bool busy_ = false;
    bool closed_ = false;
    bool firstRequest_ = true;
};

void HttpServer::Impl::accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
        if (ec || stopping) return;  // acceptor closed by stop()
        auto session = std::make_shared<Session>(std::move(socket), *this);
        {
            std::lock_guard lock(sessionsMutex);
            sessions.insert(session);
        }
        session->start();
        accept();
    });
}

HttpServer::HttpServer(ServerConfig config, Router router, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(router), metrics)) {}

HttpServer::~HttpServer() = default;

Status HttpServer::listen() {
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
        std::set<std::shared_ptr<Session>> sessions;
        {
            std::lock_guard lock(impl_->sessionsMutex);
            sessions = impl_->sessions;
        }
        for (const auto& s : sessions) s->shutdownIfIdle();
    });
}

}  // namespace rtw::server
