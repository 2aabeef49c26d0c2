#pragma once
// What every web page route does with a request before its own work: rate
// limits per client address, and for form posts the origin check, the body
// type and size. One implementation for the employer's page and the
// referral forms.

#include <optional>
#include <string>

#include "server/http/types.h"
#include "server/web/rate_limiter.h"

namespace rtw::server::web {

/// Requests a client address may make to the pages per minute: any, and
/// form posts.
struct WebLimits {
    int requestsPerMinute = 60;
    int postsPerMinute = 10;
};

/// The two limits of one group of pages.
struct WebLimiters {
    WebLimiters(const Clock& clock, const WebLimits& l)
        : requests(clock, l.requestsPerMinute, 60'000), posts(clock, l.postsPerMinute, 60'000) {}
    RateLimiter requests;
    RateLimiter posts;
};

/// A request header ("" when absent); `name` in lower case.
std::string header(const Request& req, const char* name);

/// The 429 page, with Retry-After.
Response tooMany(const RateLimiter& limiter);
/// The 503 page.
Response unavailable();

/// The last path segment after `prefix` ("/r/{token}" -> token); empty
/// when the rest holds a '/'.
std::string tokenAfter(const Request& req, std::string_view prefix);

/// The origin a form post must come from: `publicUrl` when configured, else
/// the scheme and the Host header.
std::string expectedOrigin(const Request& req, const std::string& publicUrl, bool tls);

/// Nullopt when a GET may go on; else the 429 answer.
std::optional<Response> limitGet(WebLimiters& limiters, const Request& req);
/// Nullopt when a form post may be read: within the limits, from this site
/// (Origin and Sec-Fetch-Site), form-encoded and at most `maxBytes`; else
/// the answer that refuses it.
std::optional<Response> checkFormPost(WebLimiters& limiters, const Request& req,
                                      const std::string& origin, std::size_t maxBytes,
                                      const std::string& tooLongMessage);

}  // namespace rtw::server::web
