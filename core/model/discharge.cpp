#include "model/discharge.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void readInterim(FieldReader& r, InterimOutcomes& x) {
    r.flag("hasRtwPlan", x.hasRtwPlan);
    r.integer("confidenceReturning", x.confidenceReturning);
}

void read(FieldReader& r, Discharge& x) {
    r.date("dischargedOn", x.dischargedOn);
    r.choice("outcome", x.outcome);
    r.object("interimOutcomes", x.interimOutcomes, readInterim);
    r.flag("gpFeedbackConsent", x.gpFeedbackConsent);
    r.text("summary", x.summary);
}

void check(ErrorList& e, const Discharge& x) {
    checkDate(e, "dischargedOn", x.dischargedOn);
    if (x.interimOutcomes.confidenceReturning) {
        checkRange(e, "interimOutcomes.confidenceReturning", *x.interimOutcomes.confidenceReturning,
                   0, 10);
    }
    checkText(e, "summary", x.summary, kLongTextLength);
}

}  // namespace

Result<Discharge> Discharge::fromJson(const nlohmann::json& fields) {
    return parseRecord<Discharge>(fields, read, check);
}

nlohmann::json toJson(const Discharge& x) {
    nlohmann::json interim = {{"hasRtwPlan", x.interimOutcomes.hasRtwPlan}};
    putOptional(interim, "confidenceReturning", x.interimOutcomes.confidenceReturning);
    nlohmann::json j = {{"dischargedOn", dateJson(x.dischargedOn)},
                        {"outcome", enumJson(x.outcome)},
                        {"interimOutcomes", interim},
                        {"gpFeedbackConsent", x.gpFeedbackConsent}};
    putOptional(j, "summary", x.summary);
    return j;
}

Status validate(const Discharge& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
