#include "server/http/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace rtw::server {
namespace {

constexpr int kGzipWindowBits = 15 + 16;  // 15-bit window, gzip header and trailer
constexpr std::size_t kChunk = 64 * 1024;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

Result<std::string> gunzip(std::string_view compressed, std::size_t maxBytes) {
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindowBits) != Z_OK)
        return Status::error(ErrorCode::Internal, "cannot start decompressing");
    std::string out;
    std::array<unsigned char, kChunk> buffer{};
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(compressed.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = buffer.data();
        zs.avail_out = static_cast<uInt>(buffer.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return Status::error(ErrorCode::InvalidArgument,
                                 "the request body is not valid gzip data");
        }
        const std::size_t produced = buffer.size() - zs.avail_out;
        if (out.size() + produced > maxBytes) {
            inflateEnd(&zs);
            return Status::error(ErrorCode::Unsupported,
                                 "the request body is larger than this server accepts (" +
                                     std::to_string(maxBytes) + " bytes, uncompressed)");
        }
        out.append(reinterpret_cast<const char*>(buffer.data()), produced);
        // Input used up without the end of the stream: truncated.
        if (rc == Z_OK && zs.avail_in == 0 && produced == 0) {
            inflateEnd(&zs);
            return Status::error(ErrorCode::InvalidArgument,
                                 "the request body is not valid gzip data (truncated)");
        }
    }
    const bool trailing = zs.avail_in != 0;
    inflateEnd(&zs);
    if (trailing)
        return Status::error(ErrorCode::InvalidArgument,
                             "the request body is not valid gzip data (bytes after its end)");
    return out;
}

std::string gzip(std::string_view data) {
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY);
    std::string out;
    out.resize(deflateBound(&zs, static_cast<uLong>(data.size())) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);  // the bound guarantees one call suffices
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

bool acceptsGzip(std::string_view header) {
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        const auto semi = item.find(';');
        const std::string_view coding = trim(item.substr(0, semi));
        if (!equalsIgnoringCase(coding, "gzip") && coding != "*") continue;
        if (semi == std::string_view::npos) return true;
        std::string_view param = trim(item.substr(semi + 1));
        if (param.size() >= 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
            param = trim(param.substr(2));
            // q=0, q=0.0, q=0.000 refuse; anything else accepts.
            const bool zero = !param.empty() && param[0] == '0' &&
                              param.find_first_not_of("0.", 0) == std::string_view::npos;
            return !zero;
        }
        return true;
    }
    return false;
}

}  // namespace rtw::server
