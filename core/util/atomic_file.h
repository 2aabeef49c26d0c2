#pragma once
// Whole-file writes that either fully happen or not at all: write a temp file
// in the same folder, fsync it, rename over the target, fsync the folder.
// A crash at any point leaves the old file or the new one, never a mix.

#include <filesystem>
#include <string>

#include "util/status.h"

namespace rtw {

Status writeFileAtomically(const std::filesystem::path& path, const std::string& contents);
Result<std::string> readWholeFile(const std::filesystem::path& path);

}  // namespace rtw
