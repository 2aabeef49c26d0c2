#pragma once
// A completed questionnaire (workflow 8): the raw answers only. Scoring
// against the questionnaire's definition belongs to core/questionnaire,
// because definitions are data that services can add (licensed instruments).

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class AdministeredBy { Self, Adviser };
enum class Timepoint { Baseline, Month3, Month6, Month12, Other };

template <>
struct EnumNames<AdministeredBy> {
    static constexpr std::string_view values[] = {"self", "adviser"};
};
template <>
struct EnumNames<Timepoint> {
    static constexpr std::string_view values[] = {"baseline", "month3", "month6", "month12",
                                                  "other"};
};

struct QuestionnaireResponse {
    static constexpr std::string_view kType = "questionnaire_response";

    std::string questionnaireId;  ///< e.g. "phq9": lowercase letters, digits, '_' or '-'
    int questionnaireVersion = 1;
    std::map<std::string, int> answers;  ///< item id -> option value (>= 0); at least one
    Timestamp completedAt = 0;
    AdministeredBy administeredBy{};
    Timepoint timepoint{};
    /// Set when the answers raised a self-harm alert as they were given (PHQ-9
    /// question 9 above 0), so the adviser's app flags the case after sync
    /// whoever gave the answers. Absent on older records: score them instead.
    std::optional<bool> selfHarmAlert;

    static Result<QuestionnaireResponse> fromJson(const nlohmann::json& fields);
    bool operator==(const QuestionnaireResponse&) const = default;
};

nlohmann::json toJson(const QuestionnaireResponse& q);
Status validate(const QuestionnaireResponse& q);

}  // namespace rtw::model
