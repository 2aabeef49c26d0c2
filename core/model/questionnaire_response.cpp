#include "model/questionnaire_response.h"

#include <limits>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

// Ids are used as keys in definitions and exports, so keep them plain.
bool isPlainId(std::string_view s) {
    if (s.empty() || s.size() > kIdLength) return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

void readAnswers(FieldReader& r, std::map<std::string, int>& out) {
    const auto* v = r.field("answers", true);
    if (!v) return;
    const auto base = r.pathOf("answers");
    if (!v->is_object()) {
        r.errors().add(base, "must be a group of item ids with whole-number answers");
        return;
    }
    for (const auto& item : v->items()) {
        const auto& value = item.value();
        if (!value.is_number_integer() || value.get<std::int64_t>() < 0 ||
            value.get<std::int64_t>() > std::numeric_limits<int>::max()) {
            r.errors().add(fieldPath(base, item.key()), "must be a whole number, 0 or more");
            continue;
        }
        out[item.key()] = static_cast<int>(value.get<std::int64_t>());
    }
}

void read(FieldReader& r, QuestionnaireResponse& x) {
    r.text("questionnaireId", x.questionnaireId);
    r.integer("questionnaireVersion", x.questionnaireVersion);
    readAnswers(r, x.answers);
    r.timestamp("completedAt", x.completedAt);
    r.choice("administeredBy", x.administeredBy);
    r.choice("timepoint", x.timepoint);
    r.flag("selfHarmAlert", x.selfHarmAlert);
}

void check(ErrorList& e, const QuestionnaireResponse& x) {
    if (!isPlainId(x.questionnaireId)) {
        e.add("questionnaireId",
              "must be a short id of lowercase letters, digits, '_' or '-', e.g. phq9");
    }
    if (x.questionnaireVersion < 1) e.add("questionnaireVersion", "must be 1 or more");
    if (x.answers.empty()) e.add("answers", "must have at least one answer");
    for (const auto& [item, value] : x.answers) {
        if (!isPlainId(item)) {
            e.add(fieldPath("answers", item),
                  "is not a valid item id: use lowercase letters, digits, '_' or '-'");
        } else if (value < 0) {
            e.add(fieldPath("answers", item), "must be a whole number, 0 or more");
        }
    }
    checkTimestamp(e, "completedAt", x.completedAt);
}

}  // namespace

Result<QuestionnaireResponse> QuestionnaireResponse::fromJson(const nlohmann::json& fields) {
    return parseRecord<QuestionnaireResponse>(fields, read, check);
}

nlohmann::json toJson(const QuestionnaireResponse& x) {
    nlohmann::json j = {{"questionnaireId", x.questionnaireId},
                        {"questionnaireVersion", x.questionnaireVersion},
                        {"answers", x.answers},
                        {"completedAt", timestampJson(x.completedAt)},
                        {"administeredBy", enumJson(x.administeredBy)},
                        {"timepoint", enumJson(x.timepoint)}};
    putOptional(j, "selfHarmAlert", x.selfHarmAlert);
    return j;
}

Status validate(const QuestionnaireResponse& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
