#pragma once
// The timeline of a case: everything that happened, newest first — the
// referral and its decision, contacts (and missed ones), notes with their
// amendments and entries in error, consent given or withdrawn, fit notes,
// agreed plan versions, questionnaires, discharge. Pure, so tested directly.

#include <QList>
#include <QVariantMap>

#include "qml/components/case_records.h"

namespace rtw::app {

/// Rows with keys: when (display text), kind, title, detail, sortKey (ms).
QList<QVariantMap> buildTimeline(const CaseRecords& records);

}  // namespace rtw::app
