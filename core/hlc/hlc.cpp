#include "hlc/hlc.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace rtw {

namespace {
constexpr std::uint32_t kMaxCounter = 0xFFFF;
}

std::string Hlc::toString() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%012llx-%04x-", static_cast<unsigned long long>(wallMs),
                  static_cast<unsigned>(counter));
    return buf + node;
}

std::optional<Hlc> Hlc::parse(std::string_view text) {
    if (text.size() < 19 || text[12] != '-' || text[17] != '-') return std::nullopt;
    Hlc h;
    unsigned long long wall = 0;
    unsigned counter = 0;
    auto r1 = std::from_chars(text.data(), text.data() + 12, wall, 16);
    auto r2 = std::from_chars(text.data() + 13, text.data() + 17, counter, 16);
    if (r1.ec != std::errc{} || r1.ptr != text.data() + 12 || r2.ec != std::errc{} ||
        r2.ptr != text.data() + 17)
        return std::nullopt;
    h.wallMs = static_cast<std::int64_t>(wall);
    h.counter = counter;
    h.node = std::string(text.substr(18));
    if (h.node.empty()) return std::nullopt;
    return h;
}

Hlc HlcClock::now() {
    const std::int64_t physical = clock_.nowMs();
    if (physical > lastWall_) {
        lastWall_ = physical;
        lastCounter_ = 0;
    } else if (++lastCounter_ > kMaxCounter) {
        // 65,536 events in one millisecond: borrow the next millisecond.
        ++lastWall_;
        lastCounter_ = 0;
    }
    return Hlc{lastWall_, lastCounter_, node_};
}

Status HlcClock::observe(const Hlc& remote) {
    const std::int64_t physical = clock_.nowMs();
    if (remote.wallMs > physical + kMaxDriftMs)
        return Status::error(ErrorCode::InvalidArgument,
                             "a change is dated more than a day in the future; check the date and "
                             "time on the device that made it");
    const std::int64_t wall = std::max({physical, lastWall_, remote.wallMs});
    if (wall == lastWall_ && wall == remote.wallMs) {
        lastCounter_ = std::max(lastCounter_, remote.counter) + 1;
    } else if (wall == lastWall_) {
        ++lastCounter_;
    } else if (wall == remote.wallMs) {
        lastCounter_ = remote.counter + 1;
    } else {
        lastCounter_ = 0;
    }
    lastWall_ = wall;
    if (lastCounter_ > kMaxCounter) {
        ++lastWall_;
        lastCounter_ = 0;
    }
    return Status::ok();
}

void HlcClock::restore(const Hlc& last) {
    if (last.wallMs > lastWall_ || (last.wallMs == lastWall_ && last.counter > lastCounter_)) {
        lastWall_ = last.wallMs;
        lastCounter_ = last.counter;
    }
}

}  // namespace rtw
