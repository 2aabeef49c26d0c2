#include "crypto/key_vault.h"

#include <sodium.h>

#include <system_error>

#include "crypto/key_file.h"

namespace rtw::crypto {

KdfParams KdfParams::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimumForTests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

std::int64_t LockoutPolicy::delayMsAfter(int failures) const {
    // Free attempts cover typos; after that each failure costs more, so
    // guessing a 6-digit passcode on a stolen device takes years, while
    // an owner who mistypes a few times waits at most a few minutes.
    const int over = failures - freeAttempts;
    if (over <= 0) return 0;
    static constexpr std::int64_t kSteps[] = {30'000, 60'000, 300'000, 900'000, 3'600'000};
    constexpr int kCount = static_cast<int>(std::size(kSteps));
    return kSteps[over <= kCount ? over - 1 : kCount - 1];
}

Status checkNewPasscode(const std::string& passcode) {
    if (passcode.size() < 6)
        return Status::invalid({{"passcode", "must be at least 6 characters"}});
    if (passcode.size() > 128)
        return Status::invalid({{"passcode", "must be at most 128 characters"}});
    return Status::ok();
}

namespace {

// Derives the key-encryption key from the passcode. Runs for ~100 ms with the
// interactive limits: callers keep it off the UI thread.
Result<SecureKey> deriveKek(const std::string& passcode, const KeyFile& kf) {
    SecureKey kek;
    if (crypto_pwhash(kek.data(), SecureKey::size(), passcode.data(), passcode.size(),
                      kf.salt.data(), kf.opsLimit, kf.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Status::error(ErrorCode::Internal, "not enough memory to derive the key");
    return kek;
}

Status wrap(const SecureKey& dataKey, const std::string& passcode, KeyFile& kf) {
    kf.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(kf.salt.data(), kf.salt.size());
    kf.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(kf.nonce.data(), kf.nonce.size());
    auto kek = deriveKek(passcode, kf);
    if (!kek) return kek.status();
    const std::string ad = kf.associatedData();
    kf.wrappedKey.resize(SecureKey::size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(kf.wrappedKey.data(), &len, dataKey.data(),
                                               SecureKey::size(),
                                               reinterpret_cast<const unsigned char*>(ad.data()),
                                               ad.size(), nullptr, kf.nonce.data(), kek->data());
    return Status::ok();
}

}  // namespace

KeyVault::KeyVault(std::filesystem::path keyFile, const Clock& clock, KdfParams kdf,
                   LockoutPolicy policy, std::function<void()> onWipe)
    : keyFile_(std::move(keyFile)),
      clock_(clock),
      kdf_(kdf),
      policy_(policy),
      onWipe_(std::move(onWipe)) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

bool KeyVault::exists() const {
    std::error_code ec;
    return std::filesystem::exists(keyFile_, ec);
}

int KeyVault::failedAttempts() const {
    auto kf = KeyFile::load(keyFile_);
    return kf ? kf->failedAttempts : 0;
}

std::int64_t KeyVault::lockedUntilMs() const {
    auto kf = KeyFile::load(keyFile_);
    return kf ? kf->lockedUntilMs : 0;
}

Result<SecureKey> KeyVault::create(const std::string& passcode) {
    if (Status s = checkNewPasscode(passcode); !s) return s;
    if (exists())
        return Status::error(ErrorCode::AlreadyExists, "a key already exists on this device");
    KeyFile kf;
    kf.opsLimit = kdf_.opsLimit;
    kf.memLimit = kdf_.memLimit;
    SecureKey dataKey = SecureKey::random();
    if (Status s = wrap(dataKey, passcode, kf); !s) return s;
    if (Status s = kf.save(keyFile_); !s) return s;
    return dataKey;
}

Result<SecureKey> KeyVault::unlock(const std::string& passcode) {
    if (!exists())
        return Status::error(ErrorCode::NotFound, "there is no data on this device to unlock");
    auto loaded = KeyFile::load(keyFile_);
    if (!loaded) return loaded.status();
    KeyFile& kf = *loaded;

    const auto now = clock_.nowMs();
    if (now < kf.lockedUntilMs) {
        const auto seconds = (kf.lockedUntilMs - now + 999) / 1000;
        return Status::error(ErrorCode::LockedOut, "too many wrong passcodes; try again in " +
                                                       std::to_string(seconds) + " seconds");
    }

    auto kek = deriveKek(passcode, kf);
    if (!kek) return kek.status();
    SecureKey dataKey;
    const std::string ad = kf.associatedData();
    unsigned long long len = 0;
    const bool opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
                            dataKey.data(), &len, nullptr, kf.wrappedKey.data(),
                            kf.wrappedKey.size(), reinterpret_cast<const unsigned char*>(ad.data()),
                            ad.size(), kf.nonce.data(), kek->data()) == 0;
    if (opened) {
        if (kf.failedAttempts != 0 || kf.lockedUntilMs != 0) {
            kf.failedAttempts = 0;
            kf.lockedUntilMs = 0;
            if (Status s = kf.save(keyFile_); !s) return s;
        }
        return dataKey;
    }

    kf.failedAttempts += 1;
    if (kf.failedAttempts >= policy_.wipeAfter) {
        // Destroying the wrapped key makes the encrypted data unreadable for good.
        std::error_code ec;
        std::filesystem::remove(keyFile_, ec);
        if (onWipe_) onWipe_();
        return Status::error(ErrorCode::LockedOut,
                             "too many wrong passcodes: the data on this device has been erased; "
                             "sign in again to download it from the server");
    }
    kf.lockedUntilMs = now + policy_.delayMsAfter(kf.failedAttempts);
    if (Status s = kf.save(keyFile_); !s) return s;
    const int left = policy_.wipeAfter - kf.failedAttempts;
    return Status::error(ErrorCode::WrongPasscode,
                         "wrong passcode; " + std::to_string(left) +
                             (left == 1 ? " attempt" : " attempts") +
                             " left before the data on this device is erased");
}

Status KeyVault::changePasscode(const std::string& oldPasscode, const std::string& newPasscode) {
    if (Status s = checkNewPasscode(newPasscode); !s) return s;
    auto dataKey = unlock(oldPasscode);
    if (!dataKey) return dataKey.status();
    auto kf = KeyFile::load(keyFile_);
    if (!kf) return kf.status();
    kf->opsLimit = kdf_.opsLimit;
    kf->memLimit = kdf_.memLimit;
    if (Status s = wrap(*dataKey, newPasscode, *kf); !s) return s;
    return kf->save(keyFile_);
}

}  // namespace rtw::crypto
