#pragma once
// ContactEditorController: logging a contact — when, how, where, how long,
// attendance (including cancelled and did not attend), who else was there —
// with its note and agreed actions, saved together in one transaction. A
// first attended contact moves the case from awaiting first contact to
// active. The whole form is kept as an encrypted draft while typing.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/device_store.h"
#include "qml/components/draft_keeper.h"

namespace rtw::app {

class ContactEditorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    /// Field path ("contact.date", "note.text", "actions[0].dueDate") -> message.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// "Draft saved at 14:03" once a draft is kept.
    Q_PROPERTY(QString draftStatus READ draftStatus NOTIFY draftStatusChanged)

public:
    explicit ContactEditorController(QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    QString caseId() const { return caseId_; }
    void setCaseId(const QString& id);
    QVariantMap fieldErrors() const { return fieldErrors_; }
    bool busy() const { return busy_; }
    QString draftStatus() const { return draftStatus_; }

    /// A fresh form (today, now, face to face, attended, 30 minutes).
    Q_INVOKABLE QVariantMap defaults() const;
    /// Looks for a saved draft: draftLoaded(form, savedText) if there is one.
    Q_INVOKABLE void start();
    /// The form changed: keep it as a draft.
    Q_INVOKABLE void edited(const QVariantMap& form);
    Q_INVOKABLE void save(const QVariantMap& form);
    Q_INVOKABLE void discardDraft();

signals:
    void storeChanged();
    void caseIdChanged();
    void fieldErrorsChanged();
    void busyChanged();
    void draftStatusChanged();
    void draftLoaded(const QVariantMap& form, const QString& savedText);
    void saved(const QString& message);
    void failed(const QString& message);

private:
    void setFieldErrors(QVariantMap errors);

    QPointer<DeviceStore> store_;
    QString caseId_;
    QVariantMap fieldErrors_;
    bool busy_ = false;
    QString draftStatus_;
    DraftKeeper draft_;
};

}  // namespace rtw::app
