// The app's C++ tests run GoogleTest inside a Qt event loop (controllers
// answer on it). QCoreApplication: no display needed, so the test list can
// be read at build time.
#include <QCoreApplication>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

int main(int argc, char** argv) {
    // Dates on screen are local time; the tests expect the UK's.
    setenv("TZ", "Europe/London", 1);
    tzset();
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
