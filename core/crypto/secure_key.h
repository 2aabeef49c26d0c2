#pragma once
// A 256-bit key held in locked memory that is wiped when it goes away.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace rtw::crypto {

constexpr std::size_t kKeyBytes = 32;

/// Owns key bytes in sodium_malloc'd memory (guard pages, mlock'd, not in
/// core dumps where the OS allows) and zeroes them on destruction.
/// Move-only: a key has exactly one owner.
class SecureKey {
public:
    SecureKey();
    ~SecureKey();
    SecureKey(SecureKey&& other) noexcept;
    SecureKey& operator=(SecureKey&& other) noexcept;
    SecureKey(const SecureKey&) = delete;
    SecureKey& operator=(const SecureKey&) = delete;

    /// A fresh key from the OS CSPRNG.
    static SecureKey random();

    std::uint8_t* data() { return bytes_; }
    const std::uint8_t* data() const { return bytes_; }
    static constexpr std::size_t size() { return kKeyBytes; }
    bool valid() const { return bytes_ != nullptr; }

private:
    std::uint8_t* bytes_ = nullptr;
};

/// A string whose bytes are zeroed when it is destroyed; for passcodes and hex keys.
class SecureString {
public:
    SecureString() = default;
    explicit SecureString(std::string s) : s_(std::move(s)) {}
    ~SecureString();
    SecureString(SecureString&& o) noexcept : s_(std::move(o.s_)) {}
    SecureString(const SecureString&) = delete;
    SecureString& operator=(const SecureString&) = delete;
    SecureString& operator=(SecureString&&) = delete;
    const std::string& str() const { return s_; }
    std::string& str() { return s_; }

private:
    std::string s_;
};

}  // namespace rtw::crypto
