#pragma once
// DraftKeeper: keeps a form's half-typed content saved in the encrypted
// store while the user types, so a note survives the app being killed, the
// battery dying or the device locking itself. Saves at most every 300 ms
// (one durable write of about a millisecond), at once when the store is
// about to close, and when the form goes away. Never writes a plain file.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace rtw::app {

class DeviceStore;

class DraftKeeper : public QObject {
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 300;

    explicit DraftKeeper(QObject* parent = nullptr);
    ~DraftKeeper() override;

    void setStore(DeviceStore* store);
    /// Where the draft lives, e.g. "note/<caseId>"; set before update().
    void setKey(const QString& key);
    const QString& key() const { return key_; }

    /// The form changed: save this content soon.
    void update(const QVariantMap& content);
    /// Save now if anything is unsaved.
    void flush();
    /// Throw the draft away (after a real save, or when the user discards it).
    void discard();
    /// The saved draft, if any, with when it was saved (ms since the epoch).
    void load(std::function<void(std::optional<QVariantMap>, qint64)> done);

signals:
    void saved(qint64 savedMs);
    void failed(const QString& message);

private:
    QPointer<DeviceStore> store_;
    QString key_;
    QVariantMap pending_;
    bool dirty_ = false;
    QTimer timer_;
};

}  // namespace rtw::app
