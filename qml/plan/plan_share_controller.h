#pragma once
// PlanShareController: sharing an agreed plan version with a named employer
// contact (a share_grant), stopping a share, and the employer's copy as a
// PDF — each only while the client's `share_plan_with_employer` consent for
// that person stands (core's checkMayShareWithEmployer). Without it the
// share is refused and `refusal` says why, in plain English. The consent is
// checked again on the store thread, inside the write, so a withdrawal that
// has just arrived is never missed.

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include "model/consent_event.h"
#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class PlanShareController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// Employer contacts: contactId, name, mayShare, consentText.
    Q_PROPERTY(rtw::app::RowListModel* contacts READ contacts CONSTANT)
    /// Shares, newest first: shareId, versionText, contactName, stateText, tone, active.
    Q_PROPERTY(rtw::app::RowListModel* shares READ shares CONSTANT)
    /// Agreed versions to choose from, newest first: [{value: versionId, text}].
    Q_PROPERTY(QVariantList versionChoices READ versionChoices NOTIFY changed)
    /// Employer contacts to choose from: [{value: contactId, text}].
    Q_PROPERTY(QVariantList contactChoices READ contactChoices NOTIFY changed)
    /// Why the last share or print was refused ("" when it was not).
    Q_PROPERTY(QString refusal READ refusal NOTIFY refusalChanged)
    /// The expiry date to offer (dd/mm/yyyy), 12 weeks from today.
    Q_PROPERTY(QString defaultExpiry READ defaultExpiry NOTIFY changed)

public:
    explicit PlanShareController(QObject* parent = nullptr);

    RowListModel* contacts() { return &contacts_; }
    RowListModel* shares() { return &shares_; }
    QVariantList versionChoices() const { return versionChoices_; }
    QVariantList contactChoices() const { return contactChoices_; }
    QString refusal() const { return refusal_; }
    QString defaultExpiry() const;

    /// Shares version `versionId` with `contactId` until the end of `expiresOn` (dd/mm/yyyy).
    Q_INVOKABLE void share(const QString& versionId, const QString& contactId,
                           const QString& expiresOn);
    /// Stops a share at once.
    Q_INVOKABLE void stopSharing(const QString& shareId);
    /// The employer's copy of `versionId` for `contactId`, to the file chosen.
    Q_INVOKABLE void writeEmployerPdf(const QString& fileUrl, const QString& versionId,
                                      const QString& contactId);
    /// True when consent to share with `contactId` stands now.
    Q_INVOKABLE bool mayShareWith(const QString& contactId) const;

signals:
    void changed();
    void refusalChanged();
    void shared();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    /// Refuses (setting `refusal`) unless consent for `contactId` stands.
    bool consentStands(const QString& contactId);
    void setRefusal(const QString& text);

    RowListModel contacts_{{"contactId", "name", "mayShare", "consentText"}};
    RowListModel shares_{{"shareId", "versionText", "contactName", "stateText", "tone", "active"}};
    QVariantList versionChoices_;
    QVariantList contactChoices_;
    QString refusal_;
    model::ConsentState consent_;  ///< as last read, for refusing at once
    bool pdfBusy_ = false;
};

}  // namespace rtw::app
