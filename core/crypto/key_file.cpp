#include "crypto/key_file.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "util/atomic_file.h"

namespace rtw::crypto {
namespace {

std::string toBase64(const std::vector<std::uint8_t>& bytes) {
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // drop the terminating NUL
    return out;
}

bool fromBase64(const std::string& text, std::vector<std::uint8_t>& out) {
    out.assign(text.size(), 0);
    size_t len = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    out.resize(len);
    return true;
}

Status damaged(const std::string& why) {
    return Status::error(ErrorCode::Corrupt,
                         "the key file is damaged (" + why + "); it has been left untouched");
}

}  // namespace

std::string KeyFile::associatedData() const {
    return "rtw-keyfile/" + std::to_string(kVersion) + "/argon2id13/" + std::to_string(opsLimit) +
           "/" + std::to_string(memLimit) + "/" + toBase64(salt);
}

Result<KeyFile> KeyFile::load(const std::filesystem::path& path) {
    auto text = readWholeFile(path);
    if (!text) return text.status();
    auto j = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return damaged("not JSON");
    if (j.value("format", "") != "rtw-keyfile")
        return Status::error(ErrorCode::NotOurFile,
                             "the key file is not one of this app's key files");
    if (!j.contains("version") || !j["version"].is_number_integer()) return damaged("no version");
    if (j["version"].get<int>() != kVersion)
        return Status::error(
            ErrorCode::Unsupported,
            "the key file was written by a newer version of the app; update the app");
    try {
        KeyFile k;
        const auto& kdf = j.at("kdf");
        if (kdf.at("alg").get<std::string>() != "argon2id13") return damaged("unknown KDF");
        k.opsLimit = kdf.at("opslimit").get<std::uint64_t>();
        k.memLimit = kdf.at("memlimit").get<std::size_t>();
        const auto& wrap = j.at("wrap");
        if (wrap.at("alg").get<std::string>() != "xchacha20poly1305-ietf")
            return damaged("unknown cipher");
        if (!fromBase64(kdf.at("salt").get<std::string>(), k.salt) ||
            !fromBase64(wrap.at("nonce").get<std::string>(), k.nonce) ||
            !fromBase64(wrap.at("ciphertext").get<std::string>(), k.wrappedKey))
            return damaged("bad base64");
        if (k.salt.size() != crypto_pwhash_SALTBYTES ||
            k.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            k.wrappedKey.size() != 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES)
            return damaged("wrong field sizes");
        if (k.opsLimit < crypto_pwhash_OPSLIMIT_MIN || k.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            k.memLimit > (std::size_t{1} << 31))
            return damaged("KDF limits out of range");
        const auto& attempts = j.at("attempts");
        k.failedAttempts = attempts.at("failed").get<int>();
        k.lockedUntilMs = attempts.at("lockedUntilMs").get<std::int64_t>();
        if (k.failedAttempts < 0) return damaged("negative attempt count");
        return k;
    } catch (const nlohmann::json::exception&) {
        return damaged("missing or mistyped fields");
    }
}

Status KeyFile::save(const std::filesystem::path& path) const {
    nlohmann::json j = {
        {"format", "rtw-keyfile"},
        {"version", kVersion},
        {"kdf",
         {{"alg", "argon2id13"},
          {"opslimit", opsLimit},
          {"memlimit", memLimit},
          {"salt", toBase64(salt)}}},
        {"wrap",
         {{"alg", "xchacha20poly1305-ietf"},
          {"nonce", toBase64(nonce)},
          {"ciphertext", toBase64(wrappedKey)}}},
        {"attempts", {{"failed", failedAttempts}, {"lockedUntilMs", lockedUntilMs}}},
    };
    return writeFileAtomically(path, j.dump(2) + "\n");
}

}  // namespace rtw::crypto
