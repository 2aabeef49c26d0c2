#include "qml/discharge/discharge_controller.h"

#include "qml/components/qt_convert.h"
#include "qml/discharge/gp_letter.h"
#include "qml/documents/pdf_saver.h"

namespace rtw::app {

DischargeController::DischargeController(QObject* parent) : CaseViewController(parent) {}

CaseViewController::Builder DischargeController::builder() const {
    const model::Date day = today();
    return [day](const CaseRecords& r) -> std::any { return buildDischargeView(r, day); };
}

void DischargeController::apply(std::any view) {
    view_ = std::any_cast<DischargeView>(std::move(view));
    emit changed();
}

void DischargeController::setPdfBusy(bool busy) {
    if (pdfBusy_ == busy) return;
    pdfBusy_ = busy;
    emit pdfBusyChanged();
}

void DischargeController::save(const QVariantMap& form) {
    if (!store() || busy()) return;
    BuiltDischarge built = buildDischarge(form, today());
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) {
        emit failed(tr("The discharge was not saved: see the messages beside the fields."));
        return;
    }
    const std::string caseId = toStd(this->caseId());
    const std::string id = toStd(view_.dischargeId);
    nlohmann::json fields = built.fields;
    if (!id.empty() && !fields.contains("summary")) fields["summary"] = nullptr;
    write(
        [caseId, id, fields](store::Store& s) -> Status {
            return s.records().inTransaction([&](store::RecordStore& r) -> Status {
                if (id.empty()) {
                    if (auto made = r.create("discharge", caseId, fields); !made)
                        return made.status();
                } else if (Status st = r.update(id, fields); !st) {
                    return st;
                }
                return r.update(caseId, {{"status", "discharged"}});
            });
        },
        tr("Discharge saved; the case is marked discharged."), tr("The discharge was not saved"),
        {}, QStringLiteral(""));
}

void DischargeController::writeGpLetter(const QString& fileUrl) {
    if (!store() || pdfBusy_) return;
    if (!view_.letterAllowed) {
        emit failed(view_.letterRefusal);
        return;
    }
    const QString path = localPdfPath(fileUrl);
    if (path.isEmpty()) {
        emit failed(tr("Choose a folder on this device to save the letter in."));
        return;
    }
    setPdfBusy(true);
    const std::string caseId = toStd(this->caseId());
    const store::DeviceProfile profile = store()->profile();
    const model::Date day = today();
    store()->run<Result<PdfDocument>>(
        this,
        [caseId, profile, day](store::Store& s) -> Result<PdfDocument> {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            return gpFeedbackLetter(*records, profile,
                                    day);  // checks consent again, on what is stored now
        },
        [this, path](Result<PdfDocument> doc) {
            if (!doc) {
                setPdfBusy(false);
                emit failed(sentence(doc.status().message()));
                return;
            }
            savePdf(this, std::move(*doc), path, [this](Status st) {
                setPdfBusy(false);
                if (st)
                    emit saved(tr("The GP letter was saved as a PDF."));
                else
                    emit failed(tr("The letter was not saved: %1").arg(sentence(st.message())));
            });
        });
}

}  // namespace rtw::app
