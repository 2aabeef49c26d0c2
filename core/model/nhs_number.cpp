#include "model/nhs_number.h"

namespace rtw::model {

Result<std::string> normaliseNhsNumber(std::string_view input) {
    std::string digits;
    for (char c : input) {
        if (c == ' ') continue;
        if (c < '0' || c > '9') {
            return Status::error(ErrorCode::InvalidArgument,
                                 "must contain only digits and spaces, e.g. 943 476 5919");
        }
        digits += c;
    }
    if (digits.size() != 10) {
        return Status::error(ErrorCode::InvalidArgument,
                             "must have exactly 10 digits, e.g. 943 476 5919");
    }
    // Modulus 11: weights 10..2 on the first nine digits. A remainder giving
    // check value 10 means no valid number has these nine digits.
    int sum = 0;
    for (int i = 0; i < 9; ++i) sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    if (check == 10 || check != digits[9] - '0') {
        return Status::error(ErrorCode::InvalidArgument,
                             "is not a valid NHS number: please check the digits");
    }
    return digits;
}

bool isValidNhsNumber(std::string_view input) {
    return normaliseNhsNumber(input).isOk();
}

std::string formatNhsNumber(std::string_view digits) {
    if (digits.size() != 10) return std::string(digits);
    return std::string(digits.substr(0, 3)) + " " + std::string(digits.substr(3, 3)) + " " +
           std::string(digits.substr(6));
}

}  // namespace rtw::model
