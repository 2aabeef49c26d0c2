#pragma once
// CaseOverview: what the case file's overview shows, built from the case's
// records — client, referral and eligibility, time to first contact, work
// and employer, barriers, fit notes, consent and next actions — as display
// text (en-GB dates, plain-English labels). Pure, so tested directly.

#include <QList>
#include <QString>
#include <QVariantMap>

#include "model/dates.h"
#include "qml/components/case_records.h"

namespace rtw::app {

struct CaseOverview {
    QString clientName;
    QString status;      ///< stored value, e.g. "active"
    QString statusText;  ///< "Active"
    QString workStatusText;
    /// "First contact 9 days after referral (14/03/2026)" or "Waiting 5 days for first contact".
    QString firstContactText;
    /// "" or, when the latest answers to a questionnaire raised the
    /// self-harm alert (given in person or by the client on their phone),
    /// what happened and that the adviser must follow it up.
    QString safetyAlert;
    QVariantMap client;  ///< dateOfBirth, age, nhsNumber, phone, email, postcode, preferredContact
    QVariantMap referral;    ///< sourceText, referrer, referralDate, reason, ... eligibilityText
    QVariantMap employment;  ///< jobTitle, hours, workHistory, tasks (empty map: none recorded)
    QVariantMap employer;    ///< name, sizeText, occupationalHealth, lineManager
    QList<QVariantMap> barriers;
    QList<QVariantMap> fitNotes;
    QList<QVariantMap> actions;  ///< open first (by due date), then done and cancelled
    QList<QVariantMap> consents;
};

CaseOverview buildOverview(const CaseRecords& records, model::Date today);

}  // namespace rtw::app
