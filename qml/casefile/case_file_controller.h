#pragma once
// CaseFileController: one case's file for the overview — client, referral,
// time to first contact, work and employer, barriers, fit notes, consent and
// next actions — reloaded whenever the case changes in the store. Also ticks
// actions off and adds new ones.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/case_binding.h"
#include "qml/components/device_store.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class CaseFileController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// The case to show.
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    /// True once the first read has answered.
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /// Why the case could not be shown ("" when it could).
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString clientName READ clientName NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString workStatusText READ workStatusText NOTIFY changed)
    /// Time from referral to first contact, or how long the client has waited.
    Q_PROPERTY(QString firstContactText READ firstContactText NOTIFY changed)
    /// A self-harm answer to follow up ("" when none): shown on every section.
    Q_PROPERTY(QString safetyAlert READ safetyAlert NOTIFY changed)
    Q_PROPERTY(QVariantMap client READ client NOTIFY changed)
    Q_PROPERTY(QVariantMap referral READ referral NOTIFY changed)
    Q_PROPERTY(QVariantMap employment READ employment NOTIFY changed)
    Q_PROPERTY(QVariantMap employer READ employer NOTIFY changed)
    Q_PROPERTY(rtw::app::RowListModel* barriers READ barriers CONSTANT)
    Q_PROPERTY(rtw::app::RowListModel* fitNotes READ fitNotes CONSTANT)
    /// Agreed actions, open ones first by due date.
    Q_PROPERTY(rtw::app::RowListModel* actions READ actions CONSTANT)
    Q_PROPERTY(rtw::app::RowListModel* consents READ consents CONSTANT)
    /// Messages for the add-action form ("description", "dueDate").
    Q_PROPERTY(QVariantMap actionErrors READ actionErrors NOTIFY actionErrorsChanged)

public:
    explicit CaseFileController(QObject* parent = nullptr);

    DeviceStore* store() const { return binding_.store(); }
    void setStore(DeviceStore* store);
    QString caseId() const { return binding_.caseId(); }
    void setCaseId(const QString& id);
    bool loaded() const { return loaded_; }
    QString error() const { return error_; }
    QString clientName() const { return clientName_; }
    QString status() const { return status_; }
    QString statusText() const { return statusText_; }
    QString workStatusText() const { return workStatusText_; }
    QString firstContactText() const { return firstContactText_; }
    QString safetyAlert() const { return safetyAlert_; }
    QVariantMap client() const { return client_; }
    QVariantMap referral() const { return referral_; }
    QVariantMap employment() const { return employment_; }
    QVariantMap employer() const { return employer_; }
    RowListModel* barriers() { return &barriers_; }
    RowListModel* fitNotes() { return &fitNotes_; }
    RowListModel* actions() { return &actions_; }
    RowListModel* consents() { return &consents_; }
    QVariantMap actionErrors() const { return actionErrors_; }

    /// Marks an action "done", "cancelled" or "open" again.
    Q_INVOKABLE void setActionStatus(const QString& actionId, const QString& status);
    /// Adds an open action; `dueDate` as typed (dd/mm/yyyy), may be empty.
    Q_INVOKABLE void addAction(const QString& description, const QString& owner,
                               const QString& dueDate);
    Q_INVOKABLE void reload();

signals:
    void storeChanged();
    void caseIdChanged();
    void changed();
    void actionErrorsChanged();
    /// An action was added (the form clears itself).
    void actionAdded();
    /// A change was refused; the message says why (for Messages).
    void failed(const QString& message);

private:
    CaseBinding binding_{this, [this] { reload(); }};
    bool loaded_ = false;
    QString error_;
    QString clientName_, status_, statusText_, workStatusText_, firstContactText_, safetyAlert_;
    QVariantMap client_, referral_, employment_, employer_;
    RowListModel barriers_{{"categoryText", "description", "resolved"}};
    RowListModel fitNotes_{{"statusText", "period", "adjustments", "comments"}};
    RowListModel actions_{{"actionId", "description", "ownerText", "status", "dueText", "dueTone"}};
    RowListModel consents_{{"scopeText", "granted", "stateText", "detail"}};
    QVariantMap actionErrors_;
    quint64 generation_ = 0;
};

}  // namespace rtw::app
