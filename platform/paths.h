#pragma once
// Where the app keeps its encrypted store on this device.

#include <filesystem>

#include "util/status.h"

namespace rtw::platform {

/// The folder for the store: $RTW_DATA_DIR if set (tests, demos, several
/// profiles side by side), else $XDG_DATA_HOME/rtw, else ~/.local/share/rtw.
/// Created with owner-only permissions.
Result<std::filesystem::path> dataDirectory();

}  // namespace rtw::platform
