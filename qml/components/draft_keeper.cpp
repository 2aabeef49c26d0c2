#include "qml/components/draft_keeper.h"

#include <QJsonDocument>

#include "qml/components/device_store.h"
#include "qml/components/qt_convert.h"
#include "store/draft_store.h"

namespace rtw::app {
namespace {

nlohmann::json toJson(const QVariantMap& map) {
    const QByteArray bytes = QJsonDocument::fromVariant(map).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr,
                                 false);
}

QVariantMap toMap(const nlohmann::json& j) {
    const std::string text = j.dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).toVariant().toMap();
}

}  // namespace

DraftKeeper::DraftKeeper(QObject* parent) : QObject(parent) {
    timer_.setSingleShot(true);
    timer_.setInterval(kSaveDelayMs);
    connect(&timer_, &QTimer::timeout, this, &DraftKeeper::flush);
}

DraftKeeper::~DraftKeeper() {
    flush();
}

void DraftKeeper::setStore(DeviceStore* store) {
    if (store_) disconnect(store_, nullptr, this, nullptr);
    store_ = store;
    if (store_) connect(store_, &DeviceStore::aboutToClose, this, &DraftKeeper::flush);
}

void DraftKeeper::setKey(const QString& key) {
    key_ = key;
}

void DraftKeeper::update(const QVariantMap& content) {
    pending_ = content;
    dirty_ = true;
    // Not restarted on each keystroke: a steady typist is saved every 300 ms.
    if (!timer_.isActive()) timer_.start();
}

void DraftKeeper::flush() {
    timer_.stop();
    if (!dirty_ || !store_ || key_.isEmpty()) return;
    dirty_ = false;
    const std::string key = toStd(key_);
    auto content = std::make_shared<nlohmann::json>(toJson(pending_));
    const Clock* clock = &store_->clock();
    QPointer<DraftKeeper> self(this);
    store_->run<Result<std::int64_t>>(
        this,
        [key, content, clock](store::Store& s) -> Result<std::int64_t> {
            store::DraftStore drafts(s.database(), *clock);
            if (Status st = drafts.save(key, *content); !st) return st;
            return clock->nowMs();
        },
        [self](Result<std::int64_t> r) {
            if (!self) return;
            if (r) {
                emit self->saved(*r);
            } else {
                emit self->failed(sentence(r.status().message()));
            }
        });
}

void DraftKeeper::discard() {
    timer_.stop();
    dirty_ = false;
    if (!store_ || key_.isEmpty()) return;
    const std::string key = toStd(key_);
    const Clock* clock = &store_->clock();
    store_->run<Status>(this,
                        [key, clock](store::Store& s) {
                            return store::DraftStore(s.database(), *clock).discard(key);
                        },
                        {});
}

void DraftKeeper::load(std::function<void(std::optional<QVariantMap>, qint64)> done) {
    if (!store_ || key_.isEmpty()) {
        done(std::nullopt, 0);
        return;
    }
    const std::string key = toStd(key_);
    const Clock* clock = &store_->clock();
    store_->run<Result<std::optional<store::Draft>>>(
        this,
        [key, clock](store::Store& s) { return store::DraftStore(s.database(), *clock).load(key); },
        [done](Result<std::optional<store::Draft>> r) {
            if (!r || !r->has_value()) {
                done(std::nullopt, 0);
                return;
            }
            done(toMap((**r).content), (**r).savedMs);
        });
}

}  // namespace rtw::app
