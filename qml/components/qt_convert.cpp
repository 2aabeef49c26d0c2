#include "qml/components/qt_convert.h"

namespace rtw::app {

QString sentence(std::string_view message) {
    // Beside a labelled field, core's bare "is required" reads better as a sentence.
    if (message == "is required") return QStringLiteral("This is required.");
    QString s = toQt(message).trimmed();
    if (s.isEmpty()) return s;
    s[0] = s[0].toUpper();
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?')) &&
        !s.endsWith(QLatin1Char('!')))
        s += QLatin1Char('.');
    return s;
}

QVariantMap fieldErrorMap(const Status& status, const QString& prefix) {
    QVariantMap map;
    mergeFieldErrors(map, status, prefix);
    return map;
}

void mergeFieldErrors(QVariantMap& into, const Status& status, const QString& prefix) {
    for (const auto& e : status.fieldErrors()) {
        const QString key = prefix + toQt(e.field);
        if (!into.contains(key)) into.insert(key, sentence(e.message));
    }
}

}  // namespace rtw::app
