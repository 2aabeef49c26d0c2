// rtw-app: the adviser's app. Thin on purpose: read the command line, make
// the long-lived objects (AppWiring), load the shell, and for the self-test
// or screenshots take the page tour.
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

#include "app/app_options.h"
#include "app/app_wiring.h"
#include "app/page_tour.h"
#include "app/qml_modules.h"
#include "platform/paths.h"
#include "qml/components/qt_convert.h"
#include "qml/sync/engine_sync_backend.h"

using namespace rtw;
using namespace rtw::app;

int main(int argc, char** argv) {
    // QApplication, not QGuiApplication: Qt Charts draws with Graphics View.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Return to work"));
    QString error;
    const auto options = parseOptions(app.arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "rtw-app: %s\n", qPrintable(error));
        return 2;
    }
    const bool touring = options->selfTest || !options->screenshotDir.isEmpty();
    if (touring) PageTour::watchMessages();

    // The tours run on a throwaway store, never on real data.
    QTemporaryDir tourDir;
    std::filesystem::path dataDir;
    if (!options->dataDir.isEmpty()) {
        dataDir = toStd(options->dataDir);
        std::filesystem::create_directories(dataDir);
    } else if (touring) {
        dataDir = toStd(tourDir.path());
    } else {
        auto dir = platform::dataDirectory();
        if (!dir) {
            std::fprintf(stderr, "rtw-app: %s\n", dir.status().message().c_str());
            return 1;
        }
        dataDir = *dir;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    importQmlModules();
    WiringOptions wiringOptions;
    wiringOptions.dataDir = dataDir;
    wiringOptions.demo = options->demo;
    sync::SyncEngineOptions engineOptions;
    engineOptions.dataDir = dataDir;
    engineOptions.clock = &SystemClock::instance();
    AppWiring wiring(wiringOptions, SystemClock::instance(),
                     std::make_unique<EngineSyncBackend>(engineOptions));
    if (!options->serverUrl.isEmpty()) wiring.settings().setServerUrl(options->serverUrl);
    app.installEventFilter(&wiring.session());
    QObject::connect(&app, &QGuiApplication::applicationStateChanged, &wiring.session(),
                     &SessionController::applicationStateChanged);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    const QSize size = options->size.isEmpty() ? QSize(390, 844) : options->size;
    engine.setInitialProperties({{QStringLiteral("width"), size.width()},
                                 {QStringLiteral("height"), size.height()},
                                 {QStringLiteral("fontScale"), options->fontScale},
                                 {QStringLiteral("themeOverride"), options->theme}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Rtw/Shell/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "rtw-app: the user interface did not load\n");
        return 1;
    }
    std::unique_ptr<PageTour> tour;
    if (touring) {
        // Large text gets its own names, so it does not overwrite the normal run.
        const QString variant = QStringLiteral("%1-%2%3").arg(
            size.width() >= size.height() ? "tablet" : "phone",
            options->theme.isEmpty() ? "light" : options->theme,
            options->fontScale > 1.0 ? QStringLiteral("-large") : QString());
        tour = std::make_unique<PageTour>(engine, wiring, options->screenshotDir, variant);
        QObject::connect(tour.get(), &PageTour::finished, &app, &QGuiApplication::exit);
        tour->start();
    }
    if (options->firstFrame) {
        // Launch time (bench/app): the first frame on screen, then leave.
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        if (window == nullptr) return 1;
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] {
                std::fprintf(stdout, "first frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }
    const int code = app.exec();
    wiring.store().waitForIdle();
    return code;
}
