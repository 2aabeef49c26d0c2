#include "questionnaire/parse.h"

#include <algorithm>
#include <cstddef>

#include "questionnaire/json_fields.h"
#include "questionnaire/scoring_parse.h"

namespace rtw::questionnaire {
namespace {

using detail::Json;
using detail::ObjectReader;

constexpr int kMaxScheduleMonth = 120;

std::optional<std::string> readId(ObjectReader& r, FieldErrors& errors) {
    auto id = r.text("id");
    if (id && !detail::isValidId(*id)) {
        errors.add(r.pathOf("id"), "\"" + *id +
                                       "\" must start with a lower-case letter and use only "
                                       "a-z, 0-9 and _ (at most 64)");
        return std::nullopt;
    }
    return id;
}

std::vector<Option> parseOptions(const Json& list, const std::string& path, FieldErrors& errors) {
    std::vector<Option> options;
    if (list.size() < 2) {
        errors.add(path, "must offer at least two options");
    }
    for (std::size_t j = 0; j < list.size(); ++j) {
        ObjectReader r(list[j], indexPath(path, j), errors, {"value", "label"});
        if (!r.isObject()) {
            continue;
        }
        auto value = r.integer("value");
        auto label = r.text("label");
        if (value) {
            auto dup = std::find_if(options.begin(), options.end(),
                                    [&](const Option& o) { return o.value == *value; });
            if (dup != options.end()) {
                const auto k = static_cast<std::size_t>(dup - options.begin());
                errors.add(r.pathOf("value"), std::to_string(*value) + " is already the value of " +
                                                  indexPath(path, k) +
                                                  "; each option needs its own value");
                continue;
            }
        }
        if (value && label) {
            options.push_back({*value, *label});
        }
    }
    return options;
}

std::optional<Scale> parseScale(const Json& json, const std::string& path, FieldErrors& errors) {
    ObjectReader r(json, path, errors, {"min", "max", "minLabel", "maxLabel"});
    if (!r.isObject()) {
        return std::nullopt;
    }
    auto min = r.integer("min");
    auto max = r.integer("max");
    auto minLabel = r.text("minLabel");
    auto maxLabel = r.text("maxLabel");
    if (min && max && *min >= *max) {
        errors.add(r.pathOf("max"), "must be greater than min (" + std::to_string(*min) + ")");
        return std::nullopt;
    }
    if (!min || !max || !minLabel || !maxLabel) {
        return std::nullopt;
    }
    return Scale{*min, *max, *minLabel, *maxLabel};
}

/// Items whose id parsed are returned even if something else about them was
/// wrong, so scoring's references to them are not reported a second time.
std::vector<Item> parseItems(const Json& list, FieldErrors& errors) {
    std::vector<Item> items;
    if (list.empty()) {
        errors.add("items", "must contain at least one item");
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = indexPath("items", i);
        ObjectReader r(list[i], path, errors, {"id", "text", "options", "scale"});
        if (!r.isObject()) {
            continue;
        }
        Item item;
        auto id = readId(r, errors);
        if (id) {
            for (std::size_t k = 0; k < items.size(); ++k) {
                if (items[k].id == *id) {
                    errors.add(r.pathOf("id"),
                               "\"" + *id + "\" is already the id of " + indexPath("items", k));
                    id.reset();
                    break;
                }
            }
        }
        item.text = r.text("text").value_or("");
        const bool hasOptions = r.has("options");
        const bool hasScale = r.has("scale");
        if (hasOptions && hasScale) {
            errors.add(path, "has both options and scale; give one or the other");
        } else if (!hasOptions && !hasScale) {
            errors.add(path, "needs either options (a list of answers) or scale ({min, max, ...})");
        } else if (hasOptions) {
            if (const Json* options = r.array("options")) {
                item.options = parseOptions(*options, r.pathOf("options"), errors);
            }
        } else {
            item.scale = parseScale(*r.value("scale"), r.pathOf("scale"), errors);
        }
        if (!id) {
            continue;
        }
        item.id = *id;
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<Subscale> parseSubscales(const Json& list, const std::vector<Item>& items,
                                     bool itemsValid, FieldErrors& errors) {
    std::vector<Subscale> subscales;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = indexPath("subscales", i);
        ObjectReader r(list[i], path, errors, {"id", "title", "scoring", "bands"});
        if (!r.isObject()) {
            continue;
        }
        auto id = readId(r, errors);
        auto title = r.text("title");
        const Json* scoringJson = r.value("scoring");
        const Json* bands = r.value("bands");
        if (id && std::any_of(subscales.begin(), subscales.end(),
                              [&](const Subscale& s) { return s.id == *id; })) {
            errors.add(r.pathOf("id"), "\"" + *id + "\" is already the id of another subscale");
        }
        if (scoringJson == nullptr) {
            continue;
        }
        auto scoring = detail::parseScoring(*scoringJson, r.pathOf("scoring"), bands,
                                            r.pathOf("bands"), items, itemsValid, errors);
        if (id && title && scoring) {
            subscales.push_back({*id, *title, std::move(*scoring)});
        }
    }
    return subscales;
}

std::vector<Alert> parseAlerts(const Json& list, const std::vector<Item>& items, bool itemsValid,
                               FieldErrors& errors) {
    std::vector<Alert> alerts;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader r(list[i], indexPath("alerts", i), errors, {"item", "minValue", "kind"});
        if (!r.isObject()) {
            continue;
        }
        auto itemId = r.text("item");
        auto minValue = r.integer("minValue");
        auto kind = r.text("kind");
        const Item* item = nullptr;
        if (itemId) {
            auto it = std::find_if(items.begin(), items.end(),
                                   [&](const Item& x) { return x.id == *itemId; });
            if (it == items.end()) {
                errors.add(r.pathOf("item"),
                           "\"" + *itemId + "\" is not an item of this questionnaire");
            } else {
                item = &*it;
            }
        }
        // An alert that always fires or never can is a typo, and a silent
        // never-firing self-harm alert is the worst kind of bug.
        const int threshold = minValue.value_or(0);
        bool ok = item != nullptr && minValue.has_value() && kind.has_value();
        if (item && itemsValid && minValue &&
            (threshold <= item->minValue() || threshold > item->maxValue())) {
            errors.add(r.pathOf("minValue"), "must be above " + std::to_string(item->minValue()) +
                                                 " and at most " +
                                                 std::to_string(item->maxValue()) +
                                                 ", or the alert would always or never fire");
            ok = false;
        }
        if (kind && *kind != "self_harm") {
            errors.add(r.pathOf("kind"),
                       "\"" + *kind + "\" is not a supported kind (use \"self_harm\")");
            ok = false;
        }
        if (ok) {
            alerts.push_back({item->id, threshold, AlertKind::SelfHarm});
        }
    }
    return alerts;
}

std::optional<int> timepointMonths(const std::string& name) {
    if (name == "baseline") {
        return 0;
    }
    if (name.size() < 6 || name.size() > 8 || name.compare(0, 5, "month") != 0) {
        return std::nullopt;
    }
    int months = 0;
    for (std::size_t i = 5; i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9') {
            return std::nullopt;
        }
        months = months * 10 + (name[i] - '0');
    }
    if (months < 1 || months > kMaxScheduleMonth || name[5] == '0') {
        return std::nullopt;
    }
    return months;
}

std::vector<Timepoint> parseSchedule(const Json& list, FieldErrors& errors) {
    std::vector<Timepoint> schedule;
    if (list.empty()) {
        errors.add("schedule", "must contain at least \"baseline\"");
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = indexPath("schedule", i);
        auto name = detail::readText(list[i], path, errors);
        if (!name) {
            continue;
        }
        auto months = timepointMonths(*name);
        if (!months) {
            errors.add(path, "\"" + *name +
                                 "\" is not a timepoint (use \"baseline\" or \"monthN\", "
                                 "e.g. \"month3\", N from 1 to 120)");
        } else if (i == 0 && *months != 0) {
            errors.add(path, "must be \"baseline\": follow-ups are timed from the baseline");
        } else if (!schedule.empty() && *months <= schedule.back().monthsAfterBaseline) {
            errors.add(path, "\"" + *name + "\" must come after \"" + schedule.back().id +
                                 "\" (timepoints run from earliest to latest, once each)");
        } else {
            schedule.push_back({*name, *months});
        }
    }
    return schedule;
}

}  // namespace

Result<Definition> parseDefinition(const nlohmann::json& json) {
    FieldErrors errors;
    ObjectReader top(json, "", errors,
                     {"formatVersion", "id", "version", "title", "instructions", "licence", "items",
                      "scoring", "bands", "subscales", "alerts", "schedule"});
    if (!top.isObject()) {
        return Status::invalid(errors.take());
    }

    // Checked first: a newer format may mean anything, so its other
    // "errors" would only mislead.
    if (auto format = top.integer("formatVersion")) {
        if (*format > kFormatVersion) {
            return Status::error(ErrorCode::Unsupported,
                                 "questionnaire format " + std::to_string(*format) +
                                     " is newer than this app understands (" +
                                     std::to_string(kFormatVersion) + "); update the app");
        }
        if (*format < 1) {
            errors.add("formatVersion", "must be " + std::to_string(kFormatVersion));
        }
    }

    Definition def;
    def.id = readId(top, errors).value_or("");
    if (auto version = top.integer("version")) {
        if (*version < 1) {
            errors.add("version", "must be 1 or more");
        }
        def.version = *version;
    }
    def.title = top.text("title").value_or("");
    def.instructions = top.text("instructions").value_or("");
    def.licence = top.text("licence").value_or("");

    const std::size_t beforeItems = errors.size();
    if (const Json* items = top.array("items")) {
        def.items = parseItems(*items, errors);
    }
    const bool itemsValid = errors.size() == beforeItems && !def.items.empty();

    const Json* scoring = top.value("scoring");
    const Json* bands = top.value("bands");
    if (scoring != nullptr) {
        auto parsed = detail::parseScoring(*scoring, "scoring", bands, "bands", def.items,
                                           itemsValid, errors);
        if (parsed) {
            def.scoring = std::move(*parsed);
        }
    }
    if (const Json* subscales = top.optionalArray("subscales")) {
        def.subscales = parseSubscales(*subscales, def.items, itemsValid, errors);
    }
    if (const Json* alerts = top.optionalArray("alerts")) {
        def.alerts = parseAlerts(*alerts, def.items, itemsValid, errors);
    }
    if (const Json* schedule = top.array("schedule")) {
        def.schedule = parseSchedule(*schedule, errors);
    }

    if (!errors.empty()) {
        return Status::invalid(errors.take())
            .withContext("questionnaire " + (def.id.empty() ? std::string("(no id)") : def.id));
    }
    return def;
}

}  // namespace rtw::questionnaire
