#pragma once
// The on-disk form of the wrapped data key (a small JSON file, written atomically).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "util/status.h"

namespace rtw::crypto {

struct KeyFile {
    static constexpr int kVersion = 1;
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0;
    std::vector<std::uint8_t> salt;        ///< Argon2id salt
    std::vector<std::uint8_t> nonce;       ///< XChaCha20-Poly1305 nonce
    std::vector<std::uint8_t> wrappedKey;  ///< data key + 16-byte tag
    int failedAttempts = 0;
    std::int64_t lockedUntilMs = 0;

    /// The associated data that binds the KDF parameters to the wrapped key.
    std::string associatedData() const;

    static Result<KeyFile> load(const std::filesystem::path& path);
    Status save(const std::filesystem::path& path) const;
};

}  // namespace rtw::crypto
