#include "crypto/secure_key.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace rtw::crypto {

SecureKey::SecureKey() {
    if (sodium_init() < 0) throw std::bad_alloc();
    bytes_ = static_cast<std::uint8_t*>(sodium_malloc(kKeyBytes));
    if (!bytes_) throw std::bad_alloc();
    sodium_memzero(bytes_, kKeyBytes);
}

SecureKey::~SecureKey() {
    if (bytes_) sodium_free(bytes_);  // sodium_free zeroes before releasing
}

SecureKey::SecureKey(SecureKey&& other) noexcept : bytes_(std::exchange(other.bytes_, nullptr)) {}

SecureKey& SecureKey::operator=(SecureKey&& other) noexcept {
    if (this != &other) {
        if (bytes_) sodium_free(bytes_);
        bytes_ = std::exchange(other.bytes_, nullptr);
    }
    return *this;
}

SecureKey SecureKey::random() {
    SecureKey k;
    randombytes_buf(k.data(), kKeyBytes);
    return k;
}

SecureString::~SecureString() {
    if (!s_.empty()) sodium_memzero(s_.data(), s_.size());
}

}  // namespace rtw::crypto
