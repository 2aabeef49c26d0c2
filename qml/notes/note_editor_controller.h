#pragma once
// NoteEditorController: writing a case note, amending one, or marking one
// entered in error — always as a new, append-only record in the adviser's
// name with this device and the time. What is typed is kept as an encrypted
// draft while typing, so it survives the app being killed.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/device_store.h"
#include "qml/components/draft_keeper.h"

namespace rtw::app {

class NoteEditorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    /// The note being amended; empty for a new note.
    Q_PROPERTY(QString refersTo READ refersTo WRITE setRefersTo NOTIFY refersToChanged)
    /// "text", "reason" -> message.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// "Draft saved at 14:03" once a draft is kept; "" before.
    Q_PROPERTY(QString draftStatus READ draftStatus NOTIFY draftStatusChanged)

public:
    explicit NoteEditorController(QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    QString caseId() const { return caseId_; }
    void setCaseId(const QString& id);
    QString refersTo() const { return refersTo_; }
    void setRefersTo(const QString& id);
    QVariantMap fieldErrors() const { return fieldErrors_; }
    bool busy() const { return busy_; }
    QString draftStatus() const { return draftStatus_; }

    /// Looks for a saved draft: draftLoaded(fields, savedText) if there is one.
    Q_INVOKABLE void start();
    /// The form changed ({text, reason, shared}): keep it as a draft.
    Q_INVOKABLE void edited(const QVariantMap& fields);
    /// Saves the note (or the amendment) for real and drops the draft.
    Q_INVOKABLE void save(const QVariantMap& fields);
    /// Throws the draft away.
    Q_INVOKABLE void discardDraft();
    /// Marks note `noteId` as entered in error with `reason` (required).
    Q_INVOKABLE void markEnteredInError(const QString& noteId, const QString& reason);

signals:
    void storeChanged();
    void caseIdChanged();
    void refersToChanged();
    void fieldErrorsChanged();
    void busyChanged();
    void draftStatusChanged();
    void draftLoaded(const QVariantMap& fields, const QString& savedText);
    void saved(const QString& message);
    void failed(const QString& message);

private:
    void updateKey();
    void setFieldErrors(QVariantMap errors);
    void write(nlohmann::json fields, const QString& message, bool dropDraft);

    QPointer<DeviceStore> store_;
    QString caseId_;
    QString refersTo_;
    QVariantMap fieldErrors_;
    bool busy_ = false;
    QString draftStatus_;
    DraftKeeper draft_;
};

}  // namespace rtw::app
