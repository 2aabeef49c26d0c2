#include "qml/caseload/caseload_model.h"

#include "qml/components/format.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

// Typing is debounced a little; a tap on a filter answers at once.
constexpr int kTypingDelayMs = 120;

store::CaseloadFilter toStore(CaseloadModel::Filter f) {
    switch (f) {
        case CaseloadModel::AwaitingFirstContact:
            return store::CaseloadFilter::AwaitingFirstContact;
        case CaseloadModel::Active:
            return store::CaseloadFilter::Active;
        case CaseloadModel::ReviewDue:
            return store::CaseloadFilter::ReviewDue;
        case CaseloadModel::Discharged:
            return store::CaseloadFilter::Discharged;
        case CaseloadModel::All:
            break;
    }
    return store::CaseloadFilter::All;
}

}  // namespace

CaseloadModel::CaseloadModel(QObject* parent) : QAbstractListModel(parent) {
    debounce_.setSingleShot(true);
    connect(&debounce_, &QTimer::timeout, this, &CaseloadModel::run);
}

void CaseloadModel::setStore(DeviceStore* store) {
    if (store_ == store) return;
    if (store_) disconnect(store_, nullptr, this, nullptr);
    store_ = store;
    if (store_) connect(store_, &DeviceStore::dataChanged, this, [this] { schedule(0); });
    emit storeChanged();
    schedule(0);
}

void CaseloadModel::setFilter(Filter f) {
    if (filter_ == f) return;
    filter_ = f;
    emit filterChanged();
    schedule(0);
}

void CaseloadModel::setSort(Sort s) {
    if (sort_ == s) return;
    sort_ = s;
    emit sortChanged();
    schedule(0);
}

void CaseloadModel::setSearchText(const QString& text) {
    if (searchText_ == text) return;
    searchText_ = text;
    emit searchTextChanged();
    schedule(kTypingDelayMs);
}

QString CaseloadModel::caseIdAt(int row) const {
    return row >= 0 && row < count() ? toQt(rows_[static_cast<std::size_t>(row)].caseId)
                                     : QString();
}

void CaseloadModel::refresh() {
    schedule(0);
}

void CaseloadModel::schedule(int delayMs) {
    setLoading(true);
    debounce_.start(delayMs);
}

void CaseloadModel::run() {
    if (!store_ || !store_->isOpen()) return;
    const quint64 generation = ++generation_;
    store::CaseloadListQuery q;
    q.filter = toStore(filter_);
    q.sort = sort_ == Name ? store::CaseloadSort::Name : store::CaseloadSort::NextAction;
    q.text = toStd(searchText_.trimmed());
    q.today = store_->today();
    store_->run<Result<Answer>>(
        this,
        [q](store::Store& s) -> Result<Answer> {
            store::CaseloadView view(s.database());
            auto rows = view.list(q);
            if (!rows) return rows.status();
            auto counts = view.counts(q.today);
            if (!counts) return counts.status();
            return Answer{std::move(*rows), *counts};
        },
        [this, generation, today = q.today](Result<Answer> r) {
            if (generation != generation_) return;  // a newer query is on its way
            setLoading(false);
            if (!r) {
                emit failed(sentence(r.status().message()));
                return;
            }
            today_ = today;
            if (r->counts.all != counts_.all || r->counts.reviewDue != counts_.reviewDue ||
                r->counts.awaitingFirstContact != counts_.awaitingFirstContact ||
                r->counts.active != counts_.active || r->counts.discharged != counts_.discharged) {
                counts_ = r->counts;
                emit countsChanged();
            }
            apply(std::move(r->rows));
        });
}

void CaseloadModel::apply(std::vector<store::CaseloadEntry> rows) {
    // The same cases in the same order (a note saved, a change synced):
    // update rows in place so the list keeps its scroll position.
    const bool sameCases =
        rows.size() == rows_.size() &&
        std::equal(rows.begin(), rows.end(), rows_.begin(),
                   [](const auto& a, const auto& b) { return a.caseId == b.caseId; });
    if (sameCases) {
        rows_ = std::move(rows);
        if (!rows_.empty()) emit dataChanged(index(0), index(count() - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

void CaseloadModel::setLoading(bool loading) {
    if (loading_ == loading) return;
    loading_ = loading;
    emit loadingChanged();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= count()) return {};
    const auto& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case CaseIdRole:
            return toQt(r.caseId);
        case NameRole: {
            const QString name =
                (toQt(r.givenName) + QLatin1Char(' ') + toQt(r.familyName)).trimmed();
            return name.isEmpty() ? tr("Client details not recorded") : name;
        }
        case StatusRole:
            return toQt(r.status);
        case StatusTextRole:
            return Labels::text(QStringLiteral("caseStatus"), toQt(r.status));
        case WorkStatusTextRole:
            return r.workStatus.empty()
                       ? QString()
                       : Labels::text(QStringLiteral("workStatus"), toQt(r.workStatus));
        case NextActionRole:
            if (r.status == "awaiting_first_contact") return tr("Make first contact");
            return toQt(r.nextAction);
        case DueTextRole: {
            std::optional<std::string> due = r.nextActionDue;
            if (r.status == "awaiting_first_contact" && r.referralDate) {
                auto referred = model::parseIsoDate(*r.referralDate);
                if (!referred) return {};
                const int days = model::daysBetween(*referred, today_);
                return days == 0
                           ? tr("Referred today")
                           : tr("Referred %1 ago").arg(Format::plural(days, tr("day"), tr("days")));
            }
            if (!due) return r.openActions > 0 ? tr("No date set") : QString();
            return Format::dueText(*due, today_);
        }
        case DueToneRole: {
            if (r.status == "awaiting_first_contact" && r.referralDate) {
                auto referred = model::parseIsoDate(*r.referralDate);
                const int days = referred ? model::daysBetween(*referred, today_) : 0;
                return days > 10  ? QStringLiteral("bad")
                       : days > 5 ? QStringLiteral("warning")
                                  : QStringLiteral("neutral");
            }
            if (!r.nextActionDue) return QStringLiteral("neutral");
            QString tone;
            Format::dueText(*r.nextActionDue, today_, &tone);
            return tone;
        }
        case PendingChangesRole:
            return static_cast<int>(r.pendingChanges);
        case MatchedInNoteRole:
            return !r.matchedByName;
        default:
            return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const {
    return {{CaseIdRole, "caseId"},
            {NameRole, "name"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {WorkStatusTextRole, "workStatusText"},
            {NextActionRole, "nextAction"},
            {DueTextRole, "dueText"},
            {DueToneRole, "dueTone"},
            {PendingChangesRole, "pendingChanges"},
            {MatchedInNoteRole, "matchedInNote"}};
}

}  // namespace rtw::app
