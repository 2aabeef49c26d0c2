// TLS: the transport verifies the server's certificate. A server whose
// certificate the device does not trust is refused; with the deployment's
// CA file (a private deployment's own CA) the same server is accepted.
// The certificate is made here, for 127.0.0.1, with OpenSSL.
#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <filesystem>

#include "sync/api_client.h"
#include "sync/curl_transport.h"
#include "test_server.h"
#include "util/random_id.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;

// A self-signed certificate for 127.0.0.1 (its own CA), written as PEM files.
bool makeCertificate(const fs::path& certFile, const fs::path& keyFile) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key) return false;
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert),
                    3600L * 24 * 365 * 5);  // the test clock may run ahead
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1"},
                              std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(cert, key, EVP_sha256());
    FILE* c = std::fopen(certFile.c_str(), "w");
    FILE* k = std::fopen(keyFile.c_str(), "w");
    const bool ok = c && k && PEM_write_X509(c, cert) &&
                    PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr);
    if (c) std::fclose(c);
    if (k) std::fclose(k);
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}

TEST(Tls, TheServerCertificateIsVerifiedAndAPrivateCaCanBeTrusted) {
    const fs::path dir = fs::temp_directory_path() / ("rtw-tls-" + newUuid());
    fs::create_directories(dir);
    ASSERT_TRUE(makeCertificate(dir / "cert.pem", dir / "key.pem"));
    testsupport::TestServerOptions o;
    o.tlsCertFile = (dir / "cert.pem").string();
    o.tlsKeyFile = (dir / "key.pem").string();
    testsupport::TestServer server(o);
    ASSERT_EQ(server.baseUrl().rfind("https://", 0), 0u);

    sync::CurlTransport untrusting;
    auto refused = untrusting.send({"GET", server.baseUrl() + "/healthz", {}, ""});
    EXPECT_EQ(refused.error, sync::NetError::Tls) << refused.errorMessage;

    sync::CurlOptions withCa;
    withCa.caFile = (dir / "cert.pem").string();
    sync::CurlTransport trusting(withCa);
    auto ok = trusting.send({"GET", server.baseUrl() + "/healthz", {}, ""});
    ASSERT_TRUE(ok.ok()) << ok.errorMessage;
    EXPECT_EQ(ok.status, 200);
    // And the sync API works over it.
    sync::ApiClient api(trusting, server.baseUrl());
    auto session = api.signIn(server.adviser().email, server.adviser().password, "tablet");
    EXPECT_TRUE(session.ok()) << session.error.message;
    std::error_code ec;
    fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace rtw::testing
