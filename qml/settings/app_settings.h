#pragma once
// AppSettings: the device's preferences — theme, auto-lock time, server
// address, the patient's reminder time. Kept in an ini file beside the store because they must be
// read before the store is unlocked; they hold no personal or health data.

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QString>

#include <memory>

#include "qml/components/qml_singleton.h"

namespace rtw::app {

class AppSettings : public QObject, public QmlSingleton<AppSettings> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// Idle minutes before the app locks itself (1 to 60).
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    /// The sync server's address, e.g. https://rtw.example.nhs.uk
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    /// The patient's daily check-in reminder, "HH:mm", or "" for none. Here,
    /// not in the store, because a reminder must be known while locked.
    Q_PROPERTY(
        QString reminderTime READ reminderTime WRITE setReminderTime NOTIFY reminderTimeChanged)

public:
    static constexpr int kDefaultAutoLockMinutes = 5;

    /// Settings stored in `iniFile` (created when first written).
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);

    QString theme() const;
    void setTheme(const QString& theme);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    QString serverUrl() const;
    void setServerUrl(const QString& url);
    QString reminderTime() const;
    /// Ignores anything but "" and a valid "HH:mm".
    void setReminderTime(const QString& time);

    /// The choices the settings page offers for auto-lock, in minutes.
    Q_INVOKABLE static QVariantList autoLockChoices();

signals:
    void themeChanged();
    void autoLockMinutesChanged();
    void serverUrlChanged();
    void reminderTimeChanged();

private:
    std::unique_ptr<QSettings> settings_;
};

}  // namespace rtw::app
