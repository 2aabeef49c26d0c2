// libFuzzer target: bytes as they arrive on a connection, through everything
// the server does before a handler touches the database: Beast's parser with
// the server's limits, the target/query/header/body handling (gzip included,
// bounded), the protocol header, the bearer token, the JSON body with its
// depth bound, the push and pull request shapes, the sign-in family's bodies,
// and each pushed operation's decoding, validation and merge.
// Run by scripts/fuzz (docs/testing.md, "Fuzzing").
#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"
#include "server/api/api_support.h"
#include "server/api/auth_routes.h"
#include "server/http/request_parse.h"
#include "server/sync/sync_requests.h"

namespace http = boost::beast::http;
using namespace rtw;
using namespace rtw::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(16 * 1024);
    parser.body_limit(1024 * 1024);
    parser.eager(true);
    boost::beast::error_code ec;
    std::size_t used = 0;
    while (used < size && !parser.is_done()) {
        const std::size_t n = parser.put(boost::asio::buffer(data + used, size - used), ec);
        if (ec == http::error::need_more) break;
        if (ec || n == 0) return 0;
        used += n;
    }
    if (!parser.is_done()) {
        parser.put_eof(ec);
        if (ec || !parser.is_done()) return 0;
    }
    RequestLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    limits.trustedProxies = {"127.0.0.1"};
    auto parsed = toRequest(parser.get(), "127.0.0.1", limits);
    const auto* req = std::get_if<Request>(&parsed);
    if (!req) return 0;
    (void)api::checkProtocol(*req);
    (void)api::bearerToken(*req);
    (void)parsePullQuery(req->query);
    auto body = api::jsonObjectBody(*req);
    const auto* json = std::get_if<nlohmann::json>(&body);
    if (!json) return 0;
    (void)api::readTexts(*json, {"email", "password", "deviceName"});
    (void)api::readTexts(*json, {"code", "email", "displayName", "password", "deviceName"});
    auto operations = parsePushBody(*json);
    if (!operations) return 0;
    for (const auto& op : *operations) fuzz::exerciseOperation(op);
    return 0;
}
