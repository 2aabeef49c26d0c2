#pragma once
// QuestionnairesView: the questionnaires section, built from the case's
// responses (pure, so tested directly): for each questionnaire its score
// history with bands (scored by core, never stored), any self-harm alert,
// and which follow-up is due (core's dueOn), plus the timepoint to offer
// when administering one now.

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>
#include <string>

#include "model/dates.h"
#include "qml/components/case_records.h"
#include "questionnaire/definition.h"
#include "questionnaire/due.h"

namespace rtw::app {

struct QuestionnairesView {
    /// Per questionnaire: id, title, latestText, dueText, dueTone, history
    /// (QStringList, newest first), hasAlert, count.
    QList<QVariantMap> instruments;
};

QuestionnairesView buildQuestionnairesView(const CaseRecords& records,
                                           const std::vector<questionnaire::Definition>& defs,
                                           model::Date today);

/// The timepoint (a questionnaire_response timepoint name) to offer for a
/// new response: "baseline" first, then the follow-up due, else "other".
std::string suggestedTimepoint(const CaseRecords& records, const questionnaire::Definition& def,
                               model::Date today);

/// Where one questionnaire stands on `today` under core's due rules
/// (questionnaire/due.h): the baseline not done yet, a follow-up due (or
/// overdue), or the next one's window.
struct DueState {
    bool baselineDone = false;
    std::optional<questionnaire::Due> due;               ///< a follow-up due now
    std::optional<questionnaire::TimepointWindow> next;  ///< else the next window, if any
};
DueState dueStateOf(const CaseRecords& records, const questionnaire::Definition& def,
                    model::Date today);

/// "14 out of 27: Moderate" style text of a score.
QString scoreText(const questionnaire::Definition& def, double value, const std::string& band);

}  // namespace rtw::app
