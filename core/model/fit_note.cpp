#include "model/fit_note.h"

#include <algorithm>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, FitNote& x) {
    r.choice("status", x.status);
    r.choices("adjustments", x.adjustments);
    r.date("validFrom", x.validFrom);
    r.date("validTo", x.validTo);
    r.choice("issuerProfession", x.issuerProfession);
    r.text("comments", x.comments);
}

void check(ErrorList& e, const FitNote& x) {
    if (x.status == FitNoteAssessment::NotFit && !x.adjustments.empty()) {
        e.addCross("adjustments", "must be empty when the note says not fit for work", {"status"});
    }
    for (std::size_t i = 0; i < x.adjustments.size(); ++i) {
        const auto begin = x.adjustments.begin();
        if (std::find(begin, begin + static_cast<long>(i), x.adjustments[i]) !=
            begin + static_cast<long>(i)) {
            e.add(indexPath("adjustments", i), "is listed more than once");
        }
    }
    checkDate(e, "validFrom", x.validFrom);
    checkDate(e, "validTo", x.validTo);
    if (x.validTo.ok() && x.validFrom.ok() &&
        std::chrono::sys_days{x.validTo} < std::chrono::sys_days{x.validFrom}) {
        e.addCross("validTo", "must be on or after the start date (validFrom)", {"validFrom"});
    }
    checkText(e, "comments", x.comments, kTextLength);
}

}  // namespace

Result<FitNote> FitNote::fromJson(const nlohmann::json& fields) {
    return parseRecord<FitNote>(fields, read, check);
}

nlohmann::json toJson(const FitNote& x) {
    nlohmann::json j = {{"status", enumJson(x.status)},
                        {"adjustments", enumsJson(x.adjustments)},
                        {"validFrom", dateJson(x.validFrom)},
                        {"validTo", dateJson(x.validTo)},
                        {"issuerProfession", enumJson(x.issuerProfession)}};
    putOptional(j, "comments", x.comments);
    return j;
}

Status validate(const FitNote& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
