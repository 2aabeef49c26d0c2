#include "util/field_path.h"

namespace rtw {

std::string fieldPath(std::string_view parent, std::string_view key) {
    if (parent.empty()) return std::string(key);
    return std::string(parent) + "." + std::string(key);
}

std::string indexPath(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

const FieldError* findFieldError(const Status& status, std::string_view field) {
    for (const auto& e : status.fieldErrors()) {
        if (e.field == field) return &e;
    }
    return nullptr;
}

}  // namespace rtw
