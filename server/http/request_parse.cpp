#include "server/http/request_parse.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <cctype>

#include "server/http/gzip.h"

namespace rtw::server {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

int fromHex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// The canonical text of an IP address, or empty when it is not one.
std::string canonicalIp(std::string_view text) {
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(std::string(text), ec);
    if (ec) return {};
    return address.to_string();
}

bool isTrusted(const std::string& address, const std::vector<std::string>& trusted) {
    return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

void parseQuery(std::string_view rest, std::map<std::string, std::string>& query) {
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        const auto eq = pair.find('=');
        if (!pair.empty())
            query[percentDecode(pair.substr(0, eq))] =
                eq == std::string_view::npos ? "" : percentDecode(pair.substr(eq + 1));
        if (amp == std::string_view::npos) break;
        rest = rest.substr(amp + 1);
    }
}

}  // namespace

std::string percentDecode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
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

std::string clientAddress(const std::string& peer, std::string_view forwardedFor,
                          const std::vector<std::string>& trustedProxies) {
    if (forwardedFor.empty() || !isTrusted(peer, trustedProxies)) return peer;
    // Each proxy appends the address it received from; read from the right
    // and stop at the first hop we do not run ourselves.
    std::string leftmost = peer;
    while (!forwardedFor.empty()) {
        const auto comma = forwardedFor.rfind(',');
        const std::string_view hop =
            trim(comma == std::string_view::npos ? forwardedFor : forwardedFor.substr(comma + 1));
        forwardedFor =
            comma == std::string_view::npos ? std::string_view() : forwardedFor.substr(0, comma);
        const std::string address = canonicalIp(hop);
        if (address.empty()) return leftmost;  // garbage: trust nothing further left
        if (!isTrusted(address, trustedProxies)) return address;
        leftmost = address;
    }
    return leftmost;
}

std::variant<Request, Response> toRequest(const BeastRequest& req, const std::string& peer,
                                          const RequestLimits& limits) {
    Request r;
    r.method = std::string(req.method_string());
    const std::string_view target = req.target();
    const auto q = target.find('?');
    r.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) parseQuery(target.substr(q + 1), r.query);
    for (const auto& h : req) {
        std::string name = lower(h.name_string());
        auto [it, fresh] = r.headers.emplace(std::move(name), std::string(h.value()));
        if (!fresh) it->second += ", " + std::string(h.value());  // repeated: one list
    }
    r.remoteAddress = peer;
    if (auto xff = r.headers.find("x-forwarded-for"); xff != r.headers.end())
        r.remoteAddress = clientAddress(peer, xff->second, limits.trustedProxies);

    const auto encoding = r.headers.find("content-encoding");
    const std::string coding =
        encoding == r.headers.end() ? std::string() : lower(trim(encoding->second));
    if (coding.empty() || coding == "identity") {
        r.body = req.body();
    } else if (coding == "gzip" || coding == "x-gzip") {
        auto body = gunzip(req.body(), limits.maxBodyBytes);
        if (!body) {
            if (body.status().code() == ErrorCode::Unsupported)
                return Response::error(413, "body_too_large", body.status().message());
            return Response::error(400, "bad_request", body.status().message());
        }
        r.body = std::move(*body);
        // Handlers see the body as decoded; a header still saying gzip
        // would describe bytes they never get.
        r.headers.erase("content-encoding");
        r.bodyWasGzip = true;
    } else {
        return Response::error(415, "unsupported_encoding",
                               "the request body's Content-Encoding must be gzip or none");
    }
    return r;
}

}  // namespace rtw::server
