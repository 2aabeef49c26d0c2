#pragma once
// ConsentView: the consent section, built from the case's records (pure,
// so tested directly): where each kind of consent stands now — from core's
// currentConsent(), per employer contact for the employer scopes — the
// whole log newest first, the employer contacts known, and the employer
// record with its line manager.

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

#include "model/consent_event.h"
#include "qml/components/case_records.h"

namespace rtw::app {

struct ConsentView {
    /// scope, scopeText, recipientId, recipientName, granted, stateText, tone
    QList<QVariantMap> standing;
    /// newest first: eventId, whenText, actionText, scopeText, recipientName, methodText, byText
    QList<QVariantMap> history;
    /// employer contacts [{value: id, text: name}]
    QVariantList contactChoices;
    /// exists, name, size, hasOccupationalHealth, lineManagerId, lineManagerName, phone, email
    QVariantMap employer;
    model::ConsentState consent;
};

/// `userId`/`userName`: who is signed in, to say who recorded what.
ConsentView buildConsentView(const CaseRecords& records, const std::string& userId,
                             const QString& userName);

/// The words for who recorded an event: the signed-in user's name, "the
/// client" (the case's patient account), else "another member of staff".
QString recordedByText(const std::string& recordedBy, const CaseRecords& records,
                       const std::string& userId, const QString& userName);

}  // namespace rtw::app
