#include "model/referral.h"

#include <algorithm>

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void readEligibility(FieldReader& r, Eligibility& e) {
    r.choice("decision", e.decision);
    r.flag("overridden", e.overridden);
    r.text("overrideReason", e.overrideReason);
}

void read(FieldReader& r, Referral& x) {
    r.choice("source", x.source);
    r.text("referrerName", x.referrerName);
    r.text("referrerPractice", x.referrerPractice);
    r.date("referralDate", x.referralDate);
    r.text("reason", x.reason);
    r.choice("conditionGroup", x.conditionGroup);
    r.choices("painSites", x.painSites);
    r.choice("workStatus", x.workStatus);
    r.date("offSickSince", x.offSickSince);
    r.date("unemployedSince", x.unemployedSince);
    r.choice("fitNoteStatus", x.fitNoteStatus);
    r.flag("consentToContact", x.consentToContact);
    r.object("eligibility", x.eligibility, readEligibility);
    r.choice("status", x.status);
    r.text("declineReason", x.declineReason);
}

// "X is required when Y" / "must be left out unless Y" for a field that
// belongs with exactly one value of another field.
template <typename T>
void checkPresentIff(ErrorList& e, const char* field, const std::optional<T>& value, bool wanted,
                     const char* when, const char* controlling) {
    if (wanted && !value) {
        e.addCross(field, std::string("is required when ") + when, {controlling});
    } else if (!wanted && value) {
        e.addCross(field, std::string("must be left out unless ") + when, {controlling});
    }
}

void checkNotAfterReferral(ErrorList& e, const char* field, const std::optional<Date>& d,
                           Date referralDate) {
    if (d && isValidDate(*d) && std::chrono::sys_days{*d} > std::chrono::sys_days{referralDate}) {
        e.addCross(field, "must not be after the referral date", {"referralDate"});
    }
}

void check(ErrorList& e, const Referral& x) {
    checkText(e, "referrerName", x.referrerName, kNameLength);
    checkText(e, "referrerPractice", x.referrerPractice, kTitleLength);
    checkDate(e, "referralDate", x.referralDate);
    checkText(e, "reason", x.reason, kTextLength);
    for (std::size_t i = 0; i < x.painSites.size(); ++i) {
        if (std::find(x.painSites.begin(), x.painSites.begin() + static_cast<long>(i),
                      x.painSites[i]) != x.painSites.begin() + static_cast<long>(i)) {
            e.add(indexPath("painSites", i), "is listed more than once");
        }
    }
    if (x.conditionGroup == ConditionGroup::Musculoskeletal && x.painSites.empty()) {
        e.addCross("painSites", "must list at least one pain site for a musculoskeletal condition",
                   {"conditionGroup"});
    }
    checkPresentIff(e, "offSickSince", x.offSickSince, x.workStatus == WorkStatus::EmployedOffSick,
                    "the work status is employed_off_sick", "workStatus");
    checkPresentIff(e, "unemployedSince", x.unemployedSince, x.workStatus == WorkStatus::Unemployed,
                    "the work status is unemployed", "workStatus");
    checkDate(e, "offSickSince", x.offSickSince);
    checkDate(e, "unemployedSince", x.unemployedSince);
    checkNotAfterReferral(e, "offSickSince", x.offSickSince, x.referralDate);
    checkNotAfterReferral(e, "unemployedSince", x.unemployedSince, x.referralDate);

    const auto& el = x.eligibility;
    checkText(e, "eligibility.overrideReason", el.overrideReason, kTextLength);
    checkPresentIff(e, "eligibility.overrideReason", el.overrideReason, el.overridden,
                    "the decision is overridden", "eligibility.overridden");
    if (el.overridden && el.decision == EligibilityDecision::Pending) {
        e.addCross("eligibility.decision", "must be eligible or ineligible when overridden",
                   {"eligibility.overridden"});
    }
    // Accepting someone the check found ineligible needs a recorded override,
    // which sets the decision to eligible.
    if (x.status == ReferralStatus::Accepted && el.decision != EligibilityDecision::Eligible) {
        e.addCross("status", "can be accepted only when eligibility is eligible",
                   {"eligibility.decision"});
    }
    // Taking part is voluntary: nobody is taken on who has not agreed to be
    // contacted, whatever the eligibility decision says.
    if (x.status == ReferralStatus::Accepted && !x.consentToContact) {
        e.addCross("consentToContact",
                   "must be given before the referral is accepted: the person has not agreed to "
                   "be contacted",
                   {"status"});
    }
    checkText(e, "declineReason", x.declineReason, kTextLength);
    checkPresentIff(e, "declineReason", x.declineReason, x.status == ReferralStatus::Declined,
                    "the referral is declined", "status");
}

}  // namespace

Result<Referral> Referral::fromJson(const nlohmann::json& fields) {
    return parseRecord<Referral>(fields, read, check);
}

nlohmann::json toJson(const Referral& x) {
    nlohmann::json eligibility = {{"decision", enumJson(x.eligibility.decision)},
                                  {"overridden", x.eligibility.overridden}};
    putOptional(eligibility, "overrideReason", x.eligibility.overrideReason);
    nlohmann::json j = {{"source", enumJson(x.source)},
                        {"referralDate", dateJson(x.referralDate)},
                        {"reason", x.reason},
                        {"conditionGroup", enumJson(x.conditionGroup)},
                        {"painSites", enumsJson(x.painSites)},
                        {"workStatus", enumJson(x.workStatus)},
                        {"fitNoteStatus", enumJson(x.fitNoteStatus)},
                        {"consentToContact", x.consentToContact},
                        {"eligibility", eligibility},
                        {"status", enumJson(x.status)}};
    putOptional(j, "referrerName", x.referrerName);
    putOptional(j, "referrerPractice", x.referrerPractice);
    putOptional(j, "offSickSince", x.offSickSince);
    putOptional(j, "unemployedSince", x.unemployedSince);
    putOptional(j, "declineReason", x.declineReason);
    return j;
}

Status validate(const Referral& r) {
    return validateWith(r, check);
}

EligibilityResult checkEligibility(const Referral& r) {
    std::vector<std::string> unmet;    // rule out: ineligible
    std::vector<std::string> missing;  // cannot tell yet: pending
    if (!r.consentToContact) unmet.push_back("The person has not agreed to be contacted.");
    if (r.workStatus == WorkStatus::Unemployed) {
        if (!r.unemployedSince) {
            missing.push_back("The date the person became unemployed is not recorded.");
        } else if (daysBetween(*r.unemployedSince, r.referralDate) >= 365) {
            unmet.push_back("The person has been unemployed for 12 months or more.");
        }
    }
    if (r.conditionGroup == ConditionGroup::Musculoskeletal && r.painSites.empty()) {
        missing.push_back("No pain site is recorded for a musculoskeletal condition.");
    }
    if (!unmet.empty()) {
        unmet.insert(unmet.end(), missing.begin(), missing.end());
        return {EligibilityDecision::Ineligible, std::move(unmet)};
    }
    if (!missing.empty()) return {EligibilityDecision::Pending, std::move(missing)};
    return {EligibilityDecision::Eligible, {}};
}

}  // namespace rtw::model
