#pragma once
// The command line of rtw-app. Everything has a default; a bad value is
// reported and the app does not start.
//
//   rtw-app [--data DIR] [--demo] [--server URL] [--theme light|dark|system]
//           [--size WxH] [--font-scale F] [--self-test] [--screenshots DIR]
//           [--first-frame]

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtw::app {

struct AppOptions {
    QString dataDir;    ///< empty: the platform's data folder (platform/paths.h)
    bool demo = false;  ///< first run makes a fictional caseload instead of signing in
    QString serverUrl;  ///< preset server address (scripts/run)
    QString theme;      ///< overrides the saved theme for this run
    QSize size;         ///< initial window size; empty = phone size
    double fontScale = 1.0;
    bool selfTest = false;  ///< load every page once; exit 1 on any QML warning
    QString screenshotDir;  ///< write a PNG of every page here, then exit
    /// Print "first frame" when the window has drawn once, then exit (bench/app).
    bool firstFrame = false;
};

/// Parses arguments (the first is the program); on error, the message to print.
std::optional<AppOptions> parseOptions(const QStringList& arguments, QString* error);

}  // namespace rtw::app
