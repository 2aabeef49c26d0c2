#pragma once
// RowListModel: a small read-only list model whose rows are maps with fixed
// role names. For the short lists inside a screen (a case's barriers, fit
// notes, open actions) that a controller fills from the store; long lists
// (the caseload, the timeline, notes) have models of their own.

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

namespace rtw::app {

class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by a controller")
    /// Number of rows (for "nothing recorded" states).
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    /// `roles` are the keys every row may carry; they become QML role names.
    explicit RowListModel(QStringList roles, QObject* parent = nullptr);

    int count() const { return static_cast<int>(rows_.size()); }
    /// Replaces every row (a reset: the lists are short).
    void setRows(QList<QVariantMap> rows);
    const QList<QVariantMap>& rows() const { return rows_; }
    /// One row as a map (for tests and for QML code acting on a row).
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    /// Every setRows(), whether or not the count changed.
    void rowsReplaced();

private:
    QStringList roles_;
    QList<QVariantMap> rows_;
};

}  // namespace rtw::app
