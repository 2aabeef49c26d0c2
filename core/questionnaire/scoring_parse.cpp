#include "questionnaire/scoring_parse.h"

#include <algorithm>
#include <cstdint>

#include "questionnaire/fixed_point.h"

namespace rtw::questionnaire::detail {
namespace {

constexpr int kMaxDecimals = 3;

std::string knownItemList(const std::vector<Item>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item.id;
    }
    return out;
}

/// The ids in a list such as scoring.items, checked against `allowed`.
std::vector<std::string> readIdList(const Json& list, const std::string& path,
                                    const std::vector<std::string>& allowed,
                                    const std::string& allowedWhat, FieldErrors& errors) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string p = indexPath(path, i);
        auto id = readText(list[i], p, errors);
        if (!id) {
            continue;
        }
        if (std::find(allowed.begin(), allowed.end(), *id) == allowed.end()) {
            errors.add(p, "\"" + *id + "\" is not " + allowedWhat);
        } else if (std::find(ids.begin(), ids.end(), *id) != ids.end()) {
            errors.add(p, "\"" + *id + "\" is listed twice");
        } else {
            ids.push_back(*id);
        }
    }
    return ids;
}

struct ScaledRange {
    std::int64_t min = 0;
    std::int64_t max = 0;
};

/// Checks that the bands, in order, cover `range` exactly. Scores move in
/// steps of 10^-decimals, so PHQ-9's "5-9" is followed by "10-14" and PEG's
/// "0-3.9" by "4.0-6.9".
void checkCoverage(const std::vector<ScaledRange>& bands, const std::string& path,
                   ScaledRange range, int decimals, FieldErrors& errors) {
    auto fmt = [decimals](std::int64_t v) { return formatScaled(v, decimals); };
    for (std::size_t j = 0; j < bands.size(); ++j) {
        const std::string p = indexPath(path, j);
        const ScaledRange& b = bands[j];
        if (b.min < range.min) {
            errors.add(fieldPath(p, "min"),
                       "is below the lowest possible score (" + fmt(range.min) + ")");
        } else if (j == 0 && b.min > range.min) {
            errors.add(fieldPath(p, "min"),
                       "must be " + fmt(range.min) + ", the lowest possible score: scores from " +
                           fmt(range.min) + " to " + fmt(b.min - 1) + " have no band");
        } else if (j > 0) {
            const std::int64_t expected = bands[j - 1].max + 1;
            const std::string prev = indexPath(path, j - 1);
            if (b.min > expected) {
                errors.add(fieldPath(p, "min"), "leaves a gap after " + prev + ": scores " +
                                                    fmt(expected) + " to " + fmt(b.min - 1) +
                                                    " have no band");
            } else if (b.min < expected) {
                errors.add(fieldPath(p, "min"), "overlaps " + prev + ", which ends at " +
                                                    fmt(bands[j - 1].max) + "; should be " +
                                                    fmt(expected) +
                                                    " (bands run from lowest to highest)");
            }
        }
        if (b.max > range.max) {
            errors.add(fieldPath(p, "max"),
                       "is above the highest possible score (" + fmt(range.max) + ")");
        } else if (j + 1 == bands.size() && b.max < range.max) {
            errors.add(fieldPath(p, "max"),
                       "must be " + fmt(range.max) + ", the highest possible score: scores from " +
                           fmt(b.max + 1) + " to " + fmt(range.max) + " have no band");
        }
    }
}

/// Parses bands; checks coverage only when every band and the range are sound.
std::vector<Band> parseBands(const Json& list, const std::string& path,
                             std::optional<ScaledRange> range, int decimals, FieldErrors& errors) {
    const std::size_t errorsBefore = errors.size();
    std::vector<Band> bands;
    std::vector<ScaledRange> scaled;
    for (std::size_t j = 0; j < list.size(); ++j) {
        const std::string p = indexPath(path, j);
        ObjectReader r(list[j], p, errors, {"min", "max", "label", "description"});
        if (!r.isObject()) {
            continue;
        }
        Band band;
        auto min = r.number("min");
        auto max = r.number("max");
        auto label = r.text("label");
        auto description = r.text("description");
        if (label) {
            for (std::size_t k = 0; k < bands.size(); ++k) {
                if (bands[k].label == *label) {
                    errors.add(r.pathOf("label"), "repeats " + indexPath(path, k) + ".label");
                }
            }
        }
        std::optional<std::int64_t> smin, smax;
        const std::string step = "a multiple of " + formatScaled(1, decimals) +
                                 " (scores are given to " + std::to_string(decimals) +
                                 " decimal places)";
        if (min && !(smin = toScaled(*min, decimals))) {
            errors.add(r.pathOf("min"), "must be " + step);
        }
        if (max && !(smax = toScaled(*max, decimals))) {
            errors.add(r.pathOf("max"), "must be " + step);
        }
        if (smin && smax && *smin > *smax) {
            errors.add(r.pathOf("max"),
                       "must not be less than min (" + formatScaled(*smin, decimals) + ")");
        }
        if (!smin || !smax || !label || !description) {
            continue;
        }
        bands.push_back({*min, *max, *label, *description});
        scaled.push_back({*smin, *smax});
    }
    if (range && errors.size() == errorsBefore) {
        checkCoverage(scaled, path, *range, decimals, errors);
    }
    return bands;
}

}  // namespace

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > 64 || id.front() < 'a' || id.front() > 'z') {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::optional<Scoring> parseScoring(const Json& json, const std::string& path,
                                    const Json* bandsJson, const std::string& bandsPath,
                                    const std::vector<Item>& items, bool itemsValid,
                                    FieldErrors& errors) {
    const std::size_t errorsBefore = errors.size();
    ObjectReader r(json, path, errors,
                   {"method", "items", "reverse", "range", "decimals", "meaning"});
    if (!r.isObject()) {
        return std::nullopt;
    }
    Scoring s;

    auto method = r.text("method");
    if (method == "sum") {
        s.method = ScoringMethod::Sum;
    } else if (method == "mean") {
        s.method = ScoringMethod::Mean;
    } else if (method) {
        errors.add(r.pathOf("method"),
                   "\"" + *method + "\" is not a supported method (use \"sum\" or \"mean\")");
    }

    std::vector<std::string> itemIds;
    itemIds.reserve(items.size());
    for (const auto& item : items) {
        itemIds.push_back(item.id);
    }
    if (const Json* list = r.array("items")) {
        if (list->empty()) {
            errors.add(r.pathOf("items"), "must list at least one item");
        }
        s.items = readIdList(*list, r.pathOf("items"), itemIds,
                             "an item of this questionnaire (known: " + knownItemList(items) + ")",
                             errors);
    }
    if (const Json* list = r.optionalArray("reverse")) {
        s.reverse =
            readIdList(*list, r.pathOf("reverse"), s.items, "one of the scored items", errors);
    }

    if (r.has("decimals")) {
        auto d = r.integer("decimals");
        if (d && (*d < 0 || *d > kMaxDecimals)) {
            errors.add(r.pathOf("decimals"),
                       "must be between 0 and " + std::to_string(kMaxDecimals));
        } else if (d) {
            s.decimals = *d;
        }
    }
    s.meaning = r.optionalText("meaning");

    std::optional<ScaledRange> declared;
    if (const Json* rangeJson = r.value("range")) {
        ObjectReader rr(*rangeJson, r.pathOf("range"), errors, {"min", "max"});
        auto min = rr.number("min");
        auto max = rr.number("max");
        std::optional<std::int64_t> smin = min ? toScaled(*min, s.decimals) : std::nullopt;
        std::optional<std::int64_t> smax = max ? toScaled(*max, s.decimals) : std::nullopt;
        if (min && !smin) {
            errors.add(rr.pathOf("min"), "has more decimal places than scoring.decimals");
        }
        if (max && !smax) {
            errors.add(rr.pathOf("max"), "has more decimal places than scoring.decimals");
        }
        if (smin && smax && *smin >= *smax) {
            errors.add(rr.pathOf("max"),
                       "must be greater than min (" + formatScaled(*smin, s.decimals) + ")");
        } else if (smin && smax) {
            declared = ScaledRange{*smin, *smax};
            s.min = *min;
            s.max = *max;
        }
    }

    // The declared range must be what the items can really produce: a
    // mismatch means an item or the range was mistyped, and bands built on a
    // wrong range would mislabel real scores.
    const bool scoringSound = errors.size() == errorsBefore;
    if (declared && scoringSound && itemsValid) {
        std::int64_t lowest = 0, highest = 0;
        for (const auto& id : s.items) {
            for (const auto& item : items) {
                if (item.id != id) {
                    continue;
                }
                lowest += item.minValue();  // reversing swaps ends, not the range
                highest += item.maxValue();
            }
        }
        const auto count = static_cast<std::int64_t>(s.items.size());
        const bool mean = s.method == ScoringMethod::Mean;
        const ScaledRange actual{scaledResult(lowest, count, mean, s.decimals),
                                 scaledResult(highest, count, mean, s.decimals)};
        if (actual.min != declared->min || actual.max != declared->max) {
            errors.add(r.pathOf("range"), "is " + formatScaled(declared->min, s.decimals) + " to " +
                                              formatScaled(declared->max, s.decimals) +
                                              " but the " + scoringMethodName(s.method) +
                                              " of the scored items runs from " +
                                              formatScaled(actual.min, s.decimals) + " to " +
                                              formatScaled(actual.max, s.decimals));
            declared = actual;  // still check the bands, against what is real
        }
    }

    if (bandsJson != nullptr) {
        if (!bandsJson->is_array()) {
            errors.add(bandsPath, "must be a list ([...]); use [] for a score without bands");
        } else {
            s.bands = parseBands(*bandsJson, bandsPath, declared, s.decimals, errors);
        }
    }
    if (errors.size() != errorsBefore) {
        return std::nullopt;
    }
    return s;
}

}  // namespace rtw::questionnaire::detail
