#pragma once
// What a route handler sees and returns: a parsed request and a response,
// independent of Beast so handlers (and their tests) stay simple.

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace rtw::server {

struct Request {
    std::string method;  ///< "GET", "POST", ...
    std::string path;    ///< without the query string
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers;  ///< names lower-cased
    std::string body;                            ///< decoded: a gzip body arrives inflated
    std::string remoteAddress;                   ///< the peer's IP address (a proxy's, behind one)
    /// The body came gzip-compressed (its Content-Encoding header is removed
    /// once inflated, since `body` is no longer in that coding).
    bool bodyWasGzip = false;
};

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;

    static Response json(int status, const nlohmann::json& body);
    /// The one error shape every endpoint uses:
    /// {"error": {"code": "body_too_large", "message": "..."}}.
    static Response error(int status, const std::string& code, const std::string& message);
};

}  // namespace rtw::server
