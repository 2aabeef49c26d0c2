#pragma once
// Secrets handed to clients (tokens, invite codes) and how they are stored:
// only as SHA-256 hashes, so reading the database does not let anyone sign in.

#include <string>
#include <string_view>

namespace rtw::server {

/// 256 random bits from the OS CSPRNG, as URL-safe base64 without padding.
std::string newToken();
/// Lower-case hex SHA-256 of `secret`.
std::string sha256Hex(std::string_view secret);

/// A patient invite code: 10 characters of Crockford base32 (no I, L, O or U,
/// so nothing is ambiguous to read aloud or type), shown as "ABCDE-FGHJK".
std::string newInviteCode();
/// What the person typed, in canonical form: upper-case, without spaces or
/// hyphens, O read as 0 and I/L as 1. Empty when it cannot be a code.
std::string normaliseInviteCode(std::string_view typed);

}  // namespace rtw::server
