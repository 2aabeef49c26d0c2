#include "server/auth/tokens.h"

#include <sodium.h>

#include <array>

namespace rtw::server {
namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kInviteLength = 10;
}  // namespace

std::string newToken() {
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::string sha256Hex(std::string_view secret) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(secret.data()),
                       secret.size());
    std::string hex(2 * digest.size() + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

std::string newInviteCode() {
    std::string code;
    for (std::size_t i = 0; i < kInviteLength; ++i) {
        if (i == kInviteLength / 2) code += '-';
        code += kCrockford[randombytes_uniform(32)];
    }
    return code;
}

std::string normaliseInviteCode(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (std::string_view(kCrockford).find(c) == std::string_view::npos) return {};
        out += c;
    }
    return out.size() == kInviteLength ? out : std::string();
}

}  // namespace rtw::server
