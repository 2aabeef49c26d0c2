#include "questionnaire/score.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "questionnaire/fixed_point.h"

namespace rtw::questionnaire {
namespace {

using detail::formatScaled;

// UK urgent-support routes (NHS England guidance for a mental health crisis).
// Kept in code, not data: a service must not be able to ship a definition
// that drops them.
constexpr const char* kSelfHarmSupport =
    "Thank you for being honest about how you have been feeling. Some of your answers "
    "suggest you may have had thoughts of hurting yourself or that you would be better off "
    "dead. You do not have to cope with this on your own, and your adviser will be in "
    "touch. If you feel you might act on these thoughts or you are not safe right now, "
    "call 999 or go to A&E. For urgent mental health help you can call NHS 111 and choose "
    "the mental health option, or talk to Samaritans free, day or night, on 116 123.";

constexpr const char* kClosing =
    "This is not a diagnosis. Your adviser will go through your answers with you.";

std::string listValues(const Item& item) {
    std::string out;
    for (const auto& o : item.options) {
        out += (out.empty() ? "" : ", ") + std::to_string(o.value);
    }
    return out;
}

struct Computed {
    std::int64_t scaled = 0;
    std::string band;
};

/// Answers are known valid here. Band lookup uses the same whole-number units
/// as the parser's coverage check, so every score lands in exactly one band.
Computed compute(const Definition& def, const Scoring& s,
                 const std::map<std::string, int>& answers) {
    std::int64_t sum = 0;
    for (const auto& id : s.items) {
        const Item* item = def.findItem(id);
        const int answer = answers.at(id);
        const bool reversed = std::find(s.reverse.begin(), s.reverse.end(), id) != s.reverse.end();
        sum += reversed ? item->minValue() + item->maxValue() - answer : answer;
    }
    Computed c;
    c.scaled = detail::scaledResult(sum, static_cast<std::int64_t>(s.items.size()),
                                    s.method == ScoringMethod::Mean, s.decimals);
    for (const auto& band : s.bands) {
        if (c.scaled >= detail::toScaled(band.min, s.decimals).value_or(0) &&
            c.scaled <= detail::toScaled(band.max, s.decimals).value_or(0)) {
            c.band = band.label;
            break;
        }
    }
    return c;
}

const Band* findBand(const Scoring& s, const std::string& label) {
    for (const auto& band : s.bands) {
        if (band.label == label) {
            return &band;
        }
    }
    return nullptr;
}

/// "6.0 out of 10" when the scale starts at zero, else "4.2 on a scale from 1
/// to 6". Whole-number ends are shown without decimals: "out of 10.0" reads oddly.
std::string valueInRange(const Scoring& s, double value) {
    auto fmt = [&](double v) {
        return formatScaled(detail::toScaled(v, s.decimals).value_or(0), s.decimals);
    };
    auto bound = [&](double v) {
        return v == std::round(v) ? formatScaled(static_cast<std::int64_t>(std::round(v)), 0)
                                  : fmt(v);
    };
    if (s.min == 0) {
        return fmt(value) + " out of " + bound(s.max);
    }
    return fmt(value) + " on a scale from " + bound(s.min) + " to " + bound(s.max);
}

}  // namespace

bool Score::hasAlert(AlertKind kind) const {
    return std::any_of(alerts.begin(), alerts.end(),
                       [kind](const TriggeredAlert& a) { return a.kind == kind; });
}

Result<Score> score(const Definition& def, const std::map<std::string, int>& answers) {
    std::vector<FieldError> errors;
    for (const auto& [id, value] : answers) {
        if (def.findItem(id) == nullptr) {
            errors.push_back({id, "is not a question in " + def.title});
        }
    }
    for (const auto& item : def.items) {
        auto it = answers.find(item.id);
        if (it == answers.end()) {
            errors.push_back({item.id, "has not been answered; every question needs an answer"});
        } else if (!item.accepts(it->second)) {
            const std::string v = std::to_string(it->second);
            errors.push_back({item.id, item.scale
                                           ? v + " is outside the scale (" +
                                                 std::to_string(item.scale->min) + " to " +
                                                 std::to_string(item.scale->max) + ")"
                                           : v + " is not one of the answers to this question (" +
                                                 listValues(item) + ")"});
        }
    }
    if (!errors.empty()) {
        return Status::invalid(std::move(errors)).withContext("answers to " + def.title);
    }
    if (def.scoring.items.empty()) {
        return Status::error(ErrorCode::Internal, def.id + " has no scored items; was it parsed?");
    }

    Score result;
    Computed main = compute(def, def.scoring, answers);
    result.value = detail::fromScaled(main.scaled, def.scoring.decimals);
    result.band = main.band;
    for (const auto& sub : def.subscales) {
        Computed c = compute(def, sub.scoring, answers);
        result.subscales.push_back(
            {sub.id, detail::fromScaled(c.scaled, sub.scoring.decimals), c.band});
    }
    result.alerts = alertsIn(def, answers);
    return result;
}

std::vector<TriggeredAlert> alertsIn(const Definition& def,
                                     const std::map<std::string, int>& answers) {
    std::vector<TriggeredAlert> out;
    for (const auto& alert : def.alerts) {
        const auto it = answers.find(alert.item);
        if (it != answers.end() && it->second >= alert.minValue) {
            out.push_back({alert.kind, alert.item, it->second});
        }
    }
    return out;
}

std::string plainLanguageResult(const Definition& def, const Score& result) {
    std::string text;
    if (result.hasAlert(AlertKind::SelfHarm)) {
        text += std::string(kSelfHarmSupport) + "\n\n";
    }

    text += "Your " + def.title + " score is " + valueInRange(def.scoring, result.value) + ".";
    if (!def.scoring.meaning.empty()) {
        text += " " + def.scoring.meaning;
    }
    if (const Band* band = findBand(def.scoring, result.band)) {
        text += " " + band->description;
    }

    for (std::size_t i = 0; i < def.subscales.size() && i < result.subscales.size(); ++i) {
        const Subscale& sub = def.subscales[i];
        const SubscaleScore& got = result.subscales[i];
        text += "\n" + sub.title + ": " + valueInRange(sub.scoring, got.value) + ".";
        if (!sub.scoring.meaning.empty()) {
            text += " " + sub.scoring.meaning;
        }
        if (const Band* band = findBand(sub.scoring, got.band)) {
            text += " " + band->description;
        }
    }
    text += "\n\n";
    text += kClosing;
    return text;
}

}  // namespace rtw::questionnaire
