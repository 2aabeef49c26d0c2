// The libcurl transport against a real HTTP server on loopback (rtw-server's
// HTTP layer with test routes): gzip both ways, keep-alive, timeouts,
// cancellation, and refusing plain http to anything but loopback.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "server/http/http_server.h"
#include "sync/curl_transport.h"

namespace rtw::sync {
namespace {

using namespace std::chrono_literals;
using server::Request;
using server::Response;

class LoopbackServer {
public:
    explicit LoopbackServer(server::Router router) {
        server::ServerConfig config;
        config.port = 0;
        config.threads = 2;
        server_ = std::make_unique<server::HttpServer>(config, std::move(router), metrics_);
        const Status s = server_->listen();
        EXPECT_TRUE(s.isOk()) << s.message();
        thread_ = std::thread([this] { server_->run(); });
    }
    ~LoopbackServer() {
        server_->stop();
        thread_.join();
    }
    std::string url(const std::string& path) const {
        return "http://127.0.0.1:" + std::to_string(server_->port()) + path;
    }

private:
    server::Metrics metrics_;
    std::unique_ptr<server::HttpServer> server_;
    std::thread thread_;
};

server::Router testRoutes() {
    server::Router r;
    // Echoes what arrived: body size as received, and its encoding.
    r.add("POST", "/echo", [](const Request& req) {
        // rtw-server's HTTP layer has already inflated a gzip body.
        const std::string& body = req.body;
        const bool gz = req.bodyWasGzip;
        const auto proto = req.headers.find("x-rtw-protocol");
        return Response::json(200, {{"received", req.body.size()},
                                    {"body", body},
                                    {"gzip", gz},
                                    {"protocol", proto == req.headers.end() ? "" : proto->second}});
    });
    // A large, compressible answer, gzipped when the client accepts it.
    r.add("GET", "/big", [](const Request& req) {
        Response res;
        res.body = std::string(200'000, 'a');
        res.contentType = "text/plain";
        const auto acc = req.headers.find("accept-encoding");
        if (acc != req.headers.end() && acc->second.find("gzip") != std::string::npos) {
            res.body = gzipCompress(res.body);
            res.headers["Content-Encoding"] = "gzip";
        }
        return res;
    });
    r.add("GET", "/slow", [](const Request&) {
        std::this_thread::sleep_for(600ms);
        return Response::json(200, {{"ok", true}});
    });
    r.add("GET", "/fail", [](const Request&) {
        auto res = Response::error(503, "unavailable", "try later");
        res.headers["Retry-After"] = "7";
        return res;
    });
    return r;
}

TEST(CurlTransport, GzipsLargeBodiesAndDecodesGzippedAnswers) {
    LoopbackServer server(testRoutes());
    CurlTransport t;
    const std::string big(50'000, 'x');
    HttpRequest req{"POST", server.url("/echo"), {{"X-RTW-Protocol", "1"}}, big};
    auto res = t.send(req);
    ASSERT_TRUE(res.ok()) << res.errorMessage;
    ASSERT_EQ(res.status, 200);
    auto j = nlohmann::json::parse(res.body);
    EXPECT_TRUE(j["gzip"].get<bool>()) << "sent with Content-Encoding: gzip";
    EXPECT_TRUE(j["body"] == big) << "and arrived whole";
    EXPECT_LT(gzipCompress(big).size(), 1'000u) << "50 kB of x compresses";
    EXPECT_EQ(j["protocol"], "1");

    HttpRequest small{"POST", server.url("/echo"), {}, "{}"};
    auto j2 = nlohmann::json::parse(t.send(small).body);
    EXPECT_FALSE(j2["gzip"].get<bool>()) << "tiny bodies are not worth compressing";

    auto bigAnswer = t.send({"GET", server.url("/big"), {}, ""});
    ASSERT_TRUE(bigAnswer.ok());
    EXPECT_EQ(bigAnswer.body, std::string(200'000, 'a'));
}

TEST(CurlTransport, KeepsTheConnectionAlive) {
    LoopbackServer server(testRoutes());
    CurlTransport t;
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(t.send({"POST", server.url("/echo"), {}, "{}"}).status, 200);
    EXPECT_EQ(t.connectionsOpened(), 1);
}

TEST(CurlTransport, HeadersAndStatusesOfErrorsComeThrough) {
    LoopbackServer server(testRoutes());
    CurlTransport t;
    auto res = t.send({"GET", server.url("/fail"), {}, ""});
    ASSERT_TRUE(res.ok());
    EXPECT_EQ(res.status, 503);
    EXPECT_EQ(res.header("retry-after"), "7");
}

TEST(CurlTransport, TotalTimeout) {
    LoopbackServer server(testRoutes());
    CurlOptions o;
    o.totalTimeoutMs = 150;
    CurlTransport t(o);
    const auto start = std::chrono::steady_clock::now();
    auto res = t.send({"GET", server.url("/slow"), {}, ""});
    EXPECT_EQ(res.error, NetError::Timeout);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 500ms);
}

TEST(CurlTransport, CancelAbortsTheRequestInFlightAndLaterOnes) {
    LoopbackServer server(testRoutes());
    CurlTransport t;
    std::thread canceller([&] {
        std::this_thread::sleep_for(100ms);
        t.cancel();
    });
    const auto start = std::chrono::steady_clock::now();
    auto res = t.send({"GET", server.url("/slow"), {}, ""});
    canceller.join();
    EXPECT_EQ(res.error, NetError::Cancelled);
    EXPECT_LT(std::chrono::steady_clock::now() - start, 500ms);
    EXPECT_EQ(t.send({"POST", server.url("/echo"), {}, "{}"}).error, NetError::Cancelled);
    t.clearCancel();
    EXPECT_EQ(t.send({"POST", server.url("/echo"), {}, "{}"}).status, 200);
}

TEST(CurlTransport, NothingListeningIsAConnectError) {
    CurlTransport t;
    // Port 9 (discard) on loopback: nothing listens there in the test environment.
    auto res = t.send({"GET", "http://127.0.0.1:9/", {}, ""});
    EXPECT_EQ(res.error, NetError::Connect);
}

TEST(CurlTransport, PlainHttpOnlyToLoopback) {
    CurlTransport t;
    auto res = t.send({"GET", "http://sync.example.nhs.uk/v1/me", {}, ""});
    EXPECT_EQ(res.error, NetError::Refused);
    EXPECT_TRUE(isLoopbackUrl("http://127.0.0.1:8080/x"));
    EXPECT_TRUE(isLoopbackUrl("http://localhost/x"));
    EXPECT_TRUE(isLoopbackUrl("http://[::1]:80/"));
    EXPECT_FALSE(isLoopbackUrl("http://127.0.0.1.evil.example/"));
    EXPECT_FALSE(isLoopbackUrl("http://localhost.evil.example/"));
    EXPECT_FALSE(isLoopbackUrl("http://10.0.0.1/"));
}

TEST(CurlTransport, HttpsToAServerWithoutTlsFailsRatherThanFallingBack) {
    LoopbackServer server(testRoutes());
    CurlTransport t;
    std::string url = server.url("/echo");
    url.replace(0, 4, "https");
    auto res = t.send({"POST", url, {}, "{}"});
    EXPECT_FALSE(res.ok());
    EXPECT_TRUE(res.error == NetError::Tls || res.error == NetError::Transfer)
        << netErrorName(res.error);
}

TEST(Gzip, RoundTripsAndRejectsGarbage) {
    const std::string text = "Return to work plan, week 2: four hours a day.";
    EXPECT_EQ(gzipDecompress(gzipCompress(text)), text);
    EXPECT_EQ(gzipDecompress(gzipCompress("")), "");
    EXPECT_FALSE(gzipDecompress("not gzip at all").has_value());
    std::string truncated = gzipCompress(std::string(10'000, 'q'));
    truncated.resize(truncated.size() / 2);
    EXPECT_FALSE(gzipDecompress(truncated).has_value());
}

}  // namespace
}  // namespace rtw::sync
