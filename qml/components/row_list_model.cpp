#include "qml/components/row_list_model.h"

namespace rtw::app {

RowListModel::RowListModel(QStringList roles, QObject* parent)
    : QAbstractListModel(parent), roles_(std::move(roles)) {}

void RowListModel::setRows(QList<QVariantMap> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
    emit rowsReplaced();
}

QVariantMap RowListModel::get(int row) const {
    return row >= 0 && row < rows_.size() ? rows_.at(row) : QVariantMap();
}

int RowListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant RowListModel::data(const QModelIndex& index, int role) const {
    const int r = index.row();
    const int key = role - Qt::UserRole;
    if (!index.isValid() || r < 0 || r >= rows_.size() || key < 0 || key >= roles_.size())
        return {};
    return rows_.at(r).value(roles_.at(key));
}

QHash<int, QByteArray> RowListModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < roles_.size(); ++i) names.insert(Qt::UserRole + i, roles_.at(i).toUtf8());
    return names;
}

}  // namespace rtw::app
