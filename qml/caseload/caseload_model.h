#pragma once
// CaseloadModel: the adviser's caseload as a list model over the store —
// search as you type (names, NHS numbers and case notes), filters with
// counts, sorted by next action. Queries run on the store thread; typing
// fast never shows an older answer after a newer one.

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

#include <vector>

#include "qml/components/device_store.h"
#include "store/caseload_view.h"

namespace rtw::app {

class CaseloadModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// The store to list (DeviceStore in QML).
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY sortChanged)
    /// What the user typed in the search box.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    /// True until the first answer arrives, and while a new one is awaited.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Rows shown now.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // How many cases each filter holds (not narrowed by the search).
    Q_PROPERTY(int allCount READ allCount NOTIFY countsChanged)
    Q_PROPERTY(int awaitingCount READ awaitingCount NOTIFY countsChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countsChanged)
    Q_PROPERTY(int reviewDueCount READ reviewDueCount NOTIFY countsChanged)
    Q_PROPERTY(int dischargedCount READ dischargedCount NOTIFY countsChanged)

public:
    enum Filter { All, AwaitingFirstContact, Active, ReviewDue, Discharged };
    Q_ENUM(Filter)
    enum Sort { NextAction, Name };
    Q_ENUM(Sort)
    enum Role {
        CaseIdRole = Qt::UserRole,
        NameRole,
        StatusRole,
        StatusTextRole,
        WorkStatusTextRole,
        NextActionRole,
        DueTextRole,
        DueToneRole,
        PendingChangesRole,
        MatchedInNoteRole,
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    Filter filter() const { return filter_; }
    void setFilter(Filter f);
    Sort sort() const { return sort_; }
    void setSort(Sort s);
    QString searchText() const { return searchText_; }
    void setSearchText(const QString& text);
    bool loading() const { return loading_; }
    int count() const { return static_cast<int>(rows_.size()); }
    int allCount() const { return counts_.all; }
    int awaitingCount() const { return counts_.awaitingFirstContact; }
    int activeCount() const { return counts_.active; }
    int reviewDueCount() const { return counts_.reviewDue; }
    int dischargedCount() const { return counts_.discharged; }

    /// The case id of a row ("" out of range).
    Q_INVOKABLE QString caseIdAt(int row) const;
    /// Re-reads now (also done after every write to the store).
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void storeChanged();
    void filterChanged();
    void sortChanged();
    void searchTextChanged();
    void loadingChanged();
    void countChanged();
    void countsChanged();
    /// A query failed (shown in the list's empty state).
    void failed(const QString& message);

private:
    struct Answer {
        std::vector<store::CaseloadEntry> rows;
        store::CaseloadCounts counts;
    };
    void schedule(int delayMs);
    void run();
    void apply(std::vector<store::CaseloadEntry> rows);
    void setLoading(bool loading);

    QPointer<DeviceStore> store_;
    Filter filter_ = All;
    Sort sort_ = NextAction;
    QString searchText_;
    bool loading_ = true;
    std::vector<store::CaseloadEntry> rows_;
    store::CaseloadCounts counts_;
    model::Date today_{};
    quint64 generation_ = 0;
    QTimer debounce_;
};

}  // namespace rtw::app
