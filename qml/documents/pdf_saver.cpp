#include "qml/documents/pdf_saver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRunnable>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace rtw::app {

QString localPdfPath(const QString& chosen) {
    const QString trimmed = chosen.trimmed();
    if (trimmed.isEmpty()) return {};
    QString path;
    if (trimmed.startsWith(QLatin1String("file:"))) {
        path = QUrl(trimmed).toLocalFile();
    } else if (!trimmed.contains(QLatin1String("://"))) {
        path = trimmed;
    }
    if (path.isEmpty() || !QFileInfo(path).isAbsolute()) return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) path += QStringLiteral(".pdf");
    return QDir::cleanPath(path);
}

void savePdf(QObject* context, PdfDocument doc, const QString& path,
             std::function<void(Status)> done) {
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([doc = std::move(doc), path, guard, done]() {
        Status status;
        const QByteArray bytes = doc.render();
        QSaveFile file(path);
        if (bytes.isEmpty()) {
            status = Status::error(ErrorCode::Internal, "the PDF could not be made");
        } else if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                   !file.commit()) {
            status = Status::error(ErrorCode::Io, "could not write " +
                                                      QFileInfo(path).fileName().toStdString() +
                                                      ": " + file.errorString().toStdString());
        }
        // Back on the UI thread; the guard is only read there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, status] {
                if (guard && done) done(status);
            },
            Qt::QueuedConnection);
    });
}

namespace {

// The user's documents folder, made if it is missing (a fresh account or
// device may not have one, and a save offered there would then fail); the
// home folder when it cannot be made.
QString documentsPath() {
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!docs.isEmpty() && QDir().mkpath(docs)) return docs;
    return QDir::homePath();
}

}  // namespace

QUrl PdfFiles::documentsFolder() {
    return QUrl::fromLocalFile(documentsPath());
}

QUrl PdfFiles::suggestedFile(const QString& name) {
    return QUrl::fromLocalFile(QDir(documentsPath()).filePath(name));
}

}  // namespace rtw::app
