// Qt Quick Test runner for the app's pages (tests/qml/tst_*.qml). One
// AppWiring for the run, over a throwaway demo store unlocked before the
// first test. Any QML warning during the run fails it, like the self-test.
#include <QtQuickTest/quicktest.h>
#include <QApplication>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>

#include "app/app_wiring.h"
#include "app/qml_modules.h"
#include "app/tour_seed.h"
#include "qml/components/qt_convert.h"

namespace {

std::atomic<int> g_warnings{0};
QtMessageHandler g_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    if ((type == QtWarningMsg || type == QtCriticalMsg) &&
        !msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        ++g_warnings;
    if (g_previous) g_previous(type, context, msg);
}

}  // namespace

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        rtw::app::importQmlModules();
        rtw::app::WiringOptions options;
        options.dataDir = rtw::app::toStd(dir_.path());
        options.storeOptions.kdf = rtw::crypto::KdfParams::minimumForTests();
        options.demo = true;
        wiring_ = std::make_unique<rtw::app::AppWiring>(
            options, rtw::SystemClock::instance(),
            std::make_unique<rtw::app::UnavailableSyncBackend>());
        auto& session = wiring_->session();
        session.createPasscode(QStringLiteral("qml test passcode"),
                               QStringLiteral("qml test passcode"));
        while (session.state() != rtw::app::SessionController::Unlocked &&
               session.error().isEmpty())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (session.state() != rtw::app::SessionController::Unlocked)
            qFatal("could not make the test store: %s", qPrintable(session.error()));
        // One open conflict and one refused change for tst_sync_review.qml.
        std::optional<rtw::Status> seeded;
        wiring_->store().write<rtw::Status>(
            this, QString(), [](rtw::store::Store& s) { return rtw::app::seedSyncReview(s); },
            [&seeded](rtw::Status s) { seeded = s; });
        while (!seeded) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!*seeded) qFatal("could not seed the sync review: %s", seeded->message().c_str());
    }
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase() { wiring_->store().waitForIdle(); }

private:
    QTemporaryDir dir_;
    std::unique_ptr<rtw::app::AppWiring> wiring_;
};

int main(int argc, char** argv) {
    g_previous = qInstallMessageHandler(countWarnings);
    // A QApplication made first is the one Qt Quick Test uses: Qt Charts
    // (the goals page) draws with Graphics View, which needs one.
    QApplication app(argc, argv);
    Setup setup;
    const int failed =
        quick_test_main_with_setup(argc, argv, "qml_tests", RTW_QML_TEST_DIR, &setup);
    if (failed == 0 && g_warnings > 0) {
        std::fprintf(stderr, "qml_tests: %d QML warning(s) during the run\n", g_warnings.load());
        return 1;
    }
    return failed;
}

#include "main.moc"
