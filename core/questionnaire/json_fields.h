#pragma once
// Reading a JSON object field by field while collecting every problem, each
// named by its JSON path ("items[3].options[1].value"). Definitions are
// written by hand, often by people who are not programmers, so one load must
// report all the mistakes in a file, not just the first. Internal to
// core/questionnaire.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/field_path.h"
#include "util/status.h"

namespace rtw::questionnaire::detail {

using Json = nlohmann::json;

/// Typed access to one JSON object's fields. Keys not in `known` are reported
/// (a misspelt "reverse" would otherwise silently score an item the wrong
/// way round), except keys starting with '_', which are authors' notes.
class ObjectReader {
public:
    ObjectReader(const Json& json, std::string path, FieldErrors& errors,
                 std::initializer_list<std::string_view> known);

    /// False if the value was not an object (already reported).
    bool isObject() const { return object_ != nullptr; }
    const std::string& path() const { return path_; }
    std::string pathOf(std::string_view key) const { return fieldPath(path_, key); }
    bool has(std::string_view key) const;

    /// A non-blank string; reports and returns nothing if missing or wrong.
    std::optional<std::string> text(std::string_view key);
    /// Like text() but absence is fine (returns "").
    std::string optionalText(std::string_view key);
    /// A whole number within +-1,000,000 (keeps score arithmetic exact).
    std::optional<int> integer(std::string_view key);
    std::optional<double> number(std::string_view key);
    /// The array at `key`, or nullptr (reported) if missing or not an array.
    const Json* array(std::string_view key);
    /// Like array() but absence is fine (returns nullptr, nothing reported).
    const Json* optionalArray(std::string_view key);
    /// The raw value at `key`, or nullptr (reported as missing).
    const Json* value(std::string_view key);

private:
    const Json* find(std::string_view key) const;

    const Json* object_ = nullptr;
    std::string path_;
    FieldErrors& errors_;
};

/// A whole number (JSON integer) within +-1,000,000 at `path`, or reported.
std::optional<int> readInteger(const Json& json, const std::string& path, FieldErrors& errors);
/// A non-blank string at `path`, or reported.
std::optional<std::string> readText(const Json& json, const std::string& path, FieldErrors& errors);

}  // namespace rtw::questionnaire::detail
