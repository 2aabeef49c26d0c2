#pragma once
// SharingView: the patient's "My sharing" page, built from their case's
// records (pure, so tested directly): who can see their plan — each
// employer contact they agreed to share it with (and what is shared with
// them now) and their GP (progress reports) — and when their employer
// viewed the plan (the audit's `read` events for the employer's page,
// which the policy lets the patient see), newest first.

#include <QList>
#include <QVariantMap>

#include "model/dates.h"
#include "qml/components/case_records.h"

namespace rtw::app {

struct SharingView {
    /// scope, recipientId, name, roleText, detail, granted, tone
    QList<QVariantMap> people;
    /// newest first: at (ms), whenText, whoText
    QList<QVariantMap> views;
};

SharingView buildSharingView(const CaseRecords& records, model::Timestamp now);

}  // namespace rtw::app
