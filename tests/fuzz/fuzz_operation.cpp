// libFuzzer target: one pushed operation as JSON text (bounded nesting, as
// the server parses bodies), decoded by core/protocol, validated and
// normalised by the model registry, and merged (create, update, delete).
// Run by scripts/fuzz (docs/testing.md, "Fuzzing").
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "server/api/api_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (rtw::server::api::nestsDeeperThan(text, rtw::server::api::kMaxJsonDepth)) return 0;
    auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return 0;
    rtw::fuzz::exerciseOperation(json);
    return 0;
}
