#pragma once
// MyQuestionnairesView: the patient's questionnaires page, built from their
// case's responses (pure, so tested directly, with any "today"): which are
// due now and which come next under core's due rules, the latest result in
// plain language (core's wording), and the history.

#include <QList>
#include <QVariantMap>

#include <vector>

#include "model/dates.h"
#include "qml/components/case_records.h"
#include "questionnaire/definition.h"

namespace rtw::app {

struct MyQuestionnairesView {
    /// Due ones first: id, title, dueNow, statusText, tone, resultText,
    /// history (QStringList, newest first), count
    QList<QVariantMap> questionnaires;
    int dueCount = 0;
};

MyQuestionnairesView buildMyQuestionnairesView(const CaseRecords& records,
                                               const std::vector<questionnaire::Definition>& defs,
                                               model::Date today);

}  // namespace rtw::app
