#include "fault_proxy.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <map>
#include <sstream>

namespace rtw::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

const char* faultName(Fault f) {
    switch (f) {
        case Fault::None:
            return "none";
        case Fault::DropRequest:
            return "drop_request";
        case Fault::DropAnswer:
            return "drop_answer";
        case Fault::Delay:
            return "delay";
        case Fault::TruncateAnswer:
            return "truncate_answer";
        case Fault::ResetBefore:
            return "reset_before";
        case Fault::ResetAfter:
            return "reset_after";
        case Fault::Duplicate:
            return "duplicate";
        case Fault::Error503:
            return "error_503";
        case Fault::Error502After:
            return "error_502_after";
        case Fault::RestartServer:
            return "restart_server";
    }
    return "?";
}

namespace {

using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

struct Decision {
    Fault fault = Fault::None;
    int delayMs = 0;
    double cut = 0.5;  ///< fraction of the answer sent before truncating
};

std::optional<Response> forward(std::uint16_t port, Request req) {
    try {
        net::io_context ioc;
        tcp::socket up(ioc);
        up.connect({net::ip::make_address("127.0.0.1"), port});
        req.keep_alive(false);
        http::write(up, req);
        beast::flat_buffer buf;
        http::response_parser<http::string_body> parser;
        parser.body_limit(512u * 1024 * 1024);
        http::read(up, buf, parser);
        beast::error_code ec;
        up.shutdown(tcp::socket::shutdown_both, ec);
        return parser.release();
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

Response errorAnswer(unsigned status, const Request& req) {
    Response res{static_cast<http::status>(status), req.version()};
    res.set(http::field::content_type, "application/json");
    res.body() = R"({"error":{"code":"unavailable","message":"injected fault"}})";
    res.keep_alive(req.keep_alive());
    res.prepare_payload();
    return res;
}

void reset(tcp::socket& s) {
    beast::error_code ec;
    s.set_option(net::socket_base::linger(true, 0), ec);
    s.close(ec);
}

void closeQuietly(tcp::socket& s) {
    beast::error_code ec;
    s.shutdown(tcp::socket::shutdown_both, ec);
    s.close(ec);
}

}  // namespace

struct FaultProxy::Impl {
    FaultProxy* self;
    std::function<std::uint16_t()> upstreamPort;
    std::function<void()> restart;
    FaultOdds odds;
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    std::thread acceptThread;
    mutable std::mutex mutex;
    std::mt19937_64 rng;
    std::vector<std::string> log;
    std::vector<std::shared_ptr<tcp::socket>> sockets;
    std::vector<std::thread> workers;
    bool stopping = false;
    std::mutex restartMutex;
    std::function<void(const std::string&, int)> answerHook;
    std::map<std::string, int> answered;

    void answered_(const Request& req) {
        std::function<void(const std::string&, int)> hook;
        std::string key = std::string(req.method_string()) + " " +
                          std::string(req.target().substr(0, req.target().find('?')));
        int index = 0;
        {
            std::lock_guard lock(mutex);
            hook = answerHook;
            index = answered[key]++;
        }
        if (hook) hook(key, index);
    }

    Decision decide(const Request& req) {
        std::lock_guard lock(mutex);
        Decision d;
        std::uniform_real_distribution<double> u(0, 1);
        const double roll = u(rng);
        const int pick = static_cast<int>(u(rng) * 10);
        d.delayMs = 1 + static_cast<int>(u(rng) * odds.maxDelayMs);
        d.cut = u(rng);
        if (self->enabled_ && roll < odds.faultRate) {
            static constexpr Fault kinds[] = {
                Fault::DropRequest,   Fault::DropAnswer,   Fault::Delay,     Fault::TruncateAnswer,
                Fault::ResetBefore,   Fault::ResetAfter,   Fault::Duplicate, Fault::Error503,
                Fault::Error502After, Fault::RestartServer};
            d.fault = kinds[pick];
            ++self->faults_;
        }
        log.push_back(std::string(req.method_string()) + " " + std::string(req.target()) + ": " +
                      faultName(d.fault));
        return d;
    }

    void serve(std::shared_ptr<tcp::socket> client) {
        beast::flat_buffer buf;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(512u * 1024 * 1024);
            beast::error_code ec;
            http::read(*client, buf, parser, ec);
            if (ec) break;
            Request req = parser.release();
            const Decision d = decide(req);
            const std::uint16_t port = upstreamPort();
            std::optional<Response> res;
            switch (d.fault) {
                case Fault::DropRequest:
                    closeQuietly(*client);
                    return;
                case Fault::ResetBefore:
                    reset(*client);
                    return;
                case Fault::Error503:
                    http::write(*client, errorAnswer(503, req), ec);
                    if (ec || !req.keep_alive()) return closeQuietly(*client);
                    continue;
                case Fault::Delay:
                    std::this_thread::sleep_for(std::chrono::milliseconds(d.delayMs));
                    break;
                case Fault::RestartServer: {
                    std::lock_guard lock(restartMutex);
                    restart();
                    break;
                }
                default:
                    break;
            }
            const std::uint16_t target = d.fault == Fault::RestartServer ? upstreamPort() : port;
            if (d.fault == Fault::Duplicate) {
                // Two copies racing into the server; the device hears the second.
                std::optional<Response> first;
                std::thread other([&] { first = forward(target, req); });
                res = forward(target, req);
                other.join();
            } else {
                res = forward(target, req);
            }
            if (!res) res = errorAnswer(502, req);
            switch (d.fault) {
                case Fault::DropAnswer:
                    closeQuietly(*client);
                    return;
                case Fault::ResetAfter:
                    reset(*client);
                    return;
                case Fault::Error502After:
                    res = errorAnswer(502, req);
                    break;
                case Fault::TruncateAnswer: {
                    res->keep_alive(false);
                    std::ostringstream wire;
                    wire << *res;
                    const std::string bytes = wire.str();
                    const auto n =
                        static_cast<std::size_t>(d.cut * static_cast<double>(bytes.size() - 1));
                    net::write(*client, net::buffer(bytes.data(), n), ec);
                    closeQuietly(*client);
                    return;
                }
                default:
                    break;
            }
            res->keep_alive(req.keep_alive());
            http::write(*client, *res, ec);
            if (!ec) answered_(req);
            if (ec || !req.keep_alive()) return closeQuietly(*client);
        }
        closeQuietly(*client);
    }

    void acceptLoop() {
        for (;;) {
            auto sock = std::make_shared<tcp::socket>(ioc);
            beast::error_code ec;
            acceptor.accept(*sock, ec);
            std::lock_guard lock(mutex);
            if (stopping || ec) return;
            sockets.push_back(sock);
            workers.emplace_back([this, sock] { serve(sock); });
        }
    }
};

FaultProxy::FaultProxy(std::function<std::uint16_t()> upstreamPort, std::function<void()> restart,
                       std::uint64_t seed, FaultOdds odds)
    : impl_(std::make_unique<Impl>()) {
    impl_->self = this;
    impl_->upstreamPort = std::move(upstreamPort);
    impl_->restart = std::move(restart);
    impl_->odds = odds;
    impl_->rng.seed(seed);
    tcp::endpoint ep{net::ip::make_address("127.0.0.1"), 0};
    impl_->acceptor.open(ep.protocol());
    impl_->acceptor.set_option(net::socket_base::reuse_address(true));
    impl_->acceptor.bind(ep);
    impl_->acceptor.listen();
    port_ = impl_->acceptor.local_endpoint().port();
    impl_->acceptThread = std::thread([this] { impl_->acceptLoop(); });
}

FaultProxy::~FaultProxy() {
    stop();
}

void FaultProxy::stop() {
    if (!impl_->acceptThread.joinable()) return;
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
        for (auto& s : impl_->sockets) {
            beast::error_code ec;
            s->shutdown(tcp::socket::shutdown_both, ec);
        }
    }
    // Wake the blocking accept with a connection of our own.
    try {
        net::io_context ioc;
        tcp::socket poke(ioc);
        poke.connect({net::ip::make_address("127.0.0.1"), port_});
    } catch (const std::exception&) {
    }
    impl_->acceptThread.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(impl_->mutex);
        workers.swap(impl_->workers);
    }
    for (auto& w : workers) w.join();
    beast::error_code ec;
    impl_->acceptor.close(ec);
}

void FaultProxy::onAnswer(std::function<void(const std::string&, int)> hook) {
    std::lock_guard lock(impl_->mutex);
    impl_->answerHook = std::move(hook);
}

std::vector<std::string> FaultProxy::log() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->log;
}

}  // namespace rtw::testing
