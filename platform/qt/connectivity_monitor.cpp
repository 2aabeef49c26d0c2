#include "platform/qt/connectivity_monitor.h"

#include <QNetworkInformation>

namespace rtw::platform {

namespace {

Reach fromQt(QNetworkInformation::Reachability r) {
    switch (r) {
        case QNetworkInformation::Reachability::Disconnected:
            return Reach::Disconnected;
        case QNetworkInformation::Reachability::Local:
            return Reach::Local;
        case QNetworkInformation::Reachability::Site:
            return Reach::Site;
        case QNetworkInformation::Reachability::Online:
            return Reach::Online;
        case QNetworkInformation::Reachability::Unknown:
            break;
    }
    return Reach::Unknown;
}

}  // namespace

bool countsAsOnline(Reach r) {
    return r != Reach::Disconnected;
}

ConnectivityMonitor::ConnectivityMonitor(std::function<void(bool)> onChange, QObject* parent)
    : QObject(parent), onChange_(std::move(onChange)) {
    available_ =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (!available_) {
        report(Reach::Unknown);
        return;
    }
    QNetworkInformation* info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) { report(fromQt(r)); });
    report(fromQt(info->reachability()));
}

void ConnectivityMonitor::report(Reach r) {
    const bool online = countsAsOnline(r);
    if (reported_ && online == online_) return;
    reported_ = true;
    online_ = online;
    if (onChange_) onChange_(online);
}

}  // namespace rtw::platform
