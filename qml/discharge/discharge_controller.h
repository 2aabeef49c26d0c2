#pragma once
// DischargeController: the discharge section — outcome, interim outcomes,
// the client's consent to feedback going to the GP and a summary, saved
// with the case marked discharged in one transaction; and the GP feedback
// letter as a PDF, refused with the reason when consent does not allow it.

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"
#include "qml/discharge/discharge_view.h"

namespace rtw::app {

class DischargeController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// The saved discharge as a form, or a new one (see discharge_view.h).
    Q_PROPERTY(QVariantMap form READ form NOTIFY changed)
    /// True once a discharge is recorded.
    Q_PROPERTY(bool recorded READ recorded NOTIFY changed)
    /// Whether the GP letter may be written now, and if not, why.
    Q_PROPERTY(bool letterAllowed READ letterAllowed NOTIFY changed)
    Q_PROPERTY(QString letterRefusal READ letterRefusal NOTIFY changed)
    /// What the letter will hold, in words.
    Q_PROPERTY(QString letterContents READ letterContents NOTIFY changed)
    /// Who the letter is to (the referrer), or "".
    Q_PROPERTY(QString recipient READ recipient NOTIFY changed)
    Q_PROPERTY(bool pdfBusy READ pdfBusy NOTIFY pdfBusyChanged)

public:
    explicit DischargeController(QObject* parent = nullptr);

    QVariantMap form() const { return view_.form; }
    bool recorded() const { return !view_.dischargeId.isEmpty(); }
    bool letterAllowed() const { return view_.letterAllowed; }
    QString letterRefusal() const { return view_.letterRefusal; }
    QString letterContents() const { return view_.letterContents; }
    QString recipient() const { return view_.recipient; }
    bool pdfBusy() const { return pdfBusy_; }

    /// Saves the discharge and marks the case discharged.
    Q_INVOKABLE void save(const QVariantMap& form);
    /// Writes the GP letter to the file chosen; refused (failed) without consent.
    Q_INVOKABLE void writeGpLetter(const QString& fileUrl);

signals:
    void changed();
    void pdfBusyChanged();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    void setPdfBusy(bool busy);

    DischargeView view_;
    bool pdfBusy_ = false;
};

}  // namespace rtw::app
