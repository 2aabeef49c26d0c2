// The request-side pieces of the HTTP layer without sockets: gzip both ways
// (with its bounds), Accept-Encoding, query and header parsing, and which
// address rate limits see behind a proxy.
#include <gtest/gtest.h>

#include "server/api/api_support.h"
#include "server/http/gzip.h"
#include "server/http/metrics.h"
#include "server/http/request_parse.h"

namespace rtw::server {
namespace {

namespace http = boost::beast::http;

BeastRequest request(const std::string& target, const std::string& body = {}) {
    BeastRequest r{http::verb::post, target, 11};
    r.body() = body;
    r.prepare_payload();
    return r;
}

TEST(Gzip, RoundTripsAndBoundsTheInflatedSize) {
    const std::string text(100000, 'x');
    const std::string packed = gzip(text);
    EXPECT_LT(packed.size(), 1000u);
    auto back = gunzip(packed, text.size());
    ASSERT_TRUE(back) << back.status().message();
    EXPECT_EQ(*back, text);
    auto tooBig = gunzip(packed, text.size() - 1);
    ASSERT_FALSE(tooBig);
    EXPECT_EQ(tooBig.status().code(), ErrorCode::Unsupported);
    EXPECT_EQ(gunzip(packed.substr(0, packed.size() / 2), 1 << 20).status().code(),
              ErrorCode::InvalidArgument)
        << "truncated";
    EXPECT_EQ(gunzip(packed + "junk", 1 << 20).status().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(gunzip("", 1 << 20).status().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(*gunzip(gzip(""), 10), "");
}

TEST(Gzip, AcceptEncoding) {
    EXPECT_TRUE(acceptsGzip("gzip"));
    EXPECT_TRUE(acceptsGzip("deflate, GZIP"));
    EXPECT_TRUE(acceptsGzip("br;q=1.0, gzip;q=0.5"));
    EXPECT_TRUE(acceptsGzip("*"));
    EXPECT_FALSE(acceptsGzip("gzip;q=0"));
    EXPECT_FALSE(acceptsGzip("gzip; q=0.000"));
    EXPECT_FALSE(acceptsGzip("deflate, br"));
    EXPECT_FALSE(acceptsGzip(""));
    EXPECT_FALSE(acceptsGzip("xgzip"));
}

TEST(RequestParse, QueryHeadersAndBody) {
    auto r = request("/v1/sync/pull?cursor=12&limit=5&x=a%20b+c&flag&=v&bad=%zz");
    r.insert("X-Thing", "one");
    r.insert("x-thing", "two");
    auto parsed = toRequest(r, "127.0.0.1", {});
    const auto& req = std::get<Request>(parsed);
    EXPECT_EQ(req.path, "/v1/sync/pull");
    EXPECT_EQ(req.query.at("cursor"), "12");
    EXPECT_EQ(req.query.at("x"), "a b c");
    EXPECT_EQ(req.query.at("flag"), "");
    EXPECT_EQ(req.query.at("bad"), "%zz");
    EXPECT_EQ(req.headers.at("x-thing"), "one, two") << "repeated headers are one list";
}

TEST(RequestParse, GzipBodiesAreInflatedWithinTheLimit) {
    auto r = request("/v1/sync/push", gzip("{\"operations\": []}"));
    r.set(http::field::content_encoding, "gzip");
    auto ok = toRequest(r, "127.0.0.1", {});
    EXPECT_EQ(std::get<Request>(ok).body, "{\"operations\": []}");
    EXPECT_EQ(std::get<Request>(ok).headers.count("content-encoding"), 0u)
        << "handlers get the decoded body, so no header may say it is gzip";
    EXPECT_TRUE(std::get<Request>(ok).bodyWasGzip);
    auto bomb = request("/v1/sync/push", gzip(std::string(1 << 20, ' ')));
    bomb.set(http::field::content_encoding, "gzip");
    RequestLimits small;
    small.maxBodyBytes = 1000;
    auto refused = toRequest(bomb, "127.0.0.1", small);
    EXPECT_EQ(std::get<Response>(refused).status, 413);
    r.set(http::field::content_encoding, "compress");
    EXPECT_EQ(std::get<Response>(toRequest(r, "127.0.0.1", {})).status, 415);
}

TEST(RequestParse, ForwardedForIsBelievedOnlyFromTrustedProxies) {
    const std::vector<std::string> proxies = {"10.0.0.1", "10.0.0.2"};
    EXPECT_EQ(clientAddress("203.0.113.9", "198.51.100.1", proxies), "203.0.113.9")
        << "anyone can send the header";
    EXPECT_EQ(clientAddress("10.0.0.1", "198.51.100.1", proxies), "198.51.100.1");
    EXPECT_EQ(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.1", proxies), "198.51.100.1")
        << "the client's own claim on the left is not believed";
    EXPECT_EQ(clientAddress("10.0.0.1", "198.51.100.1, 10.0.0.2", proxies), "198.51.100.1")
        << "through two proxies";
    EXPECT_EQ(clientAddress("10.0.0.1", "garbage", proxies), "10.0.0.1");
    EXPECT_EQ(clientAddress("10.0.0.1", "", proxies), "10.0.0.1");
    EXPECT_EQ(clientAddress("10.0.0.1", "2001:DB8::1", proxies), "2001:db8::1");
}

TEST(ApiSupport, JsonDepthIsBoundedBeforeParsing) {
    EXPECT_FALSE(api::nestsDeeperThan("{\"a\": [1, {\"b\": []}]}", 4));
    EXPECT_TRUE(api::nestsDeeperThan("{\"a\": [1, {\"b\": []}]}", 3));
    EXPECT_TRUE(api::nestsDeeperThan("[[[[1]]]]", 3));
    EXPECT_FALSE(api::nestsDeeperThan("\"[[[[[[[[\"", 3)) << "brackets in strings do not count";
    EXPECT_FALSE(api::nestsDeeperThan("[\"\\\"[[[[[[\"]", 3)) << "escaped quotes";
    Request req;
    req.body = std::string(100000, '[') + std::string(100000, ']');
    auto res = api::jsonObjectBody(req);
    EXPECT_EQ(std::get<Response>(res).status, 400) << "no stack overflow";
}

TEST(Metrics, LabelledCountersAndGaugesInPrometheusText) {
    Metrics m;
    m.describe("rtw_sync_operations_total", "Pushed operations by result.");
    m.addCounter("rtw_sync_operations_total", "result=\"accepted\"", 3);
    m.addCounter("rtw_sync_operations_total", "result=\"rejected\"");
    m.setGauge("rtw_active_devices", [] { return 7.0; });
    const std::string text = m.prometheusText();
    EXPECT_NE(text.find("# HELP rtw_sync_operations_total Pushed operations by result.\n"
                        "# TYPE rtw_sync_operations_total counter\n"
                        "rtw_sync_operations_total{result=\"accepted\"} 3\n"
                        "rtw_sync_operations_total{result=\"rejected\"} 1\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("# TYPE rtw_active_devices gauge\nrtw_active_devices 7\n"),
              std::string::npos)
        << text;
}

}  // namespace
}  // namespace rtw::server
