#include "server/accounts/password.h"

#include <sodium.h>

#include <stdexcept>

#include "model/rules.h"

namespace rtw::server {
namespace {

void startSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

Status passwordError(std::string message) {
    return Status::invalid({{"password", std::move(message)}});
}

}  // namespace

Status checkPasswordRules(std::string_view password) {
    const auto length = model::utf8Length(password);
    if (!length) return passwordError("must be valid text (UTF-8)");
    if (*length < kMinPasswordLength)
        return passwordError("must be at least " + std::to_string(kMinPasswordLength) +
                             " characters");
    if (*length > kMaxPasswordLength)
        return passwordError("must be at most " + std::to_string(kMaxPasswordLength) +
                             " characters");
    return Status::ok();
}

Result<std::string> hashPassword(std::string_view password, PasswordCost cost) {
    if (Status s = checkPasswordRules(password); !s) return s;
    startSodium();
    const bool interactive = cost == PasswordCost::Interactive;
    const unsigned long long ops =
        interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const std::size_t mem =
        interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Status::error(ErrorCode::Internal, "hashing the password ran out of memory");
    }
    return std::string(out);
}

bool verifyPassword(const std::string& hash, std::string_view password) {
    startSodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string generatePassword() {
    startSodium();
    // No 0/O, 1/l/I: the password may be read aloud or copied by hand once.
    static constexpr std::string_view kAlphabet =
        "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 20; ++i)
        out += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    return out;
}

}  // namespace rtw::server
