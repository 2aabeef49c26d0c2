#pragma once
// Links every QML module of the app (static plugins) into the program that
// calls this: rtw-app, the Qt Quick tests and the C++ app tests.

namespace rtw::app {

/// Makes sure every Rtw.* module is linked in and registered; call before loading QML.
void importQmlModules();

}  // namespace rtw::app
