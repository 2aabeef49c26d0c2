#include "model/plan_comment.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, PlanComment& x) {
    r.text("planVersionId", x.planVersionId);
    r.text("text", x.text);
    r.text("authorId", x.authorId);
    r.choice("authorRole", x.authorRole);
    r.timestamp("at", x.at);
}

void check(ErrorList& e, const PlanComment& x) {
    checkUuid(e, "planVersionId", x.planVersionId);
    if (isBlank(x.text))
        e.add("text", "must not be empty: write your comment");
    else
        checkText(e, "text", x.text, kTextLength);
    checkUuid(e, "authorId", x.authorId);
    checkTimestamp(e, "at", x.at);
}

}  // namespace

Result<PlanComment> PlanComment::fromJson(const nlohmann::json& fields) {
    return parseRecord<PlanComment>(fields, read, check);
}

nlohmann::json toJson(const PlanComment& x) {
    return {{"planVersionId", x.planVersionId},
            {"text", x.text},
            {"authorId", x.authorId},
            {"authorRole", enumJson(x.authorRole)},
            {"at", timestampJson(x.at)}};
}

Status validate(const PlanComment& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
