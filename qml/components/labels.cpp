#include "qml/components/labels.h"

#include <map>
#include <utility>
#include <vector>

#include "model/model.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

using Table = std::vector<std::pair<QString, QString>>;

template <typename E, std::size_t N>
Table table(const char* const (&texts)[N]) {
    static_assert(N == std::size(model::EnumNames<E>::values), "one label per stored value");
    Table t;
    const auto names = model::enumNames<E>();
    for (std::size_t i = 0; i < N; ++i) t.emplace_back(toQt(names[i]), QString::fromUtf8(texts[i]));
    return t;
}

const std::map<QString, Table>& tables() {
    using namespace model;
    static const std::map<QString, Table> all = {
        {"caseStatus", table<CaseStatus>({"Awaiting first contact", "Active", "Discharged",
                                          "Declined", "Closed"})},
        {"referralSource", table<ReferralSource>({"GP", "Other clinician", "Self-referral",
                                                  "Employer", "Jobcentre"})},
        {"conditionGroup",
         table<ConditionGroup>({"Musculoskeletal (pain)", "Mental health", "Other"})},
        {"painSite",
         table<PainSite>({"Neck", "Shoulder", "Upper back", "Lower back", "Hip", "Knee",
                          "Ankle or foot", "Elbow", "Wrist or hand", "Widespread", "Other"})},
        {"workStatus", table<WorkStatus>({"Off sick from work", "In work but struggling",
                                          "Self-employed", "Unemployed"})},
        {"fitNoteStatus", table<FitNoteStatus>({"No fit note", "Not fit for work",
                                                "May be fit for work", "Not known"})},
        {"eligibility",
         table<EligibilityDecision>({"Not decided yet", "Eligible", "Not eligible"})},
        {"referralStatus", table<ReferralStatus>({"Received", "Accepted", "Declined"})},
        {"preferredContact",
         table<ContactPreference>({"Phone call", "Text message", "Email", "Video call", "Letter"})},
        {"contactMode", table<ContactMode>({"Face to face", "Phone", "Video", "Email", "Text"})},
        {"attendance", table<Attendance>({"Attended", "Cancelled by client", "Cancelled by adviser",
                                          "Did not attend"})},
        {"actionOwner", table<ActionOwner>({"Client", "Adviser", "Employer", "GP"})},
        {"actionStatus", table<ActionStatus>({"Open", "Done", "Cancelled"})},
        {"barrierCategory",
         table<BarrierCategory>({"Health", "Workplace", "Money and benefits", "Debt", "Housing",
                                 "Confidence or fear", "Transport", "Caring"})},
        {"employerSize", table<EmployerSize>({"Micro (under 10 staff)", "Small (under 50)",
                                              "Medium (under 250)", "Large (250 or more)"})},
        {"fitNoteAssessment",
         table<FitNoteAssessment>({"Not fit for work", "May be fit for work"})},
        {"fitNoteAdjustment",
         table<FitNoteAdjustment>(
             {"Phased return", "Altered hours", "Amended duties", "Workplace adaptations"})},
        {"consentScope", table<ConsentScope>({"To be contacted", "To contact the employer",
                                              "To share the plan with the employer",
                                              "To send progress to the GP"})},
        {"consentMethod", table<ConsentMethod>({"Verbally", "In writing", "In the app"})},
        {"noteKind", table<CaseNoteKind>({"Note", "Amendment", "Entered in error"})},
        {"dischargeOutcome",
         table<DischargeOutcome>({"Returned to the same job, full duties",
                                  "Returned to the same job, phased", "Stayed in work", "New job",
                                  "Voluntary work", "Training", "Looking for work", "Not working",
                                  "Lost contact"})},
        {"adjustmentType",
         table<AdjustmentType>({"Phased return", "Altered hours", "Amended duties",
                                "Workplace adaptations", "Restricted duties", "Ergonomic changes",
                                "Travel changes"})},
        {"planParty", table<PlanParty>({"Client", "Adviser", "Employer", "GP"})},
        {"planStatus", table<PlanStatus>({"Draft", "Agreed"})},
        {"goalCategory", table<GoalCategory>({"Pain management", "Work", "Activity"})},
        {"goalFrequency", table<GoalFrequency>({"Every day", "Every week", "Times a week"})},
        {"goalStatus",
         table<GoalStatus>({"Active", "Achieved", "Paused", "Stopped", "Suggested by the client"})},
        {"consentAction", table<ConsentAction>({"Given", "Withdrawn"})},
        {"timepoint", table<Timepoint>({"Baseline", "3 months", "6 months", "12 months", "Other"})},
    };
    return all;
}

}  // namespace

QString Labels::text(const QString& kind, const QString& value) {
    const auto& all = tables();
    auto t = all.find(kind);
    if (t == all.end()) return value;
    for (const auto& [v, label] : t->second)
        if (v == value) return label;
    return value;
}

QVariantList Labels::choices(const QString& kind) {
    QVariantList out;
    const auto& all = tables();
    auto t = all.find(kind);
    if (t == all.end()) return out;
    for (const auto& [v, label] : t->second)
        out.append(QVariantMap{{QStringLiteral("value"), v}, {QStringLiteral("text"), label}});
    return out;
}

QStringList Labels::kinds() {
    QStringList out;
    for (const auto& [k, _] : tables()) out << k;
    return out;
}

}  // namespace rtw::app
