#include "model/dates.h"

#include <cstdio>

namespace rtw::model {
namespace {

using namespace std::chrono;

constexpr std::string_view kDateShape = "must be a date written YYYY-MM-DD, e.g. 2026-03-14";
constexpr std::string_view kTimestampShape =
    "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-03-14T09:30:00Z";

Status invalid(std::string_view message) {
    return Status::error(ErrorCode::InvalidArgument, std::string(message));
}

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int toInt(std::string_view s) {
    int n = 0;
    for (char c : s) n = n * 10 + (c - '0');
    return n;
}

std::string twoDigits(unsigned n) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02u", n % 100U);
    return buf;
}

// Shared by both input forms so the messages are the same everywhere.
Result<Date> makeDate(int y, int m, int d) {
    if (y < kMinYear || y > kMaxYear) {
        return invalid("must be a date in a year from " + std::to_string(kMinYear) + " to " +
                       std::to_string(kMaxYear));
    }
    if (m < 1 || m > 12) {
        return invalid("must be a real date: there is no month " + std::to_string(m));
    }
    const Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (d < 1 || !date.ok()) {
        return invalid("must be a real date: " + twoDigits(static_cast<unsigned>(d)) + "/" +
                       twoDigits(static_cast<unsigned>(m)) + "/" + std::to_string(y) +
                       " does not exist");
    }
    return date;
}

constexpr std::int64_t kMsPerDay = 86'400'000;

std::int64_t daysSinceEpoch(Date date) {
    return sys_days{date}.time_since_epoch().count();
}

}  // namespace

bool isValidDate(Date date) {
    const int y = static_cast<int>(date.year());
    return date.ok() && y >= kMinYear && y <= kMaxYear;
}

bool isValidTimestamp(Timestamp t) {
    static const Timestamp lo = daysSinceEpoch(year{kMinYear} / January / 1) * kMsPerDay;
    static const Timestamp hi = (daysSinceEpoch(year{kMaxYear} / December / 31) + 1) * kMsPerDay;
    return t >= lo && t < hi;
}

Result<Date> parseIsoDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !allDigits(s.substr(0, 4)) ||
        !allDigits(s.substr(5, 2)) || !allDigits(s.substr(8, 2))) {
        return invalid(kDateShape);
    }
    return makeDate(toInt(s.substr(0, 4)), toInt(s.substr(5, 2)), toInt(s.substr(8, 2)));
}

Result<Date> parseUkDate(std::string_view s) {
    const auto a = s.find('/');
    const auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
    if (b == std::string_view::npos) return invalid("must be a date written dd/mm/yyyy");
    const auto d = s.substr(0, a), m = s.substr(a + 1, b - a - 1), y = s.substr(b + 1);
    if (d.size() > 2 || m.size() > 2 || y.size() != 4 || !allDigits(d) || !allDigits(m) ||
        !allDigits(y)) {
        return invalid("must be a date written dd/mm/yyyy");
    }
    return makeDate(toInt(y), toInt(m), toInt(d));
}

std::string formatIsoDate(Date date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::string formatUkDate(Date date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(date.day()),
                  static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
    return buf;
}

Result<Timestamp> parseTimestamp(std::string_view s) {
    // Either 20 chars (no fraction) or 24 chars (".mmm"); always ending in Z.
    const bool withMs = s.size() == 24;
    if ((s.size() != 20 && !withMs) || s.back() != 'Z' || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':' || !allDigits(s.substr(11, 2)) || !allDigits(s.substr(14, 2)) ||
        !allDigits(s.substr(17, 2)) || (withMs && (s[19] != '.' || !allDigits(s.substr(20, 3))))) {
        return invalid(kTimestampShape);
    }
    auto date = parseIsoDate(s.substr(0, 10));
    if (!date) {
        // Keep the date's own explanation ("30/02/2026 does not exist").
        return date.status().message() == kDateShape ? invalid(kTimestampShape) : date.status();
    }
    const int h = toInt(s.substr(11, 2)), mi = toInt(s.substr(14, 2)), sec = toInt(s.substr(17, 2));
    if (h > 23 || mi > 59 || sec > 59) {
        return invalid("must be a real time of day: hours 00-23, minutes and seconds 00-59");
    }
    const int ms = withMs ? toInt(s.substr(20, 3)) : 0;
    return daysSinceEpoch(*date) * kMsPerDay + ((h * 60LL + mi) * 60LL + sec) * 1000LL + ms;
}

std::string formatTimestamp(Timestamp t) {
    std::int64_t days = t / kMsPerDay;
    std::int64_t msOfDay = t % kMsPerDay;
    if (msOfDay < 0) {  // floor, not truncate, for instants before 1970
        msOfDay += kMsPerDay;
        --days;
    }
    const Date date{sys_days{std::chrono::days{days}}};
    char buf[40];
    std::snprintf(
        buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%03lldZ", formatIsoDate(date).c_str(),
        static_cast<long long>(msOfDay / 3'600'000), static_cast<long long>(msOfDay / 60'000 % 60),
        static_cast<long long>(msOfDay / 1000 % 60), static_cast<long long>(msOfDay % 1000));
    return buf;
}

Date utcDateOf(Timestamp t) {
    std::int64_t days = t / kMsPerDay;
    if (t % kMsPerDay < 0) --days;
    return Date{sys_days{std::chrono::days{days}}};
}

int daysBetween(Date from, Date to) {
    return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

}  // namespace rtw::model
