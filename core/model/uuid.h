#pragma once
// Record ids are UUID strings in canonical lowercase 8-4-4-4-12 form. The
// version nibble is not checked, so random (v4) and time-ordered (v7) ids
// are both accepted.

#include <string_view>

namespace rtw::model {

/// True for "0f8fad5b-d9cb-469f-a165-70867728950e"; false for uppercase,
/// braces, missing hyphens or any other length.
bool isUuid(std::string_view text);

}  // namespace rtw::model
