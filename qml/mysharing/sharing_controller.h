#pragma once
// SharingController: the patient's "My sharing" page — who can see their
// plan, withdrawing that consent in one step, and when their employer
// viewed the plan. A withdrawal is a consent_event written on this device
// (in the app, by the patient) together with revoking that contact's active
// shares this device holds in full, in one transaction: the page shows it
// at once, offline, and the server stops serving the employer's page when
// it syncs.

#include <QObject>
#include <QQmlEngine>

#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class SharingController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// scope, recipientId, name, roleText, detail, granted, tone
    Q_PROPERTY(rtw::app::RowListModel* people READ people CONSTANT)
    /// newest first: whenText, whoText
    Q_PROPERTY(rtw::app::RowListModel* views READ views CONSTANT)

public:
    explicit SharingController(QObject* parent = nullptr);
    RowListModel* people() { return &people_; }
    RowListModel* views() { return &views_; }

    /// Withdraws the consent of row `row` of `people` (scope and recipient
    /// from the row, so the page cannot name something else).
    Q_INVOKABLE void withdraw(int row);

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    RowListModel people_{{"scope", "recipientId", "name", "roleText", "detail", "granted", "tone"}};
    RowListModel views_{{"at", "whenText", "whoText"}};
};

}  // namespace rtw::app
