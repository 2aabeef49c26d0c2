#pragma once
// AboutController: the versions the settings page shows (app, Qt,
// SQLCipher, data schema), read from the open store off the UI thread.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include "qml/components/device_store.h"

namespace rtw::app {

class AboutController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// The store to read versions from (set to DeviceStore in QML).
    Q_PROPERTY(rtw::app::DeviceStore* store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    /// e.g. "4.6.1 community"; "" until read.
    Q_PROPERTY(QString sqlcipherVersion READ sqlcipherVersion NOTIFY loaded)
    Q_PROPERTY(QString sqliteVersion READ sqliteVersion NOTIFY loaded)
    Q_PROPERTY(int schemaVersion READ schemaVersion NOTIFY loaded)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY loaded)

public:
    explicit AboutController(QObject* parent = nullptr);

    DeviceStore* store() const { return store_; }
    void setStore(DeviceStore* store);
    QString appVersion() const;
    QString qtVersion() const;
    QString sqlcipherVersion() const { return sqlcipher_; }
    QString sqliteVersion() const { return sqlite_; }
    int schemaVersion() const { return schema_; }
    QString deviceId() const { return deviceId_; }

signals:
    void storeChanged();
    void loaded();

private:
    void load();

    QPointer<DeviceStore> store_;
    QString sqlcipher_;
    QString sqlite_;
    int schema_ = 0;
    QString deviceId_;
};

}  // namespace rtw::app
