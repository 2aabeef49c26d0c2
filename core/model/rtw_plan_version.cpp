#include "model/rtw_plan_version.h"

#include <algorithm>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, RtwPlanVersion& x) {
    r.text("planId", x.planId);
    r.integer("version", x.version);
    r.object("snapshot", x.snapshot, detail::readRtwPlan);
    r.date("agreedOn", x.agreedOn);
    r.choices("agreedBy", x.agreedBy);
    r.texts("changeSummary", x.changeSummary);
}

void check(ErrorList& e, const RtwPlanVersion& x) {
    checkUuid(e, "planId", x.planId);
    if (x.version < 1) e.add("version", "must be 1 or more");
    detail::checkRtwPlan(e, "snapshot", x.snapshot);
    if (x.snapshot.version != x.version) {
        e.addCross("snapshot.version",
                   "must match the version number (" + std::to_string(x.version) + ")",
                   {"version"});
    }
    if (x.snapshot.status != PlanStatus::Agreed) {
        e.add("snapshot.status", "must be agreed: only agreed plans are kept as versions");
    }
    checkDate(e, "agreedOn", x.agreedOn);
    for (std::size_t i = 0; i < x.agreedBy.size(); ++i) {
        const auto begin = x.agreedBy.begin();
        if (std::find(begin, begin + static_cast<long>(i), x.agreedBy[i]) !=
            begin + static_cast<long>(i)) {
            e.add(indexPath("agreedBy", i), "is listed more than once");
        }
    }
    if (std::find(x.agreedBy.begin(), x.agreedBy.end(), PlanParty::Patient) == x.agreedBy.end()) {
        e.add("agreedBy", "must include the patient: a plan is only agreed with them");
    }
    for (std::size_t i = 0; i < x.changeSummary.size(); ++i) {
        checkText(e, indexPath("changeSummary", i), x.changeSummary[i], kTextLength);
    }
}

}  // namespace

Result<RtwPlanVersion> RtwPlanVersion::fromJson(const nlohmann::json& fields) {
    return parseRecord<RtwPlanVersion>(fields, read, check);
}

nlohmann::json toJson(const RtwPlanVersion& x) {
    return {{"planId", x.planId},
            {"version", x.version},
            {"snapshot", toJson(x.snapshot)},
            {"agreedOn", dateJson(x.agreedOn)},
            {"agreedBy", enumsJson(x.agreedBy)},
            {"changeSummary", x.changeSummary}};
}

Status validate(const RtwPlanVersion& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
