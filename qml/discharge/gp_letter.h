#pragma once
// The GP feedback letter, generated from the record: the referral, the
// contacts, the outcome and interim outcomes, the agreed RTW plan, the
// adviser's summary and — only while the client's `progress_to_gp` consent
// stands — goals, check-ins and questionnaire scores. Refused, in plain
// English, unless core's checkMayWriteGpLetter allows it. Pure: the caller
// renders the document off the UI thread.

#include "model/dates.h"
#include "qml/components/case_records.h"
#include "qml/documents/pdf_document.h"
#include "store/device_profile.h"
#include "util/status.h"

namespace rtw::app {

Result<PdfDocument> gpFeedbackLetter(const CaseRecords& records,
                                     const store::DeviceProfile& adviser, model::Date today);

}  // namespace rtw::app
