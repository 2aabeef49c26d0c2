#pragma once
// NHS numbers: 10 digits whose last digit is a modulus-11 check digit.
// People type them with spaces ("943 476 5919"); records store the 10 digits
// with no spaces.

#include <string>
#include <string_view>

#include "util/status.h"

namespace rtw::model {

/// The 10-digit form of a valid NHS number, or a plain-English reason it is
/// not one (wrong length, not digits, check digit does not match).
Result<std::string> normaliseNhsNumber(std::string_view input);

/// True when normaliseNhsNumber would succeed.
bool isValidNhsNumber(std::string_view input);

/// "943 476 5919" for display; `digits` must be the normalised form.
std::string formatNhsNumber(std::string_view digits);

}  // namespace rtw::model
