#pragma once
// Naming a field by its JSON path ("phases[2].hoursPerDay") and collecting
// every FieldError found while reading one JSON document, so a form or an
// author can see all the problems at once. Shared by core/model and
// core/questionnaire; each keeps its own reader on top.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace rtw {

/// "phases" + "week" -> "phases.week"; "" + "week" -> "week".
std::string fieldPath(std::string_view parent, std::string_view key);
/// "items" + 3 -> "items[3]".
std::string indexPath(std::string_view parent, std::size_t index);

/// The error reported for exactly this field, or nullptr. For forms and tests.
const FieldError* findFieldError(const Status& status, std::string_view field);

/// Every problem found so far, in the order found.
class FieldErrors {
public:
    void add(std::string field, std::string message) {
        list_.push_back({std::move(field), std::move(message)});
    }
    bool empty() const { return list_.empty(); }
    std::size_t size() const { return list_.size(); }
    std::vector<FieldError> take() { return std::move(list_); }

private:
    std::vector<FieldError> list_;
};

}  // namespace rtw
