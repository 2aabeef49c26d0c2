#include "qml/sync/sync_review_models.h"

#include "qml/components/qt_convert.h"

namespace rtw::app {

SyncReviewModel::SyncReviewModel(QStringList roles, QObject* parent)
    : RowListModel(std::move(roles), parent) {}

void SyncReviewModel::setStore(DeviceStore* store) {
    if (store_ == store) return;
    if (store_) disconnect(store_, nullptr, this, nullptr);
    store_ = store;
    // Any case: conflicts and refusals arrive with a sync, for any case.
    if (store_) connect(store_, &DeviceStore::dataChanged, this, [this] { reload(); });
    emit storeChanged();
    reload();
}

void SyncReviewModel::reload() {
    if (!store_) return;
    const quint64 generation = ++generation_;
    store_->run<Result<QList<QVariantMap>>>(this, reader(),
                                            [this, generation](Result<QList<QVariantMap>> r) {
                                                if (generation != generation_)
                                                    return;  // a newer read is on its way
                                                setRows(r ? *r : QList<QVariantMap>{});
                                                if (!loaded_) {
                                                    loaded_ = true;
                                                    emit loadedChanged();
                                                }
                                            });
}

void SyncReviewModel::change(const QString& caseId, std::function<Status(store::Store&)> work,
                             const QString& okMessage) {
    if (!store_ || busy_) return;
    busy_ = true;
    emit busyChanged();
    store_->write<Status>(this, caseId, std::move(work), [this, okMessage](Status s) {
        busy_ = false;
        emit busyChanged();
        if (s)
            emit done(okMessage);
        else
            emit failed(sentence(s.message()));
    });
}

CaseNames caseNames(store::RecordStore& records, const std::vector<std::string>& caseIds) {
    CaseNames names;
    for (const auto& id : caseIds) {
        if (names.count(id)) continue;
        QString name;
        if (auto clients = records.list("client", id); clients && !clients->empty()) {
            const auto& f = clients->front().fields;
            name = (toQt(f.value("givenName", "")) + QLatin1Char(' ') +
                    toQt(f.value("familyName", "")))
                       .trimmed();
        }
        names[id] = name;
    }
    return names;
}

ConflictsModel::ConflictsModel(QObject* parent)
    : SyncReviewModel({"conflictId", "caseId", "clientName", "recordText", "fieldText", "keptText",
                       "losingText", "losingWhen", "losingWhere", "keptWhen", "keptWhere",
                       "hiddenByDelete", "canKeepLosing"},
                      parent) {}

SyncReviewModel::Reader ConflictsModel::reader() const {
    return [](store::Store& s) -> Result<QList<QVariantMap>> {
        auto open = store::openConflicts(s.records());
        if (!open) return open.status();
        std::vector<std::string> ids;
        for (const auto& c : *open) ids.push_back(c.caseId);
        return buildConflictRows(*open, caseNames(s.records(), ids), s.deviceId());
    };
}

void ConflictsModel::resolve(const QString& conflictId, bool keepLosing) {
    if (!store()) return;
    QString caseId;
    for (const auto& row : rows())
        if (row.value("conflictId").toString() == conflictId)
            caseId = row.value("caseId").toString();
    const std::string id = toStd(conflictId);
    const std::string user = store()->profile().userId;
    const Clock* clock = &store()->clock();
    const auto choice =
        keepLosing ? store::ConflictChoice::KeepLosing : store::ConflictChoice::KeepCurrent;
    change(
        caseId,
        [id, user, clock, choice](store::Store& s) {
            return store::resolveConflict(s.records(), id, choice, user, clock->nowMs());
        },
        keepLosing ? tr("The other value was put back.") : tr("The current value was kept."));
}

RejectedChangesModel::RejectedChangesModel(QObject* parent)
    : SyncReviewModel(
          {"opId", "caseId", "clientName", "whatText", "typedText", "why", "problems", "when"},
          parent) {}

SyncReviewModel::Reader RejectedChangesModel::reader() const {
    return [](store::Store& s) -> Result<QList<QVariantMap>> {
        auto changes = s.sync().rejectedChanges();
        if (!changes) return changes.status();
        std::vector<std::string> ids;
        for (const auto& c : *changes) ids.push_back(c.caseId);
        return buildRejectedRows(*changes, caseNames(s.records(), ids));
    };
}

void RejectedChangesModel::dismiss(const QString& opId) {
    const std::string id = toStd(opId);
    change(
        QString(), [id](store::Store& s) { return s.sync().dismissRejected(id); },
        tr("Dismissed."));
}

}  // namespace rtw::app
