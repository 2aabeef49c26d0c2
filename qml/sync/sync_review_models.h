#pragma once
// The sync review lists: ConflictsModel (open conflicts; choose which value
// stands) and RejectedChangesModel (changes the server refused; dismiss once
// read). Both read on the store thread and refresh on every dataChanged, so
// a sync that brings or closes a conflict shows at once.

#include <QPointer>
#include <QQmlEngine>

#include <functional>

#include "qml/components/device_store.h"
#include "qml/components/row_list_model.h"
#include "qml/sync/sync_review_rows.h"

namespace rtw::app {

/// The shared half: the store, reading rows off the UI thread (only the
/// newest answer is applied), a busy flag while a change is written, and
/// what to tell the user.
class SyncReviewModel : public RowListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// True once the first rows have arrived.
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    /// A change is being written.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    using Reader = std::function<Result<QList<QVariantMap>>(store::Store&)>;

    SyncReviewModel(QStringList roles, QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    bool loaded() const { return loaded_; }
    bool busy() const { return busy_; }
    Q_INVOKABLE void reload();

signals:
    void storeChanged();
    void loadedChanged();
    void busyChanged();
    /// A change was written; `message` says what happened.
    void done(const QString& message);
    /// A change was refused; nothing was written.
    void failed(const QString& message);

protected:
    /// Runs on the store thread: capture by value, never `this`.
    virtual Reader reader() const = 0;
    /// Writes on the store thread, then says `okMessage` or the error.
    void change(const QString& caseId, std::function<Status(store::Store&)> work,
                const QString& okMessage);

private:
    QPointer<DeviceStore> store_;
    bool loaded_ = false;
    bool busy_ = false;
    quint64 generation_ = 0;
};

class ConflictsModel : public SyncReviewModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ConflictsModel(QObject* parent = nullptr);

    /// Closes conflict `conflictId`: keepLosing puts the value that lost back
    /// on the record; otherwise the record keeps what it holds.
    Q_INVOKABLE void resolve(const QString& conflictId, bool keepLosing);

protected:
    Reader reader() const override;
};

class RejectedChangesModel : public SyncReviewModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit RejectedChangesModel(QObject* parent = nullptr);

    /// Takes a refused change off the list (it stays in the store, dismissed).
    Q_INVOKABLE void dismiss(const QString& opId);

protected:
    Reader reader() const override;
};

/// The client's name for each case in `caseIds` (store thread).
CaseNames caseNames(store::RecordStore& records, const std::vector<std::string>& caseIds);

}  // namespace rtw::app
