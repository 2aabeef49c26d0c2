#pragma once
// ConnectivityMonitor: tells the sync engine when the device goes offline
// and when a connection returns, from Qt's QNetworkInformation where the
// platform has a backend (NetworkManager on Linux, the OS on Android/iOS).
// Thin glue: the scheduling rules live in sync::SyncScheduler.
//
//   platform::ConnectivityMonitor net([&](bool online) { engine.setOnline(online); });
//
// Without a backend (a container, a desktop without NetworkManager) it says
// "online" once and never changes: the sync attempts themselves then find out
// (a failed attempt shows Offline and backs off).

#include <QObject>
#include <functional>

namespace rtw::platform {

/// How a reachability report maps to what sync cares about: only a definite
/// "disconnected" is offline; "local"/"site" networks may still reach a
/// private deployment, so they count as online and the attempt decides.
enum class Reach { Unknown, Disconnected, Local, Site, Online };
bool countsAsOnline(Reach r);

class ConnectivityMonitor : public QObject {
    Q_OBJECT
public:
    /// `onChange` is called on the Qt thread that owns this object: once at
    /// start with the current state, then on every change of online/offline.
    explicit ConnectivityMonitor(std::function<void(bool online)> onChange,
                                 QObject* parent = nullptr);
    /// A backend reports reachability on this platform.
    bool available() const { return available_; }
    bool online() const { return online_; }

private:
    void report(Reach r);

    std::function<void(bool)> onChange_;
    bool available_ = false;
    bool online_ = true;
    bool reported_ = false;
};

}  // namespace rtw::platform
