#pragma once
// A questionnaire definition: the in-memory form of one JSON file in
// assets/questionnaires/. Instruments are data, not code, so a service that
// holds a licence (EQ-5D-5L, BPI, HADS...) can add one without a new build.
// The JSON format is documented in docs/questionnaires.md; parse.h turns JSON
// into these types and guarantees every invariant noted here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rtw::questionnaire {

/// The JSON format version this build reads. A file with a higher number was
/// written for a newer app and is refused as Unsupported, never half-read.
inline constexpr int kFormatVersion = 1;

/// One labelled answer to a multiple-choice item.
struct Option {
    int value = 0;
    std::string label;
    bool operator==(const Option&) const = default;
};

/// A numeric rating scale (e.g. 0-10) with words at each end.
struct Scale {
    int min = 0;
    int max = 0;  ///< always > min
    std::string minLabel;
    std::string maxLabel;
    bool operator==(const Scale&) const = default;
};

/// One question. Exactly one of `options` (at least two, distinct values) or
/// `scale` is set.
struct Item {
    std::string id;
    std::string text;
    std::vector<Option> options;
    std::optional<Scale> scale;

    int minValue() const;
    int maxValue() const;
    /// Whether `value` is a possible answer (one of the options, or on the scale).
    bool accepts(int value) const;
    bool operator==(const Item&) const = default;
};

enum class ScoringMethod { Sum, Mean };

/// A named part of the score range, e.g. PHQ-9 10-14 "Moderate". The bands of
/// a score, in order, cover its range exactly: no gaps, no overlaps.
struct Band {
    double min = 0;           ///< inclusive
    double max = 0;           ///< inclusive
    std::string label;        ///< short, for advisers ("Moderately severe")
    std::string description;  ///< plain English, gentle: shown to the patient
    bool operator==(const Band&) const = default;
};

/// How a set of item answers becomes one number.
struct Scoring {
    ScoringMethod method = ScoringMethod::Sum;
    std::vector<std::string> items;    ///< ids of the scored items, no repeats
    std::vector<std::string> reverse;  ///< subset of items scored (min+max-answer)
    double min = 0;                    ///< equals what the items can produce
    double max = 0;
    int decimals = 0;         ///< result rounded half away from zero to this many places (0-3)
    std::string meaning;      ///< optional, for patients: "Higher scores mean..."
    std::vector<Band> bands;  ///< empty: the score is reported without a band
    bool operator==(const Scoring&) const = default;
};

/// A second (third...) score from the same answers, e.g. BPI interference
/// alongside severity, or HADS anxiety alongside depression.
struct Subscale {
    std::string id;
    std::string title;
    Scoring scoring;
    bool operator==(const Subscale&) const = default;
};

enum class AlertKind {
    SelfHarm,  ///< the app must offer urgent support at once and flag the adviser
};

/// An answer that needs a human response whatever the total, e.g. PHQ-9
/// item 9 (thoughts of self-harm) answered 1 or more.
struct Alert {
    std::string item;
    int minValue = 0;  ///< fires when the raw answer is >= this
    AlertKind kind = AlertKind::SelfHarm;
    bool operator==(const Alert&) const = default;
};

/// When the questionnaire is asked: "baseline" (month 0) or "monthN".
struct Timepoint {
    std::string id;
    int monthsAfterBaseline = 0;
    bool operator==(const Timepoint&) const = default;
};

/// A whole questionnaire, valid by construction when it came from parse.h.
struct Definition {
    std::string id;   ///< lower-case letters, digits, '_'; unique across the assets
    int version = 1;  ///< bumped when wording or scoring changes, stored with answers
    std::string title;
    std::string instructions;
    std::string licence;
    std::vector<Item> items;
    Scoring scoring;
    std::vector<Subscale> subscales;
    std::vector<Alert> alerts;
    std::vector<Timepoint> schedule;  ///< starts with baseline, months strictly increasing

    const Item* findItem(std::string_view itemId) const;
    bool operator==(const Definition&) const = default;
};

const char* scoringMethodName(ScoringMethod method);
const char* alertKindName(AlertKind kind);

}  // namespace rtw::questionnaire
