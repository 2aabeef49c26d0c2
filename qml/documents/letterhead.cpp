#include "qml/documents/letterhead.h"

#include <QObject>

#include "qml/components/qt_convert.h"

namespace rtw::app {

Letterhead letterheadOf(const store::DeviceProfile& profile) {
    Letterhead h;
    h.serviceName = profile.serviceName.empty() ? QObject::tr("Work and health service")
                                                : toQt(profile.serviceName);
    for (const QString& line : toQt(profile.serviceAddress).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) h.addressLines << line.trimmed();
    h.phone = toQt(profile.servicePhone);
    h.email = toQt(profile.email);
    return h;
}

}  // namespace rtw::app
