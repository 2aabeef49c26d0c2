#pragma once
// ConsentController: the consent section — where each kind of consent
// stands, recording a grant or a withdrawal (how, when, for which employer
// contact), the log, and the employer's line manager, whose details are
// recorded only while the client's consent to contact the employer through
// that person stands (core's checkMayContactEmployer); otherwise `refusal`
// says why and nothing is saved. Withdrawing consent to share the plan
// stops that person's shares in the same transaction.

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include "model/consent_event.h"
#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class ConsentController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// Where each consent stands: scope, scopeText, recipientId, recipientName, granted, stateText,
    /// tone.
    Q_PROPERTY(rtw::app::RowListModel* standing READ standing CONSTANT)
    /// The log, newest first: whenText, actionText, granted, scopeText, recipientName, methodText,
    /// byText.
    Q_PROPERTY(rtw::app::RowListModel* history READ history CONSTANT)
    /// Known employer contacts, [{value: id, text: name}].
    Q_PROPERTY(QVariantList contactChoices READ contactChoices NOTIFY changed)
    /// The employer and its line manager (see consent_view.h).
    Q_PROPERTY(QVariantMap employer READ employer NOTIFY changed)
    /// Why the last line-manager save was refused ("" when it was not).
    Q_PROPERTY(QString refusal READ refusal NOTIFY refusalChanged)

public:
    explicit ConsentController(QObject* parent = nullptr);

    RowListModel* standing() { return &standing_; }
    RowListModel* history() { return &history_; }
    QVariantList contactChoices() const { return contactChoices_; }
    QVariantMap employer() const { return employer_; }
    QString refusal() const { return refusal_; }

    /// A new consent form: grant, verbally, now.
    Q_INVOKABLE QVariantMap defaults() const;
    /// Records a grant or withdrawal: {action, scope, recipientId (or "" with
    /// recipientName for someone new), method, date, time}.
    Q_INVOKABLE void record(const QVariantMap& form);
    /// Saves the employer and its line manager: {employerName, size,
    /// hasOccupationalHealth, contactId, phone, email}.
    Q_INVOKABLE void saveLineManager(const QVariantMap& form);
    /// Whether consent to contact the employer through `contactId` stands.
    Q_INVOKABLE bool mayContact(const QString& contactId) const;

signals:
    void changed();
    void refusalChanged();
    /// Consent was recorded (the form closes).
    void recorded();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    void setRefusal(const QString& text);

    RowListModel standing_{
        {"scope", "scopeText", "recipientId", "recipientName", "granted", "stateText", "tone"}};
    RowListModel history_{{"eventId", "whenText", "actionText", "granted", "scopeText",
                           "recipientName", "methodText", "byText"}};
    QVariantList contactChoices_;
    QVariantMap employer_;
    QString refusal_;
    model::ConsentState consent_;
};

}  // namespace rtw::app
