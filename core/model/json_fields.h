#pragma once
// Reading and checking a record's `fields` object while collecting every
// problem, each named by its dotted path ("phases[2].hoursPerDay"), so a form
// can show all of them at once next to the right inputs.
//
// Entities read with FieldReader (shape and JSON types), then check value
// rules into the same ErrorList. A field whose JSON was wrong keeps a default
// value; ErrorList drops later complaints about that field, and rules that
// compare fields (addCross) are skipped when any field involved was already
// wrong, so one mistake produces one message, not a cascade of misleading ones.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/field_path.h"
#include "util/status.h"

namespace rtw::model {

// Paths (fieldPath, indexPath) and findFieldError come from util/field_path.h.

/// Every problem found so far, at most one per field (unlike rtw::FieldErrors,
/// which keeps every report).
class ErrorList {
public:
    /// Adds unless this field or one containing it already has an error.
    void add(std::string field, std::string message);
    /// A rule involving other fields too: skipped when any of them is in error.
    void addCross(std::string field, std::string message,
                  std::initializer_list<std::string_view> related);
    /// True when `field`, or a field containing it, already has an error.
    bool covers(std::string_view field) const;
    bool empty() const { return list_.empty(); }
    const std::vector<FieldError>& items() const { return list_; }
    Status toStatus() const;

private:
    std::vector<FieldError> list_;
};

/// Typed, error-collecting access to one JSON object. Each read marks its key
/// as known; finish() reports every other key as unknown. Optional fields are
/// the std::optional overloads: absent means nullopt, and null is refused so
/// stored records have one canonical form (leave the key out instead).
class FieldReader {
public:
    FieldReader(const nlohmann::json& value, ErrorList& errors, std::string path = {});

    bool isObject() const { return object_ != nullptr; }
    ErrorList& errors() { return errors_; }
    std::string pathOf(std::string_view key) const { return fieldPath(path_, key); }

    void text(std::string_view key, std::string& out);
    void text(std::string_view key, std::optional<std::string>& out);
    void integer(std::string_view key, int& out);
    void integer(std::string_view key, std::optional<int>& out);
    void number(std::string_view key, double& out);
    void number(std::string_view key, std::optional<double>& out);
    void flag(std::string_view key, bool& out);
    void flag(std::string_view key, std::optional<bool>& out);
    void date(std::string_view key, Date& out);
    void date(std::string_view key, std::optional<Date>& out);
    void timestamp(std::string_view key, Timestamp& out);
    void texts(std::string_view key, std::vector<std::string>& out);
    void dates(std::string_view key, std::vector<Date>& out);

    template <typename E>
    void choice(std::string_view key, E& out) {
        if (const auto* v = field(key, true)) convertEnum(pathOf(key), *v, out);
    }
    template <typename E>
    void choice(std::string_view key, std::optional<E>& out) {
        if (const auto* v = field(key, false)) {
            E value{};
            if (convertEnum(pathOf(key), *v, value)) out = value;
        }
    }
    template <typename E>
    void choices(std::string_view key, std::vector<E>& out) {
        forEachItem(key, [&](const nlohmann::json& item, const std::string& path) {
            out.emplace_back();
            convertEnum(path, item, out.back());
        });
    }

    /// A required nested object, read by `read(FieldReader&, T&)`.
    template <typename T, typename F>
    void object(std::string_view key, T& out, F&& read) {
        if (const auto* v = field(key, true)) readNested(*v, pathOf(key), out, read);
    }
    template <typename T, typename F>
    void object(std::string_view key, std::optional<T>& out, F&& read) {
        if (const auto* v = field(key, false)) {
            out.emplace();
            readNested(*v, pathOf(key), *out, read);
        }
    }
    /// A required list of objects. Bad items stay in the list (as defaults)
    /// so indices in later messages match the input.
    template <typename T, typename F>
    void objects(std::string_view key, std::vector<T>& out, F&& read) {
        forEachItem(key, [&](const nlohmann::json& item, const std::string& path) {
            out.emplace_back();
            readNested(item, path, out.back(), read);
        });
    }

    /// The raw value for entity-specific shapes; nullptr when absent (a
    /// required absent field is reported) or when this is not an object.
    const nlohmann::json* field(std::string_view key, bool required);
    /// Reports every key that no read asked for.
    void finish();

private:
    template <typename E>
    bool convertEnum(const std::string& path, const nlohmann::json& v, E& out) {
        if (v.is_string()) {
            if (auto e = enumFromName<E>(v.get_ref<const std::string&>())) {
                out = *e;
                return true;
            }
        }
        errors_.add(path, oneOfMessage<E>());
        return false;
    }
    template <typename T, typename F>
    void readNested(const nlohmann::json& v, std::string path, T& out, F& read) {
        FieldReader sub(v, errors_, std::move(path));
        if (!sub.isObject()) return;
        read(sub, out);
        sub.finish();
    }
    template <typename F>
    void forEachItem(std::string_view key, F&& each) {
        const auto* v = field(key, true);
        if (!v) return;
        if (!v->is_array()) {
            errors_.add(pathOf(key), "must be a list");
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) each((*v)[i], indexPath(pathOf(key), i));
    }

    const nlohmann::json* object_ = nullptr;
    ErrorList& errors_;
    std::string path_;
    std::vector<std::string> known_;
};

/// What fromJson returns once reading and value rules are done.
template <typename T>
Result<T> resultOf(T value, const ErrorList& errors) {
    if (!errors.empty()) return errors.toStatus();
    return value;
}

/// The shape of every entity's fromJson: read the fields, report unknown
/// keys, then apply the same value rules validate() applies.
template <typename T, typename Read, typename Check>
Result<T> parseRecord(const nlohmann::json& fields, Read read, Check check) {
    ErrorList errors;
    T value{};
    FieldReader r(fields, errors);
    if (r.isObject()) {
        read(r, value);
        r.finish();
        check(errors, value);
    }
    return resultOf(std::move(value), errors);
}

/// The shape of every entity's validate().
template <typename T, typename Check>
Status validateWith(const T& value, Check check) {
    ErrorList errors;
    check(errors, value);
    return errors.toStatus();
}

// Writing: the inverse of the reads above.
inline nlohmann::json dateJson(Date d) {
    return formatIsoDate(d);
}
inline nlohmann::json timestampJson(Timestamp t) {
    return formatTimestamp(t);
}
template <typename E>
nlohmann::json enumJson(E value) {
    return std::string(enumName(value));
}
template <typename E>
nlohmann::json enumsJson(const std::vector<E>& values) {
    auto out = nlohmann::json::array();
    for (E e : values) out.push_back(std::string(enumName(e)));
    return out;
}
nlohmann::json datesJson(const std::vector<Date>& values);
/// Sets j[key] only when the optional holds a value.
template <typename T>
void putOptional(nlohmann::json& j, const char* key, const std::optional<T>& value) {
    if (value) j[key] = *value;
}
inline void putOptional(nlohmann::json& j, const char* key, const std::optional<Date>& value) {
    if (value) j[key] = dateJson(*value);
}

}  // namespace rtw::model
