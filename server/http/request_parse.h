#pragma once
// From what Beast parsed to the Request a handler sees: path and decoded
// query, lower-cased headers, the body inflated when it came gzip-encoded
// (bounded by the body limit), and the client's address, taken from
// X-Forwarded-For only when the peer is a configured trusted proxy.
// Separate from the connection code so the fuzz target drives it directly.

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "server/http/types.h"

namespace rtw::server {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;

struct RequestLimits {
    std::size_t maxBodyBytes = 8 * 1024 * 1024;  ///< after decompression
    /// Peers whose X-Forwarded-For is believed (a TLS proxy in front).
    std::vector<std::string> trustedProxies;
};

/// The Request, or the error Response to answer instead (415 for an unknown
/// Content-Encoding, 400 for a broken gzip body, 413 when the inflated body
/// is over the limit).
std::variant<Request, Response> toRequest(const BeastRequest& req, const std::string& peer,
                                          const RequestLimits& limits);

/// "%41+b" -> "A b" (query strings: '+' is a space). Bad escapes stay as typed.
std::string percentDecode(std::string_view s);

/// The address to rate-limit: `peer`, or when `peer` is a trusted proxy the
/// right-most address in `forwardedFor` that is not itself a trusted proxy.
std::string clientAddress(const std::string& peer, std::string_view forwardedFor,
                          const std::vector<std::string>& trustedProxies);

}  // namespace rtw::server
