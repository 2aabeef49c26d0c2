#pragma once
// The one place where core's std::string world meets Qt's QString world,
// and where core's Status becomes what a screen shows: a sentence for the
// message bar and a map of field path -> message for the form.

#include <QString>
#include <QVariantMap>

#include <string>
#include <string_view>

#include "util/status.h"

namespace rtw::app {

inline QString toQt(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
inline std::string toStd(const QString& s) {
    return s.toStdString();
}

/// Core messages are lower-case clauses ("wrong passcode; 6 attempts left");
/// on screen they are sentences ("Wrong passcode; 6 attempts left.").
QString sentence(std::string_view message);

/// Field errors keyed by path, each with `prefix` in front ("client." +
/// "givenName"), messages as sentences, for FormField to show beside its field.
QVariantMap fieldErrorMap(const Status& status, const QString& prefix = {});
/// Adds `status`'s field errors to `into`, keeping any message already there
/// (the app's own, more specific wording wins over core's general one).
void mergeFieldErrors(QVariantMap& into, const Status& status, const QString& prefix = {});

}  // namespace rtw::app
