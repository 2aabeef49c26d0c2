#include "server/server_config.h"

#include <boost/asio/ip/address.hpp>

#include <charconv>
#include <string_view>

namespace rtw::server {
namespace {

Status bad(const std::string& flag, const std::string& what) {
    return Status::invalid({{flag, what}});
}

template <typename T>
bool parseNumber(const std::string& s, T& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

Status apply(ServerConfig& c, const std::string& key, const std::string& value) {
    if (key == "--listen") return parseListen(value, c);
    if (key == "--db") {
        if (value.rfind("sqlite:", 0) != 0 && value.rfind("postgresql://", 0) != 0 &&
            value.rfind("postgres://", 0) != 0)
            return bad("--db", "must be sqlite:PATH or postgresql://...");
        if (value == "sqlite:")
            return bad("--db", "sqlite: needs a file path, e.g. sqlite:rtw-server.db");
        c.db = value;
        return Status::ok();
    }
    if (key == "--db-key-file") {
        if (value.empty()) return bad("--db-key-file", "needs a file path");
        c.dbKeyFile = value;
        return Status::ok();
    }
    if (key == "--threads") {
        if (!parseNumber(value, c.threads) || c.threads < 1 || c.threads > 256)
            return bad("--threads", "must be a whole number from 1 to 256");
        return Status::ok();
    }
    if (key == "--max-body-bytes") {
        if (!parseNumber(value, c.maxBodyBytes) || c.maxBodyBytes < 1024 ||
            c.maxBodyBytes > 256u * 1024 * 1024)
            return bad("--max-body-bytes", "must be a whole number from 1024 to 268435456");
        return Status::ok();
    }
    if (key == "--tls-cert" || key == "--tls-key") {
        if (value.empty()) return bad(key, "needs a file path");
        (key == "--tls-cert" ? c.tlsCertFile : c.tlsKeyFile) = value;
        return Status::ok();
    }
    if (key == "--trusted-proxy") {
        std::string_view rest = value;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            std::string address(rest.substr(0, comma));
            while (!address.empty() && address.front() == ' ') address.erase(0, 1);
            while (!address.empty() && address.back() == ' ') address.pop_back();
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            boost::system::error_code ec;
            const auto ip = boost::asio::ip::make_address(address, ec);
            if (ec) return bad(key, "'" + address + "' is not an IP address");
            c.trustedProxies.push_back(ip.to_string());
        }
        return Status::ok();
    }
    if (key == "--public-url") {
        std::string url = value;
        while (!url.empty() && url.back() == '/') url.pop_back();
        const bool schemed = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
        if (!schemed || url.find_first_of("?# ") != std::string::npos ||
            url.size() <= std::string_view("https://").size())
            return bad(key,
                       "must be the server's address as people reach it, e.g. "
                       "https://rtw.example.nhs.uk");
        c.publicUrl = url;
        return Status::ok();
    }
    return bad(key, "is not an option rtw-server knows");
}

}  // namespace

Status parseListen(const std::string& text, ServerConfig& c) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0)
        return bad("--listen", "must be HOST:PORT, e.g. 127.0.0.1:8080");
    std::string host = text.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    unsigned port = 0;
    if (!parseNumber(text.substr(colon + 1), port) || port > 65535)
        return bad("--listen", "port must be a number from 0 to 65535 (0 picks a free one)");
    c.host = host;
    c.port = static_cast<std::uint16_t>(port);
    return Status::ok();
}

Result<ServerConfig> parseServerConfig(
    const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& env) {
    ServerConfig c;
    static const std::pair<const char*, const char*> kEnv[] = {
        {"RTW_LISTEN", "--listen"},
        {"RTW_DB", "--db"},
        {"RTW_DB_KEY_FILE", "--db-key-file"},
        {"RTW_THREADS", "--threads"},
        {"RTW_MAX_BODY_BYTES", "--max-body-bytes"},
        {"RTW_TLS_CERT", "--tls-cert"},
        {"RTW_TLS_KEY", "--tls-key"},
        {"RTW_TRUSTED_PROXIES", "--trusted-proxy"},
        {"RTW_PUBLIC_URL", "--public-url"}};
    for (const auto& [name, value] : env)
        for (const auto& [var, flag] : kEnv)
            if (name == var) {
                if (Status s = apply(c, flag, value); !s)
                    return s.withContext(std::string("environment variable ") + var);
            }
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string key = args[i], value;
        if (const auto eq = key.find('='); eq != std::string::npos) {
            value = key.substr(eq + 1);
            key = key.substr(0, eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            return bad(key, "needs a value");
        }
        if (Status s = apply(c, key, value); !s) return s;
    }
    if (c.tlsCertFile.empty() != c.tlsKeyFile.empty())
        return bad(c.tlsCertFile.empty() ? "--tls-cert" : "--tls-key",
                   "HTTPS needs both --tls-cert and --tls-key");
    return c;
}

}  // namespace rtw::server
