#pragma once
// PlanView: what the RTW plan section shows, built from the case's records
// (pure, so tested directly): the working plan as a form, where it stands
// ("Version 2, agreed 12/11/2026" / "Changes since version 2, not yet
// agreed"), what changed since the last agreed version, the versions with
// what changed in each, and the employer contacts a version can be shared
// with. Also the employer's view as display rows, built from core's
// employerView() JSON — the same JSON the employer's page will serve — so
// the preview cannot show more than the employer will see.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/consent_event.h"
#include "model/rtw_plan_version.h"
#include "qml/components/case_records.h"

namespace rtw::app {

/// The case's working plan and its agreed versions.
struct PlanState {
    std::string planId;  ///< empty when the case has no plan yet
    std::optional<model::RtwPlan> plan;
    struct Version {
        std::string id;
        model::RtwPlanVersion version;
    };
    std::vector<Version> versions;  ///< ascending by version number

    const Version* latest() const { return versions.empty() ? nullptr : &versions.back(); }
    const Version* find(const std::string& versionId) const;
    int latestNumber() const { return versions.empty() ? 0 : versions.back().version.version; }
};

/// The working plan is the case's rtw_plan with the most agreed versions
/// (the oldest on a tie: two devices offline may each have started one).
PlanState planStateOf(const CaseRecords& records);

/// A named employer contact, from the employer record and the consent log.
struct EmployerContact {
    std::string id;
    std::string name;
    bool mayContact = false;
    bool mayShare = false;
};
std::vector<EmployerContact> employerContactsOf(const CaseRecords& records,
                                                const model::ConsentState& consent);
model::ConsentState consentOf(const CaseRecords& records);

struct PlanView {
    PlanState state;
    QVariantMap form;            ///< the saved working plan (or a new one) as the editor's form
    QString status;              ///< "", "draft" or "agreed"
    QString statusText;          ///< where the plan stands, in words
    QString statusTone;          ///< for a StatusChip
    QStringList pendingChanges;  ///< saved changes not yet agreed (vs the last version)
    QList<QVariantMap>
        versions;  ///< newest first: versionId, version, title, agreedOnText, agreedByText, changes
    QString clientName;
    /// planCommentRows (plan_comments.h), oldest first; filled by the controller
    QList<QVariantMap> comments;
};

/// `newPlanForm` is the form for a case without a plan (adviser contact filled in).
PlanView buildPlanView(const CaseRecords& records, const QVariantMap& newPlanForm);

/// "the client, the adviser and the employer".
QString agreedByText(const std::vector<model::PlanParty>& parties);

/// Display rows of an employer view: {targetDate, reviewDates, reviewDatesShown,
/// phases[{week, text, notes}], adjustments[{typeText, description}],
/// actions[{description, ownerText, dueText, statusText}], adviserContact}.
QVariantMap employerPreview(const nlohmann::json& employerView);

/// "Week 1: 3 days of 4 hours" style text for one phase.
QString phaseText(int days, double hoursPerDay);

}  // namespace rtw::app
