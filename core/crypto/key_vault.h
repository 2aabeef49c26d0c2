#pragma once
// KeyVault: keeps the store's random data key wrapped under the passcode.
//
// The data key never touches disk in the clear. It is wrapped with
// XChaCha20-Poly1305 under a key-encryption key derived from the passcode with
// Argon2id; the KDF parameters and salt are bound into the AEAD's associated
// data so they cannot be swapped. Changing the passcode re-wraps the same data
// key, so the database is not re-encrypted. Failed attempts are counted in the
// key file with an escalating delay, and the key is destroyed after too many.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "crypto/secure_key.h"
#include "util/clock.h"
#include "util/status.h"

namespace rtw::crypto {

/// Argon2id cost. Production uses libsodium's "interactive" limits; tests use the minimum.
struct KdfParams {
    std::uint64_t opsLimit;
    std::size_t memLimit;
    static KdfParams interactive();
    static KdfParams minimumForTests();
};

/// How failed passcodes are punished.
struct LockoutPolicy {
    int freeAttempts = 3;  ///< wrong passcodes allowed before any delay
    int wipeAfter = 10;    ///< consecutive failures that destroy the key (and so the data)
    /// Delay imposed after the n-th consecutive failure (n > freeAttempts).
    std::int64_t delayMsAfter(int failures) const;
};

/// The passcode rules (checked when one is set or changed).
Status checkNewPasscode(const std::string& passcode);

class KeyVault {
public:
    /// @param keyFile where the wrapped key lives (beside the database).
    /// @param onWipe called after the key is destroyed for too many failures,
    ///        so the owner can remove the (now undecryptable) data files too.
    KeyVault(std::filesystem::path keyFile, const Clock& clock, KdfParams kdf,
             LockoutPolicy policy = {}, std::function<void()> onWipe = {});

    bool exists() const;

    /// Makes a new random data key wrapped under `passcode`. Fails if a key file exists.
    Result<SecureKey> create(const std::string& passcode);

    /// Unwraps the data key. Wrong passcode: WrongPasscode with the attempts left;
    /// during a delay: LockedOut with the wait; after too many: LockedOut, key destroyed.
    Result<SecureKey> unlock(const std::string& passcode);

    /// Re-wraps the data key under a new passcode (old one must be right).
    Status changePasscode(const std::string& oldPasscode, const std::string& newPasscode);

    /// Consecutive failed attempts recorded in the key file (0 if none or no file).
    int failedAttempts() const;
    /// Until when (ms since epoch) unlocking is refused after failures; 0 when it is not.
    std::int64_t lockedUntilMs() const;

private:
    std::filesystem::path keyFile_;
    const Clock& clock_;
    KdfParams kdf_;
    LockoutPolicy policy_;
    std::function<void()> onWipe_;
};

}  // namespace rtw::crypto
