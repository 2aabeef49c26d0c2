// The HTTP layer of rtw-server on loopback: routing, JSON errors, limits,
// keep-alive, and graceful shutdown with a request in flight.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <future>
#include <thread>

#include "server/http/http_server.h"
#include "server/ops_routes.h"

namespace rtw::server {
namespace {

namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

// A real server on 127.0.0.1 with an ephemeral port, run on its own thread.
class ServerFixture {
public:
    ServerFixture(Router router, Metrics& metrics, ServerConfig config = {}) {
        config.port = 0;
        config.threads = 2;
        server_ = std::make_unique<HttpServer>(config, std::move(router), metrics);
        const Status s = server_->listen();
        EXPECT_TRUE(s.isOk()) << s.message();
        thread_ = std::thread([this] { server_->run(); });
    }
    ~ServerFixture() { stopAndWait(); }
    void stopAndWait() {
        if (!thread_.joinable()) return;
        server_->stop();
        thread_.join();
    }
    HttpServer& server() { return *server_; }
    std::uint16_t port() { return server_->port(); }

private:
    std::unique_ptr<HttpServer> server_;
    std::thread thread_;
};

struct Client {
    net::io_context ioc;
    tcp::socket socket{ioc};
    explicit Client(std::uint16_t port) {
        socket.connect({net::ip::make_address("127.0.0.1"), port});
    }

    http::response<http::string_body> send(http::verb verb, const std::string& target,
                                           const std::string& body = "", bool keepAlive = true) {
        http::request<http::string_body> req(verb, target, 11);
        req.set(http::field::host, "localhost");
        req.keep_alive(keepAlive);
        req.body() = body;
        req.prepare_payload();
        http::write(socket, req);
        return receive();
    }
    http::response<http::string_body> receive() {
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        http::read(socket, buffer, parser);
        return parser.release();
    }
    void sendRaw(const std::string& bytes) { net::write(socket, net::buffer(bytes)); }
    bool closedByServer() {
        char c;
        boost::system::error_code ec;
        socket.read_some(net::buffer(&c, 1), ec);
        return ec == net::error::eof || ec == net::error::connection_reset;
    }
};

nlohmann::json errorOf(const http::response<http::string_body>& res) {
    return nlohmann::json::parse(res.body()).at("error");
}

Router opsRouter(Metrics& metrics, bool ready = true) {
    Router r;
    addOpsRoutes(r, metrics, [ready] {
        return ready ? Status::ok() : Status::error(ErrorCode::Io, "the database does not answer");
    });
    r.add("POST", "/v1/echo", [](const Request& req) {
        return Response::json(200, {{"bytes", req.body.size()}, {"query", req.query}});
    });
    r.add("GET", "/v1/throws",
          [](const Request&) -> Response { throw std::runtime_error("boom"); });
    return r;
}

TEST(HttpServer, HealthReadyAndMetrics) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    auto health = c.send(http::verb::get, "/healthz");
    EXPECT_EQ(health.result_int(), 200);
    EXPECT_EQ(nlohmann::json::parse(health.body())["status"], "ok");
    EXPECT_EQ(health[http::field::cache_control], "no-store");
    EXPECT_EQ(c.send(http::verb::get, "/readyz").result_int(), 200);
    auto metrics = c.send(http::verb::get, "/metrics");
    EXPECT_NE(metrics.body().find("rtw_http_requests_total{route=\"/healthz\",status=\"200\"} 1"),
              std::string::npos)
        << metrics.body();
    EXPECT_NE(metrics.body().find("rtw_http_request_duration_seconds_count{route=\"/readyz\"} 1"),
              std::string::npos);
}

TEST(HttpServer, NotReadyWhenTheDatabaseDoesNotAnswer) {
    Metrics m;
    ServerFixture f(opsRouter(m, /*ready=*/false), m);
    Client c(f.port());
    auto res = c.send(http::verb::get, "/readyz");
    EXPECT_EQ(res.result_int(), 503);
    EXPECT_EQ(errorOf(res)["code"], "not_ready");
}

TEST(HttpServer, UnknownPathAndWrongMethodGetJsonErrors) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    auto missing = c.send(http::verb::get, "/v1/nothing-here");
    EXPECT_EQ(missing.result_int(), 404);
    EXPECT_EQ(errorOf(missing)["code"], "not_found");
    auto wrong = c.send(http::verb::delete_, "/healthz");
    EXPECT_EQ(wrong.result_int(), 405);
    EXPECT_FALSE(errorOf(wrong)["message"].get<std::string>().empty());
}

TEST(HttpServer, KeepAliveServesManyRequestsOnOneConnection) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    for (int i = 0; i < 5; ++i) {
        auto res =
            c.send(http::verb::post, "/v1/echo?n=" + std::to_string(i) + "&x=a%20b", "hello");
        ASSERT_EQ(res.result_int(), 200);
        auto j = nlohmann::json::parse(res.body());
        EXPECT_EQ(j["bytes"], 5);
        EXPECT_EQ(j["query"]["n"], std::to_string(i));
        EXPECT_EQ(j["query"]["x"], "a b");
    }
}

TEST(HttpServer, OversizeBodyIs413AndTheConnectionCloses) {
    Metrics m;
    ServerConfig config;
    config.maxBodyBytes = 4096;
    ServerFixture f(opsRouter(m), m, config);
    Client c(f.port());
    auto res = c.send(http::verb::post, "/v1/echo", std::string(5000, 'x'));
    EXPECT_EQ(res.result_int(), 413);
    EXPECT_EQ(errorOf(res)["code"], "body_too_large");
    EXPECT_TRUE(c.closedByServer());
    Client again(f.port());
    EXPECT_EQ(again.send(http::verb::post, "/v1/echo", std::string(4096, 'x')).result_int(), 200);
}

TEST(HttpServer, OversizeHeadersAre431) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    c.sendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
    auto res = c.receive();
    EXPECT_EQ(res.result_int(), 431);
    EXPECT_EQ(errorOf(res)["code"], "headers_too_large");
}

TEST(HttpServer, MalformedRequestIs400) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    c.sendRaw("THIS IS NOT HTTP\r\n\r\n");
    auto res = c.receive();
    EXPECT_EQ(res.result_int(), 400);
    EXPECT_EQ(errorOf(res)["code"], "bad_request");
    EXPECT_TRUE(c.closedByServer());
}

TEST(HttpServer, AHandlerFailureIs500WithoutDetails) {
    Metrics m;
    ServerFixture f(opsRouter(m), m);
    Client c(f.port());
    auto res = c.send(http::verb::get, "/v1/throws");
    EXPECT_EQ(res.result_int(), 500);
    EXPECT_EQ(res.body().find("boom"), std::string::npos) << "exception text must not leak";
    EXPECT_EQ(c.send(http::verb::get, "/healthz").result_int(), 200) << "the server carries on";
}

TEST(HttpServer, GracefulStopFinishesTheRequestInFlight) {
    std::promise<void> entered, release;
    auto releaseFuture = release.get_future().share();
    Router r;
    r.add("POST", "/v1/slow", [&entered, releaseFuture](const Request&) {
        entered.set_value();
        releaseFuture.wait();  // held until the test has called stop()
        return Response::json(200, {{"done", true}});
    });
    Metrics m;
    ServerFixture f(std::move(r), m);
    Client idle(f.port());  // connected, never sends: must not hold up shutdown
    Client busy(f.port());
    auto answer = std::async(std::launch::async,
                             [&] { return busy.send(http::verb::post, "/v1/slow", "{}"); });
    entered.get_future().wait();
    f.server().stop();
    release.set_value();
    auto res = answer.get();
    EXPECT_EQ(res.result_int(), 200);
    EXPECT_EQ(nlohmann::json::parse(res.body())["done"], true);
    EXPECT_FALSE(res.keep_alive()) << "a stopping server closes after answering";
    f.stopAndWait();  // run() returns: idle connection closed, nothing left
    EXPECT_TRUE(idle.closedByServer());
    boost::system::error_code ec;
    net::io_context ioc;
    tcp::socket late(ioc);
    late.connect({net::ip::make_address("127.0.0.1"), f.port()}, ec);
    EXPECT_TRUE(ec) << "no new connections after stop";
}

}  // namespace
}  // namespace rtw::server
