#include "platform/paths.h"

#include <sys/stat.h>

#include <cstdlib>

namespace rtw::platform {

Result<std::filesystem::path> dataDirectory() {
    std::filesystem::path dir;
    if (const char* custom = std::getenv("RTW_DATA_DIR"); custom && *custom) {
        dir = custom;
    } else if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        dir = std::filesystem::path(xdg) / "rtw";
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        dir = std::filesystem::path(home) / ".local" / "share" / "rtw";
    } else {
        return Status::error(ErrorCode::Io, "cannot find a folder for app data: HOME is not set");
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Status::error(ErrorCode::Io, "cannot create the app data folder: " + ec.message());
    ::chmod(dir.c_str(), 0700);  // the store is encrypted, but its folder is nobody else's business
    return dir;
}

}  // namespace rtw::platform
