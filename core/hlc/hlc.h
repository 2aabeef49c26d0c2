#pragma once
// Hybrid logical clock (Kulkarni et al.): physical milliseconds plus a logical
// counter, with the device id as the final tie-break. Every field write gets
// one; merge picks the greater. Unlike wall time alone, an HLC never goes
// backwards on one device and always orders a change after what it saw.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "util/clock.h"
#include "util/status.h"

namespace rtw {

struct Hlc {
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    std::string node;  ///< device id; breaks ties between equal (wall, counter)

    /// Fixed-width text form "wwwwwwwwwwww-cccc-node" (hex), so comparing the
    /// strings compares the clocks; this is how HLCs are stored and sent.
    std::string toString() const;
    static std::optional<Hlc> parse(std::string_view text);

    auto operator<=>(const Hlc&) const = default;
};

/// Issues HLCs for one device.
class HlcClock {
public:
    /// Remote clocks further ahead than this are refused, so one device with a
    /// wrong date cannot drag every other clock into the future.
    static constexpr std::int64_t kMaxDriftMs = 24LL * 3600 * 1000;

    HlcClock(std::string node, const Clock& clock) : node_(std::move(node)), clock_(clock) {}

    /// The timestamp for a local event.
    Hlc now();
    /// Folds in a timestamp seen from another device (so later local writes order after it).
    Status observe(const Hlc& remote);
    /// Resume from the greatest HLC already persisted (at start-up).
    void restore(const Hlc& last);
    const std::string& node() const { return node_; }

private:
    std::string node_;
    const Clock& clock_;
    std::int64_t lastWall_ = 0;
    std::uint32_t lastCounter_ = 0;
};

}  // namespace rtw
