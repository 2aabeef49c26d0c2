#pragma once
// Scores are kept as whole numbers of the smallest reported unit (tenths for
// PEG) while they are computed and compared. Doubles would put 6.05 on either
// side of a band edge depending on how it was reached; integers cannot.
// Internal to core/questionnaire.

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace rtw::questionnaire::detail {

inline std::int64_t pow10(int decimals) {
    std::int64_t p = 1;
    for (int i = 0; i < decimals; ++i) {
        p *= 10;
    }
    return p;
}

/// round(numerator / denominator), halves away from zero; denominator > 0.
inline std::int64_t divideRounded(std::int64_t numerator, std::int64_t denominator) {
    const std::int64_t twice = 2 * (numerator < 0 ? -numerator : numerator) + denominator;
    const std::int64_t magnitude = twice / (2 * denominator);
    return numerator < 0 ? -magnitude : magnitude;
}

/// A sum (method "sum") or mean (method "mean", count items) of answers, in
/// units of 10^-decimals.
inline std::int64_t scaledResult(std::int64_t sum, std::int64_t count, bool mean, int decimals) {
    return divideRounded(sum * pow10(decimals), mean ? count : 1);
}

/// `value` in units of 10^-decimals, or nothing if it is not a whole number of
/// them (a band edge of 4.25 on a one-decimal score).
inline std::optional<std::int64_t> toScaled(double value, int decimals) {
    const double scaled = value * static_cast<double>(pow10(decimals));
    const double rounded = std::round(scaled);
    if (std::fabs(scaled - rounded) > 1e-6) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(rounded);
}

inline double fromScaled(std::int64_t scaled, int decimals) {
    return static_cast<double>(scaled) / static_cast<double>(pow10(decimals));
}

/// "6.0" for 60 at one decimal. Built from integers so the locale cannot turn
/// the point into a comma and a double cannot print 5.999999.
inline std::string formatScaled(std::int64_t scaled, int decimals) {
    const std::int64_t p = pow10(decimals);
    const std::int64_t magnitude = scaled < 0 ? -scaled : scaled;
    std::string out = (scaled < 0 ? "-" : "") + std::to_string(magnitude / p);
    if (decimals > 0) {
        std::string fraction = std::to_string(magnitude % p);
        out +=
            "." + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
    }
    return out;
}

}  // namespace rtw::questionnaire::detail
