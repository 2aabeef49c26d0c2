#pragma once
// Enum <-> string tables. Records store enums as snake_case names so the JSON
// stays readable and stable when enumerators are reordered in code... as long
// as each table lists names in the same order as its enum's enumerators.
// Each entity header specialises EnumNames<E> next to its enum.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rtw::model {

/// Specialise with `static constexpr std::string_view values[] = {...};`
/// listing one name per enumerator, in declaration order.
template <typename E>
struct EnumNames;

template <typename E>
constexpr std::span<const std::string_view> enumNames() {
    return EnumNames<E>::values;
}

/// The JSON name of an enumerator.
template <typename E>
constexpr std::string_view enumName(E value) {
    return enumNames<E>()[static_cast<std::size_t>(value)];
}

/// The enumerator with this JSON name, or nullopt.
template <typename E>
constexpr std::optional<E> enumFromName(std::string_view name) {
    const auto names = enumNames<E>();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == name) return static_cast<E>(i);
    }
    return std::nullopt;
}

/// "must be one of: a, b, c" for the given table.
std::string oneOfMessage(std::span<const std::string_view> names);

template <typename E>
std::string oneOfMessage() {
    return oneOfMessage(enumNames<E>());
}

}  // namespace rtw::model
