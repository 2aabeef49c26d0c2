#include <gtest/gtest.h>

#include "server/server_config.h"

namespace rtw::server {
namespace {

TEST(ServerConfig, DefaultsAreEmbeddedSqliteOnLoopback) {
    auto c = parseServerConfig({}, {});
    ASSERT_TRUE(c.isOk());
    EXPECT_EQ(c->host, "127.0.0.1");
    EXPECT_EQ(c->port, 8080);
    EXPECT_EQ(c->db, "sqlite:rtw-server.db");
}

TEST(ServerConfig, FlagsOverrideEnvironment) {
    auto c = parseServerConfig({"--listen", "0.0.0.0:9000", "--db=sqlite:/srv/x.db"},
                               {{"RTW_LISTEN", "127.0.0.1:7000"},
                                {"RTW_DB", "postgresql://db/rtw"},
                                {"RTW_THREADS", "3"}});
    ASSERT_TRUE(c.isOk()) << c.status().message();
    EXPECT_EQ(c->host, "0.0.0.0");
    EXPECT_EQ(c->port, 9000);
    EXPECT_EQ(c->db, "sqlite:/srv/x.db");
    EXPECT_EQ(c->threads, 3);
}

TEST(ServerConfig, Ipv6Listen) {
    auto c = parseServerConfig({"--listen", "[::1]:8443"}, {});
    ASSERT_TRUE(c.isOk());
    EXPECT_EQ(c->host, "::1");
    EXPECT_EQ(c->port, 8443);
}

TEST(ServerConfig, BadValuesNameTheFlag) {
    struct Case {
        std::vector<std::string> args;
        std::string field;
    };
    const std::vector<Case> cases = {{{"--listen", "localhost"}, "--listen"},
                                     {{"--listen", "h:70000"}, "--listen"},
                                     {{"--db", "mysql://x"}, "--db"},
                                     {{"--db", "sqlite:"}, "--db"},
                                     {{"--threads", "0"}, "--threads"},
                                     {{"--threads", "two"}, "--threads"},
                                     {{"--max-body-bytes", "10"}, "--max-body-bytes"},
                                     {{"--bogus", "1"}, "--bogus"},
                                     {{"--tls-cert", "c.pem"}, "--tls-key"},
                                     {{"--tls-key", "k.pem"}, "--tls-cert"},
                                     {{"--trusted-proxy", "10.0.0.1,proxy"}, "--trusted-proxy"},
                                     {{"--public-url", "rtw.example.org"}, "--public-url"},
                                     {{"--public-url", "https://x.org/?a"}, "--public-url"},
                                     {{"--listen"}, "--listen"}};
    for (const auto& tc : cases) {
        auto c = parseServerConfig(tc.args, {});
        ASSERT_FALSE(c.isOk()) << tc.args[0];
        ASSERT_FALSE(c.status().fieldErrors().empty());
        EXPECT_EQ(c.status().fieldErrors()[0].field, tc.field);
    }
    auto env = parseServerConfig({}, {{"RTW_THREADS", "-1"}});
    ASSERT_FALSE(env.isOk());
    EXPECT_NE(env.status().message().find("RTW_THREADS"), std::string::npos);
}

TEST(ServerConfig, TlsAndTrustedProxies) {
    auto c = parseServerConfig({"--tls-cert", "/etc/rtw/cert.pem", "--tls-key=/etc/rtw/key.pem",
                                "--trusted-proxy", "10.0.0.1, ::1"},
                               {{"RTW_TRUSTED_PROXIES", "192.0.2.10"}});
    ASSERT_TRUE(c.isOk()) << c.status().message();
    EXPECT_EQ(c->tlsCertFile, "/etc/rtw/cert.pem");
    EXPECT_EQ(c->tlsKeyFile, "/etc/rtw/key.pem");
    EXPECT_EQ(c->trustedProxies, (std::vector<std::string>{"192.0.2.10", "10.0.0.1", "::1"}));
}

TEST(ServerConfig, PublicUrlForLinks) {
    auto c = parseServerConfig({"--public-url", "https://rtw.example.nhs.uk/"}, {});
    ASSERT_TRUE(c.isOk()) << c.status().message();
    EXPECT_EQ(c->publicUrl, "https://rtw.example.nhs.uk") << "without the trailing slash";
    auto env = parseServerConfig({}, {{"RTW_PUBLIC_URL", "http://10.0.0.5:8080"}});
    ASSERT_TRUE(env.isOk());
    EXPECT_EQ(env->publicUrl, "http://10.0.0.5:8080");
    EXPECT_EQ(parseServerConfig({}, {})->publicUrl, "");
}

}  // namespace
}  // namespace rtw::server
