#include "qml/settings/app_settings.h"

#include <QTime>

#include <algorithm>

namespace rtw::app {

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent), settings_(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QString AppSettings::theme() const {
    const QString t =
        settings_->value(QStringLiteral("theme"), QStringLiteral("system")).toString();
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString& theme) {
    if (theme == this->theme()) return;
    settings_->setValue(QStringLiteral("theme"), theme);
    settings_->sync();
    emit themeChanged();
}

int AppSettings::autoLockMinutes() const {
    const int m =
        settings_->value(QStringLiteral("autoLockMinutes"), kDefaultAutoLockMinutes).toInt();
    return std::clamp(m, 1, 60);
}

void AppSettings::setAutoLockMinutes(int minutes) {
    minutes = std::clamp(minutes, 1, 60);
    if (minutes == autoLockMinutes()) return;
    settings_->setValue(QStringLiteral("autoLockMinutes"), minutes);
    settings_->sync();
    emit autoLockMinutesChanged();
}

QString AppSettings::reminderTime() const {
    return settings_->value(QStringLiteral("reminderTime")).toString();
}

void AppSettings::setReminderTime(const QString& time) {
    if (time == reminderTime()) return;
    if (!time.isEmpty() && !QTime::fromString(time, QStringLiteral("HH:mm")).isValid()) return;
    settings_->setValue(QStringLiteral("reminderTime"), time);
    settings_->sync();
    emit reminderTimeChanged();
}

QString AppSettings::serverUrl() const {
    return settings_->value(QStringLiteral("serverUrl")).toString();
}

void AppSettings::setServerUrl(const QString& url) {
    if (url == serverUrl()) return;
    settings_->setValue(QStringLiteral("serverUrl"), url);
    settings_->sync();
    emit serverUrlChanged();
}

QVariantList AppSettings::autoLockChoices() {
    return {1, 2, 5, 10, 15, 30, 60};
}

}  // namespace rtw::app
