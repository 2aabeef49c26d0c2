// HTTPS: the real server with --tls-cert/--tls-key, on loopback, with a
// self-signed certificate made here; a client that trusts it signs in and
// syncs, plain HTTP to the same port gets nowhere, and bad files are named.
#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <cstdio>

#include "temp_dir.h"
#include "test_server.h"

namespace rtw::server {
namespace {

using nlohmann::json;

/// A self-signed certificate for 127.0.0.1 (EC P-256) and its key, as PEM files.
void makeCertificate(const std::string& certFile, const std::string& keyFile) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    ASSERT_NE(key, nullptr);
    X509* cert = X509_new();
    ASSERT_EQ(X509_set_version(cert, 2), 1);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("rtw test"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (const auto& [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1"},
                                     std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        ASSERT_NE(ext, nullptr);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    ASSERT_GT(X509_sign(cert, key, EVP_sha256()), 0);
    FILE* c = std::fopen(certFile.c_str(), "w");
    PEM_write_X509(c, cert);
    std::fclose(c);
    FILE* k = std::fopen(keyFile.c_str(), "w");
    PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(k);
    X509_free(cert);
    EVP_PKEY_free(key);
}

class Tls : public ::testing::Test {
protected:
    void SetUp() override {
        cert = (dir.path() / "cert.pem").string();
        key = (dir.path() / "key.pem").string();
        makeCertificate(cert, key);
    }
    testing::TempDir dir;
    std::string cert, key;
};

TEST_F(Tls, AClientThatTrustsTheCertificateSignsInAndSyncs) {
    testsupport::TestServerOptions o;
    o.tlsCertFile = cert;
    o.tlsKeyFile = key;
    // Plain text to a TLS port looks like the start of a long TLS record: the
    // server waits for the rest until its read timeout, kept short here.
    o.readTimeout = std::chrono::seconds(1);
    testsupport::TestServer server(o);
    EXPECT_EQ(server.baseUrl().rfind("https://127.0.0.1:", 0), 0u);
    auto ann = server.signIn(server.adviser());  // over TLS
    const std::string caseId = server.createCase(ann);
    auto c = server.client(ann.accessToken);
    auto pulled = c.pull();
    ASSERT_EQ(pulled.status, 200);
    EXPECT_EQ(pulled.json()["scopes"], json::array({caseId}));
    // Plain HTTP to the TLS port: no answer a client could mistake for one.
    testsupport::HttpClient plain("127.0.0.1", server.port());
    EXPECT_ANY_THROW(plain.request("GET", "/healthz"));
}

TEST_F(Tls, AClientThatDoesNotTrustItRefusesToTalk) {
    testsupport::TestServerOptions o;
    o.tlsCertFile = cert;
    o.tlsKeyFile = key;
    testsupport::TestServer server(o);
    const std::string otherCert = (dir.path() / "other.pem").string();
    makeCertificate(otherCert, (dir.path() / "other-key.pem").string());
    testsupport::HttpClient wrongTrust("127.0.0.1", server.port(), otherCert);
    EXPECT_ANY_THROW(wrongTrust.request("GET", "/healthz"));
}

TEST_F(Tls, UnreadableFilesStopTheServerWithTheFlagNamed) {
    testsupport::TestServerOptions o;
    o.tlsCertFile = cert;
    o.tlsKeyFile = (dir.path() / "missing.pem").string();
    try {
        testsupport::TestServer server(o);
        ADD_FAILURE() << "started without its key";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("--tls-key"), std::string::npos) << e.what();
    }
    o.tlsCertFile = key;  // a key is not a certificate
    o.tlsKeyFile = key;
    try {
        testsupport::TestServer server(o);
        ADD_FAILURE() << "started with a key as its certificate";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("--tls-cert"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace rtw::server
