#pragma once
// gzip for HTTP bodies (zlib): requests may arrive with Content-Encoding:
// gzip, and answers are compressed when the client accepts it. Inflating is
// bounded by the decompressed size, so a small "zip bomb" cannot make the
// server allocate gigabytes before the body limit applies.

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace rtw::server {

/// The gzip stream `compressed`, inflated. InvalidArgument when it is not
/// gzip (or is truncated or has trailing bytes); Unsupported ("too large")
/// as soon as the output would pass `maxBytes`.
Result<std::string> gunzip(std::string_view compressed, std::size_t maxBytes);

/// `data` as a gzip stream (default compression level).
std::string gzip(std::string_view data);

/// True when an Accept-Encoding header value accepts gzip ("gzip",
/// "gzip, deflate", "br;q=1, gzip;q=0.5"; not "gzip;q=0").
bool acceptsGzip(std::string_view acceptEncoding);

}  // namespace rtw::server
