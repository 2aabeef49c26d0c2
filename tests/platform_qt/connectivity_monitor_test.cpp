// The connectivity glue: how reachability maps to online/offline, and that
// it reports once at start even where Qt has no network backend.
#include <gtest/gtest.h>

#include <QCoreApplication>

#include "platform/qt/connectivity_monitor.h"

namespace rtw::platform {
namespace {

TEST(Connectivity, OnlyADefiniteDisconnectIsOffline) {
    EXPECT_FALSE(countsAsOnline(Reach::Disconnected));
    EXPECT_TRUE(countsAsOnline(Reach::Unknown)) << "unknown: let the attempt decide";
    EXPECT_TRUE(countsAsOnline(Reach::Local)) << "a private deployment may be on the local network";
    EXPECT_TRUE(countsAsOnline(Reach::Site));
    EXPECT_TRUE(countsAsOnline(Reach::Online));
}

TEST(Connectivity, ReportsTheStateOnceAtStart) {
    int argc = 1;
    char name[] = "connectivity_test";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    std::vector<bool> reports;
    ConnectivityMonitor monitor([&](bool online) { reports.push_back(online); });
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0], monitor.online());
    if (!monitor.available()) {
        EXPECT_TRUE(monitor.online()) << "no backend: assume online";
    }
}

}  // namespace
}  // namespace rtw::platform
