#include "app/app_options.h"

namespace rtw::app {

std::optional<AppOptions> parseOptions(const QStringList& args, QString* error) {
    AppOptions o;
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return std::nullopt;
    };
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == QLatin1String("--demo")) {
            o.demo = true;
        } else if (a == QLatin1String("--self-test")) {
            o.selfTest = true;
        } else if (a == QLatin1String("--first-frame")) {
            o.firstFrame = true;
        } else if (a == QLatin1String("--data")) {
            o.dataDir = value();
            if (o.dataDir.isEmpty()) return fail(QStringLiteral("--data needs a folder"));
        } else if (a == QLatin1String("--server")) {
            o.serverUrl = value();
            if (o.serverUrl.isEmpty()) return fail(QStringLiteral("--server needs an address"));
        } else if (a == QLatin1String("--screenshots")) {
            o.screenshotDir = value();
            if (o.screenshotDir.isEmpty())
                return fail(QStringLiteral("--screenshots needs a folder"));
        } else if (a == QLatin1String("--theme")) {
            o.theme = value();
            if (o.theme != QLatin1String("light") && o.theme != QLatin1String("dark") &&
                o.theme != QLatin1String("system"))
                return fail(QStringLiteral("--theme must be light, dark or system"));
        } else if (a == QLatin1String("--size")) {
            const QStringList wh = value().split(QLatin1Char('x'));
            bool okW = false, okH = false;
            const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
            const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 200 || h < 200 || w > 8000 || h > 8000)
                return fail(QStringLiteral("--size must be WIDTHxHEIGHT, e.g. 390x844"));
            o.size = QSize(w, h);
        } else if (a == QLatin1String("--font-scale")) {
            bool ok = false;
            o.fontScale = value().toDouble(&ok);
            if (!ok || o.fontScale < 0.5 || o.fontScale > 3.0)
                return fail(QStringLiteral("--font-scale must be a number from 0.5 to 3"));
        } else {
            return fail(QStringLiteral("unknown option: %1").arg(a));
        }
    }
    return o;
}

}  // namespace rtw::app
