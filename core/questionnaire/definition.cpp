#include "questionnaire/definition.h"

#include <algorithm>

namespace rtw::questionnaire {

int Item::minValue() const {
    if (scale) {
        return scale->min;
    }
    int lowest = options.empty() ? 0 : options.front().value;
    for (const auto& o : options) {
        lowest = std::min(lowest, o.value);
    }
    return lowest;
}

int Item::maxValue() const {
    if (scale) {
        return scale->max;
    }
    int highest = options.empty() ? 0 : options.front().value;
    for (const auto& o : options) {
        highest = std::max(highest, o.value);
    }
    return highest;
}

bool Item::accepts(int value) const {
    if (scale) {
        return value >= scale->min && value <= scale->max;
    }
    return std::any_of(options.begin(), options.end(),
                       [value](const Option& o) { return o.value == value; });
}

const Item* Definition::findItem(std::string_view itemId) const {
    for (const auto& item : items) {
        if (item.id == itemId) {
            return &item;
        }
    }
    return nullptr;
}

const char* scoringMethodName(ScoringMethod method) {
    switch (method) {
        case ScoringMethod::Sum:
            return "sum";
        case ScoringMethod::Mean:
            return "mean";
    }
    return "unknown";
}

const char* alertKindName(AlertKind kind) {
    switch (kind) {
        case AlertKind::SelfHarm:
            return "self_harm";
    }
    return "unknown";
}

}  // namespace rtw::questionnaire
