#pragma once
// CaseViewController: the base of a case-file section's controller (RTW
// plan, goals, questionnaires, consent, discharge). It reads the case's
// records on the store thread, builds the section's view there (a pure
// function of the records, so it is tested without Qt), applies it on the UI
// thread, and does it again whenever the case changes. Writes go through
// write(): busy while running, field messages and a sentence on failure.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include <any>
#include <functional>

#include "qml/components/case_binding.h"
#include "qml/components/case_records.h"
#include "qml/components/device_store.h"

namespace rtw::app {

class CaseViewController : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// The case whose section this is.
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    /// True once the first read has answered (so "nothing here" waits for it).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// True while a write runs (forms disable their buttons).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Field path -> message, for the messages beside the fields.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)

public:
    explicit CaseViewController(QObject* parent = nullptr);

    DeviceStore* store() const { return binding_.store(); }
    void setStore(DeviceStore* store);
    QString caseId() const { return binding_.caseId(); }
    void setCaseId(const QString& id);
    bool loaded() const { return loaded_; }
    bool busy() const { return busy_; }
    QVariantMap fieldErrors() const { return fieldErrors_; }

    Q_INVOKABLE void reload();
    /// Clears the messages beside the fields (e.g. when a form is cancelled).
    Q_INVOKABLE void clearErrors() { setFieldErrors({}); }

signals:
    void storeChanged();
    void caseIdChanged();
    void loadedChanged();
    void busyChanged();
    void fieldErrorsChanged();
    /// A write succeeded; the message says what was saved.
    void saved(const QString& message);
    /// Something failed or was refused; the message says why (for Messages).
    void failed(const QString& message);

protected:
    using Builder = std::function<std::any(const CaseRecords&)>;
    /// Runs on the store thread: capture what it needs by value, never `this`.
    virtual Builder builder() const = 0;
    /// True for a reader whose device holds only part of the case, never the
    /// case record (the employer's plan page): see loadCaseRecords().
    virtual bool partialCase() const { return false; }
    /// Takes a view built by builder(), on the UI thread.
    virtual void apply(std::any view) = 0;

    void setFieldErrors(QVariantMap errors);
    /// Runs `work` on the store thread as a change to this case; on success
    /// emits saved(`message`) and then `then()`; on failure shows core's
    /// field messages (prefixed) and emits failed("`failPrefix`: why").
    void write(std::function<Status(store::Store&)> work, const QString& message,
               const QString& failPrefix, std::function<void()> then = {},
               const QString& errorPrefix = {});
    /// Today on this device (the store's clock).
    model::Date today() const;

private:
    CaseBinding binding_{this, [this] { reload(); }};
    bool loaded_ = false;
    bool busy_ = false;
    QVariantMap fieldErrors_;
    quint64 generation_ = 0;
};

}  // namespace rtw::app
