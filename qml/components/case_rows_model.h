#pragma once
// CaseRowsModel: a list model of display rows built from one case's records
// (a timeline, the notes list, a note's history). Reads and builds on the
// store thread, swaps the rows in on the UI thread, and rebuilds whenever
// the case changes. Subclasses say how rows are built.

#include <QPointer>
#include <QQmlEngine>

#include <functional>

#include "qml/components/case_binding.h"
#include "qml/components/case_records.h"
#include "qml/components/device_store.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class CaseRowsModel : public RowListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    /// The case whose records are listed.
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    /// True once the first rows have arrived (so "nothing here" is not shown while loading).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)

public:
    using Builder = std::function<QList<QVariantMap>(const CaseRecords&)>;

    CaseRowsModel(QStringList roles, QObject* parent = nullptr);

    DeviceStore* store() const { return binding_.store(); }
    void setStore(DeviceStore* store);
    QString caseId() const { return binding_.caseId(); }
    void setCaseId(const QString& id);
    bool loaded() const { return loaded_; }
    Q_INVOKABLE void reload();

signals:
    void storeChanged();
    void caseIdChanged();
    void loadedChanged();

protected:
    /// Runs on the store thread: capture what it needs by value, never `this`.
    virtual Builder builder() const = 0;
    /// False while a required input (e.g. a note id) is missing.
    virtual bool ready() const { return true; }

private:
    CaseBinding binding_{this, [this] { reload(); }};
    bool loaded_ = false;
    quint64 generation_ = 0;
};

}  // namespace rtw::app
