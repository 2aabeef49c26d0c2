#pragma once
// The RTW plan as a PDF: the client's copy (every part, each marked whether
// it is shared with the employer) and the employer's copy, built only from
// core's employerView() so it cannot hold anything the client did not agree
// to share. Dates en-GB. Pure: the caller renders it off the UI thread.

#include <QString>

#include <nlohmann/json.hpp>

#include "model/rtw_plan.h"
#include "qml/documents/pdf_document.h"

namespace rtw::app {

struct PlanDocumentInfo {
    QString clientName;
    QString dateOfBirth;  ///< dd/mm/yyyy, or empty
    /// "Version 2, agreed on 12/11/2026 by the client and the adviser."
    QString versionText;
    bool draft = false;  ///< the working copy, not an agreed version
    QString adviserName;
    QString printedOn;  ///< dd/mm/yyyy
    Letterhead letterhead;
};

PdfDocument planForClient(const model::RtwPlan& plan, const PlanDocumentInfo& info);

/// `view` is employerView(snapshot) of an agreed version; `sharedWith` the
/// employer contact's name.
PdfDocument planForEmployer(const nlohmann::json& view, const PlanDocumentInfo& info,
                            const QString& sharedWith);

}  // namespace rtw::app
