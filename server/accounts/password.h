#pragma once
// Account passwords: the rules a new password must meet, Argon2id hashing
// (libsodium's crypto_pwhash_str, which stores salt and cost in the hash) and
// verification. The plain password is never stored or logged.

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace rtw::server {

inline constexpr std::size_t kMinPasswordLength = 12;    ///< characters (code points)
inline constexpr std::size_t kMaxPasswordLength = 1024;  ///< characters (code points)

/// How much work a hash costs. Production uses Interactive; tests use Minimum
/// so that suites hashing many passwords stay fast.
enum class PasswordCost { Interactive, Minimum };

/// OK, or InvalidArgument with a FieldError on "password": valid UTF-8, at
/// least kMinPasswordLength and at most kMaxPasswordLength characters.
Status checkPasswordRules(std::string_view password);

/// The password's rules are checked first; then an Argon2id hash string
/// ("$argon2id$v=19$m=...") with a fresh random salt.
Result<std::string> hashPassword(std::string_view password, PasswordCost cost);

/// True when `password` matches `hash`; false for any mismatch or malformed hash.
bool verifyPassword(const std::string& hash, std::string_view password);

/// A strong random password (20 characters from 56 unambiguous letters and
/// digits, about 116 bits) for accounts an administrator creates without one.
std::string generatePassword();

}  // namespace rtw::server
