#include "questionnaire/json_fields.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace rtw::questionnaire::detail {
namespace {

constexpr std::int64_t kLimit = 1'000'000;

const char* typeName(const Json& json) {
    if (json.is_number_integer() || json.is_number_unsigned()) {
        return "a whole number";
    }
    if (json.is_number_float()) {
        return "a decimal number";
    }
    return json.type_name();  // "string", "object", "array", "boolean", "null"
}

bool isBlank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

ObjectReader::ObjectReader(const Json& json, std::string path, FieldErrors& errors,
                           std::initializer_list<std::string_view> known)
    : path_(std::move(path)), errors_(errors) {
    if (!json.is_object()) {
        errors_.add(path_.empty() ? "(file)" : path_,
                    std::string("must be an object ({...}), not ") + typeName(json));
        return;
    }
    object_ = &json;
    for (const auto& [key, ignored] : json.items()) {
        if (!key.empty() && key.front() == '_') {
            continue;
        }
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            std::string allowed;
            for (auto k : known) {
                allowed += (allowed.empty() ? "" : ", ") + std::string(k);
            }
            errors_.add(pathOf(key), "is not a known key here (allowed: " + allowed + ")");
        }
    }
}

const Json* ObjectReader::find(std::string_view key) const {
    if (object_ == nullptr) {
        return nullptr;
    }
    auto it = object_->find(key);
    return it == object_->end() ? nullptr : &*it;
}

bool ObjectReader::has(std::string_view key) const {
    return find(key) != nullptr;
}

const Json* ObjectReader::value(std::string_view key) {
    if (object_ == nullptr) {
        return nullptr;
    }
    const Json* v = find(key);
    if (v == nullptr) {
        errors_.add(pathOf(key), "is required");
    }
    return v;
}

std::optional<std::string> ObjectReader::text(std::string_view key) {
    const Json* v = value(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    return readText(*v, pathOf(key), errors_);
}

std::string ObjectReader::optionalText(std::string_view key) {
    if (!has(key)) {
        return {};
    }
    return text(key).value_or("");
}

std::optional<int> ObjectReader::integer(std::string_view key) {
    const Json* v = value(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    return readInteger(*v, pathOf(key), errors_);
}

std::optional<double> ObjectReader::number(std::string_view key) {
    const Json* v = value(key);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_number()) {
        errors_.add(pathOf(key), std::string("must be a number, not ") + typeName(*v));
        return std::nullopt;
    }
    const double d = v->get<double>();
    if (d < -static_cast<double>(kLimit) || d > static_cast<double>(kLimit)) {
        errors_.add(pathOf(key), "must be between -1000000 and 1000000");
        return std::nullopt;
    }
    return d;
}

const Json* ObjectReader::array(std::string_view key) {
    const Json* v = value(key);
    if (v == nullptr) {
        return nullptr;
    }
    if (!v->is_array()) {
        errors_.add(pathOf(key), std::string("must be a list ([...]), not ") + typeName(*v));
        return nullptr;
    }
    return v;
}

const Json* ObjectReader::optionalArray(std::string_view key) {
    if (!has(key)) {
        return nullptr;
    }
    return array(key);
}

std::optional<int> readInteger(const Json& json, const std::string& path, FieldErrors& errors) {
    if (!json.is_number_integer()) {
        errors.add(path, std::string("must be a whole number, not ") + typeName(json));
        return std::nullopt;
    }
    // Read as int64 first so 1e12 is reported, not silently truncated.
    const auto wide = json.get<std::int64_t>();
    if (json.is_number_unsigned() &&
        json.get<std::uint64_t>() > static_cast<std::uint64_t>(kLimit)) {
        errors.add(path, "must be between -1000000 and 1000000");
        return std::nullopt;
    }
    if (wide < -kLimit || wide > kLimit) {
        errors.add(path, "must be between -1000000 and 1000000");
        return std::nullopt;
    }
    return static_cast<int>(wide);
}

std::optional<std::string> readText(const Json& json, const std::string& path,
                                    FieldErrors& errors) {
    if (!json.is_string()) {
        errors.add(path, std::string("must be text (\"...\"), not ") + typeName(json));
        return std::nullopt;
    }
    auto s = json.get<std::string>();
    if (isBlank(s)) {
        errors.add(path, "must not be empty");
        return std::nullopt;
    }
    return s;
}

}  // namespace rtw::questionnaire::detail
