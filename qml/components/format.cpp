#include "qml/components/format.h"

#include <QDateTime>

#include "model/dates.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {

QString Format::ukDate(const QString& iso) {
    auto d = model::parseIsoDate(toStd(iso));
    return d ? toQt(model::formatUkDate(*d)) : QString();
}

QString Format::isoDate(const QString& uk) {
    auto d = model::parseUkDate(toStd(uk.trimmed()));
    return d ? toQt(model::formatIsoDate(*d)) : QString();
}

QString Format::dateProblem(const QString& uk) {
    if (uk.trimmed().isEmpty()) return {};
    auto d = model::parseUkDate(toStd(uk.trimmed()));
    return d ? QString() : sentence(d.status().message());
}

QString Format::ukDateTime(double msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msSinceEpoch))
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString Format::time(double msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msSinceEpoch))
        .toString(QStringLiteral("HH:mm"));
}

QString Format::plural(qint64 n, const QString& one, const QString& many) {
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString Format::dueText(const std::string& isoDue, model::Date today, QString* tone) {
    auto d = model::parseIsoDate(isoDue);
    if (!d) return {};
    const int days = model::daysBetween(today, *d);
    if (tone)
        *tone = days < 0    ? QStringLiteral("bad")
                : days == 0 ? QStringLiteral("warning")
                            : QStringLiteral("neutral");
    const QString date = toQt(model::formatUkDate(*d));
    if (days < 0) return QObject::tr("Overdue: was due %1").arg(date);
    if (days == 0) return QObject::tr("Due today");
    return QObject::tr("Due %1").arg(date);
}

QString Format::nhsNumber(const QString& digits) {
    if (digits.size() != 10) return digits;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6);
}

}  // namespace rtw::app
