#pragma once
// MyPlanView: the patient's "My plan" page, built from their case's records
// (pure, so tested directly): the latest agreed plan version as the patient
// may see it — core's access policy redacts it (View::Patient), the one
// implementation the server also uses — as display rows, and the comments
// on the plan.

#include <QList>
#include <QString>
#include <QVariantMap>

#include <string>

#include "qml/components/case_records.h"

namespace rtw::app {

struct MyPlanView {
    std::string versionId;  ///< the version shown; empty when nothing is agreed yet
    QString heading;        ///< "Version 2, agreed on 12/11/2026 by you, your adviser ..."
    /// targetDate, reviewDates, reviewDatesShown, phases, adjustments, actions, adviserContact
    QVariantMap plan;
    QList<QVariantMap> comments;  ///< planCommentRows, oldest first
};

MyPlanView buildMyPlanView(const CaseRecords& records, const std::string& patientUserId);

}  // namespace rtw::app
