#pragma once
// Scoring a completed questionnaire and saying what the score means, for
// advisers (value, band label, alerts) and for patients (plain English).

#include <map>
#include <string>
#include <vector>

#include "questionnaire/definition.h"
#include "util/status.h"

namespace rtw::questionnaire {

/// An alert whose condition an answer met, e.g. PHQ-9 item 9 answered 2.
struct TriggeredAlert {
    AlertKind kind = AlertKind::SelfHarm;
    std::string item;
    int answer = 0;
    bool operator==(const TriggeredAlert&) const = default;
};

/// One subscale's result (see Subscale).
struct SubscaleScore {
    std::string id;
    double value = 0;
    std::string band;  ///< label of the band it falls in; empty if unbanded
    bool operator==(const SubscaleScore&) const = default;
};

/// The result of one completed questionnaire.
struct Score {
    double value = 0;  ///< already rounded to scoring.decimals
    std::string band;  ///< label of the band it falls in; empty if unbanded
    std::vector<TriggeredAlert> alerts;
    std::vector<SubscaleScore> subscales;  ///< in definition order

    bool hasAlert(AlertKind kind) const;
    bool operator==(const Score&) const = default;
};

/// Scores `answers` (item id -> value). Every item must be answered with one
/// of its options or a whole number on its scale, and nothing else may be
/// given; otherwise InvalidArgument with one FieldError per item, named by
/// item id. Alerts look at the raw answer, before any reverse scoring.
Result<Score> score(const Definition& def, const std::map<std::string, int>& answers);

/// The alerts that the answers given so far meet (items not yet answered are
/// skipped), so a screen can offer urgent support the moment PHQ-9 question
/// 9 is answered, before the rest. score() reports the same alerts.
std::vector<TriggeredAlert> alertsIn(const Definition& def,
                                     const std::map<std::string, int>& answers);

/// A short, gentle explanation for the patient: the score and its range, what
/// it means (the band's description), and, first of all if one fired, where
/// to get urgent support. Never a diagnosis.
std::string plainLanguageResult(const Definition& def, const Score& score);

}  // namespace rtw::questionnaire
