#pragma once
// Writing a PdfDocument where the user chose: rendered on a worker thread
// (never the UI thread), then written atomically (QSaveFile: a new file in
// the chosen folder, renamed over the target only when complete). A PDF
// holds health data, so it is never written anywhere the user did not
// choose: no temporary files, no default location.

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>

#include <functional>

#include "qml/documents/pdf_document.h"
#include "util/status.h"

namespace rtw::app {

/// What a save dialog returned ("file:///home/a/plan.pdf" or a plain path)
/// as a local path ending in ".pdf"; empty when it is not a local file.
QString localPdfPath(const QString& chosen);

/// Renders `doc` off the UI thread and writes it to `path`; `done` runs on
/// the UI thread afterwards, unless `context` was destroyed meanwhile.
void savePdf(QObject* context, PdfDocument doc, const QString& path,
             std::function<void(Status)> done);

/// QML: PdfFiles — where the save dialog starts, and a file name to offer.
class PdfFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit PdfFiles(QObject* parent = nullptr) : QObject(parent) {}
    /// The user's documents folder, as a URL for FileDialog.currentFolder.
    Q_INVOKABLE static QUrl documentsFolder();
    /// `name` in the documents folder, for FileDialog.selectedFile.
    Q_INVOKABLE static QUrl suggestedFile(const QString& name);
};

}  // namespace rtw::app
