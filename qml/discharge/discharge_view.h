#pragma once
// DischargeView: the discharge section, built from the case's records
// (pure): the discharge as a form (or a new one), whether the GP letter may
// be written and, if not, why (core's consent rules), and what it will hold.

#include <QString>
#include <QVariantMap>

#include "model/dates.h"
#include "qml/components/case_records.h"

namespace rtw::app {

struct DischargeView {
    /// {dischargedOn, outcome, hasRtwPlan, confidence, gpFeedbackConsent, summary}
    QVariantMap form;
    QString dischargeId;  ///< "" before a discharge is recorded
    bool letterAllowed = false;
    QString letterRefusal;   ///< why not, when not allowed
    QString letterContents;  ///< what the letter will include
    QString recipient;       ///< "Dr A Shah, Meanwood Health Centre"
};

DischargeView buildDischargeView(const CaseRecords& records, model::Date today);

struct BuiltDischarge {
    nlohmann::json fields;
    QVariantMap fieldErrors;
    bool ok() const { return fieldErrors.isEmpty(); }
};
/// Checks the form: date (not in the future), outcome chosen, confidence
/// 0-10 or blank, and core's rules.
BuiltDischarge buildDischarge(const QVariantMap& form, model::Date today);

}  // namespace rtw::app
