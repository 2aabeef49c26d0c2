#include "model/rules.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <regex>

#include "model/uuid.h"

namespace rtw::model {

std::optional<std::size_t> utf8Length(std::string_view s) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < s.size(); ++count) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80           ? 1
                                : (c >> 5) == 0x6  ? 2
                                : (c >> 4) == 0xE  ? 3
                                : (c >> 3) == 0x1E ? 4
                                                   : 0;
        if (len == 0 || i + len > s.size()) return std::nullopt;
        for (std::size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return std::nullopt;
        }
        i += len;
    }
    return count;
}

bool isBlank(std::string_view s) {
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

bool isPlausiblePhone(std::string_view s) {
    // Digits with the punctuation people write; '+' only as the first char.
    int digits = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '+') {
            if (i != 0) return false;
        } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
            return false;
        }
    }
    return digits >= 10 && digits <= 15;
}

bool isPlausibleEmail(std::string_view s) {
    // A shape check only: one '@', something before it, a dotted domain.
    if (s.size() > 254) return false;
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 ||
        s.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto domain = s.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' ||
        domain.find("..") != std::string_view::npos) {
        return false;
    }
    for (char c : s) {
        if (static_cast<unsigned char>(c) <= ' ') return false;
    }
    return true;
}

bool isUkPostcode(std::string_view s) {
    static const std::regex shape(R"(^([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)$)",
                                  std::regex::icase | std::regex::optimize);
    return std::regex_match(s.begin(), s.end(), shape);
}

void checkTextMayBeEmpty(ErrorList& e, const std::string& field, const std::string& value,
                         std::size_t maxChars) {
    const auto length = utf8Length(value);
    if (!length) {
        e.add(field, "contains characters that cannot be read; please retype it");
    } else if (*length > maxChars) {
        e.add(field, "must be at most " + std::to_string(maxChars) + " characters");
    }
}

void checkText(ErrorList& e, const std::string& field, const std::string& value,
               std::size_t maxChars) {
    if (isBlank(value)) {
        e.add(field, "must not be empty");
        return;
    }
    checkTextMayBeEmpty(e, field, value, maxChars);
}

void checkText(ErrorList& e, const std::string& field, const std::optional<std::string>& value,
               std::size_t maxChars) {
    if (value) checkText(e, field, *value, maxChars);
}

std::string formatNumber(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

void checkRange(ErrorList& e, const std::string& field, int value, int lo, int hi) {
    if (value < lo || value > hi) {
        e.add(field, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    }
}

void checkRange(ErrorList& e, const std::string& field, double value, double lo, double hi) {
    if (!std::isfinite(value) || value < lo || value > hi) {
        e.add(field, "must be between " + formatNumber(lo) + " and " + formatNumber(hi));
    }
}

void checkUuid(ErrorList& e, const std::string& field, const std::string& value) {
    if (!isUuid(value)) {
        e.add(field,
              "must be an id in lowercase UUID form, e.g. 0f8fad5b-d9cb-469f-a165-70867728950e");
    }
}

void checkUuid(ErrorList& e, const std::string& field, const std::optional<std::string>& value) {
    if (value) checkUuid(e, field, *value);
}

void checkDate(ErrorList& e, const std::string& field, Date value) {
    if (!value.ok()) {
        e.add(field, "must be a real date");
    } else if (!isValidDate(value)) {
        e.add(field, "must be a date in a year from " + std::to_string(kMinYear) + " to " +
                         std::to_string(kMaxYear));
    }
}

void checkDate(ErrorList& e, const std::string& field, const std::optional<Date>& value) {
    if (value) checkDate(e, field, *value);
}

void checkTimestamp(ErrorList& e, const std::string& field, Timestamp value) {
    if (!isValidTimestamp(value)) {
        e.add(field, "must be a time in a year from " + std::to_string(kMinYear) + " to " +
                         std::to_string(kMaxYear));
    }
}

void checkPhone(ErrorList& e, const std::string& field, const std::optional<std::string>& value) {
    if (value && !isPlausiblePhone(*value)) {
        e.add(field, "must be a phone number of 10 to 15 digits, e.g. 0113 496 0000");
    }
}

void checkEmail(ErrorList& e, const std::string& field, const std::string& value) {
    if (!isPlausibleEmail(value)) e.add(field, "must be an email address like name@example.nhs.uk");
}

void checkEmail(ErrorList& e, const std::string& field, const std::optional<std::string>& value) {
    if (value) checkEmail(e, field, *value);
}

}  // namespace rtw::model
