#include "model/json_fields.h"

#include <algorithm>
#include <limits>

namespace rtw::model {
namespace {

// True when `outer` is `inner` itself or a path that contains it
// ("phases" contains "phases[2].week"; "phase" does not).
bool isWithin(std::string_view inner, std::string_view outer) {
    if (outer.empty()) return true;  // the record as a whole
    if (inner.substr(0, outer.size()) != outer) return false;
    return inner.size() == outer.size() || inner[outer.size()] == '.' || inner[outer.size()] == '[';
}

}  // namespace

std::string oneOfMessage(std::span<const std::string_view> names) {
    std::string message = "must be one of: ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) message += ", ";
        message += names[i];
    }
    return message;
}

void ErrorList::add(std::string field, std::string message) {
    if (covers(field)) return;
    list_.push_back({std::move(field), std::move(message)});
}

void ErrorList::addCross(std::string field, std::string message,
                         std::initializer_list<std::string_view> related) {
    for (auto r : related) {
        if (covers(r)) return;
    }
    add(std::move(field), std::move(message));
}

bool ErrorList::covers(std::string_view field) const {
    return std::any_of(list_.begin(), list_.end(),
                       [&](const FieldError& e) { return isWithin(field, e.field); });
}

Status ErrorList::toStatus() const {
    if (list_.empty()) return Status::ok();
    return Status::invalid(list_);
}

FieldReader::FieldReader(const nlohmann::json& value, ErrorList& errors, std::string path)
    : errors_(errors), path_(std::move(path)) {
    if (value.is_object()) {
        object_ = &value;
    } else {
        errors_.add(path_, "must be a group of fields (a JSON object)");
    }
}

const nlohmann::json* FieldReader::field(std::string_view key, bool required) {
    known_.emplace_back(key);
    if (!object_) return nullptr;
    const auto it = object_->find(std::string(key));
    if (it == object_->end()) {
        if (required) errors_.add(pathOf(key), "is required");
        return nullptr;
    }
    if (it->is_null() && !required) {
        errors_.add(pathOf(key), "must not be null: leave the field out when there is no value");
        return nullptr;
    }
    return &*it;
}

void FieldReader::finish() {
    if (!object_) return;
    for (const auto& item : object_->items()) {
        if (std::find(known_.begin(), known_.end(), item.key()) == known_.end()) {
            errors_.add(pathOf(item.key()), "is not a known field");
        }
    }
}

namespace {

// Converters shared by the required and optional reads: return an error
// message, or empty on success.
std::string toText(const nlohmann::json& v, std::string& out) {
    if (!v.is_string()) return "must be text";
    out = v.get<std::string>();
    return {};
}
std::string toInt(const nlohmann::json& v, int& out) {
    constexpr auto lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
    if (v.is_number_unsigned()) {
        const auto n = v.get<std::uint64_t>();
        if (n > static_cast<std::uint64_t>(hi)) return "is too large";
        out = static_cast<int>(n);
        return {};
    }
    if (!v.is_number_integer()) return "must be a whole number";
    const auto n = v.get<std::int64_t>();
    if (n < lo || n > hi) return "is too large";
    out = static_cast<int>(n);
    return {};
}
std::string toNumber(const nlohmann::json& v, double& out) {
    if (!v.is_number()) return "must be a number";
    out = v.get<double>();
    return {};
}
std::string toBool(const nlohmann::json& v, bool& out) {
    if (!v.is_boolean()) return "must be true or false";
    out = v.get<bool>();
    return {};
}
std::string toDate(const nlohmann::json& v, Date& out) {
    if (!v.is_string()) return "must be a date written YYYY-MM-DD, e.g. 2026-03-14";
    auto d = parseIsoDate(v.get_ref<const std::string&>());
    if (!d) return d.status().message();
    out = *d;
    return {};
}
std::string toTimestamp(const nlohmann::json& v, Timestamp& out) {
    if (!v.is_string()) return "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ";
    auto t = parseTimestamp(v.get_ref<const std::string&>());
    if (!t) return t.status().message();
    out = *t;
    return {};
}

template <typename T, typename Conv>
void readRequired(FieldReader& r, std::string_view key, T& out, Conv conv) {
    if (const auto* v = r.field(key, true)) {
        auto err = conv(*v, out);
        if (!err.empty()) r.errors().add(r.pathOf(key), std::move(err));
    }
}

template <typename T, typename Conv>
void readOptional(FieldReader& r, std::string_view key, std::optional<T>& out, Conv conv) {
    if (const auto* v = r.field(key, false)) {
        T value{};
        auto err = conv(*v, value);
        if (err.empty()) {
            out = std::move(value);
        } else {
            r.errors().add(r.pathOf(key), std::move(err));
        }
    }
}

template <typename T, typename Conv>
void readList(FieldReader& r, std::string_view key, std::vector<T>& out, Conv conv) {
    const auto* v = r.field(key, true);
    if (!v) return;
    if (!v->is_array()) {
        r.errors().add(r.pathOf(key), "must be a list");
        return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        out.emplace_back();
        auto err = conv((*v)[i], out.back());
        if (!err.empty()) r.errors().add(indexPath(r.pathOf(key), i), std::move(err));
    }
}

}  // namespace

void FieldReader::text(std::string_view key, std::string& out) {
    readRequired(*this, key, out, toText);
}
void FieldReader::text(std::string_view key, std::optional<std::string>& out) {
    readOptional(*this, key, out, toText);
}
void FieldReader::integer(std::string_view key, int& out) {
    readRequired(*this, key, out, toInt);
}
void FieldReader::integer(std::string_view key, std::optional<int>& out) {
    readOptional(*this, key, out, toInt);
}
void FieldReader::number(std::string_view key, double& out) {
    readRequired(*this, key, out, toNumber);
}
void FieldReader::number(std::string_view key, std::optional<double>& out) {
    readOptional(*this, key, out, toNumber);
}
void FieldReader::flag(std::string_view key, bool& out) {
    readRequired(*this, key, out, toBool);
}
void FieldReader::flag(std::string_view key, std::optional<bool>& out) {
    readOptional(*this, key, out, toBool);
}
void FieldReader::date(std::string_view key, Date& out) {
    readRequired(*this, key, out, toDate);
}
void FieldReader::date(std::string_view key, std::optional<Date>& out) {
    readOptional(*this, key, out, toDate);
}
void FieldReader::timestamp(std::string_view key, Timestamp& out) {
    readRequired(*this, key, out, toTimestamp);
}
void FieldReader::texts(std::string_view key, std::vector<std::string>& out) {
    readList(*this, key, out, toText);
}
void FieldReader::dates(std::string_view key, std::vector<Date>& out) {
    readList(*this, key, out, toDate);
}

nlohmann::json datesJson(const std::vector<Date>& values) {
    auto out = nlohmann::json::array();
    for (const auto& d : values) out.push_back(formatIsoDate(d));
    return out;
}

}  // namespace rtw::model
