#include "questionnaire/load.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <system_error>

#include <nlohmann/json.hpp>

#include "questionnaire/parse.h"

namespace rtw::questionnaire {
namespace {

namespace fs = std::filesystem;

Status ioError(const fs::path& file, const std::string& why) {
    return Status::error(ErrorCode::Io, "cannot read questionnaire " + file.string() + ": " + why);
}

/// nlohmann's what() starts "[json.exception.parse_error.101] "; the rest
/// ("parse error at line 3, column 5: ...") is what a person needs.
std::string readableParseError(const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    const auto close = what.find("] ");
    if (what.rfind("[json.exception", 0) == 0 && close != std::string::npos) {
        what.erase(0, close + 2);
    }
    return what + " (byte " + std::to_string(e.byte) + ")";
}

}  // namespace

Result<Definition> loadDefinitionFile(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec) {
        return ioError(file, ec.message());
    }
    if (!fs::is_regular_file(status)) {
        return ioError(file, "not a regular file");
    }

    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return ioError(file, std::strerror(errno));
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        return ioError(file, "read failed");
    }

    nlohmann::json json;
    try {
        json = nlohmann::json::parse(content.str());
    } catch (const nlohmann::json::parse_error& e) {
        return Status::error(ErrorCode::InvalidArgument,
                             file.string() + " is not valid JSON: " + readableParseError(e));
    }
    Result<Definition> def = parseDefinition(json);
    if (!def) {
        return def.status().withContext(file.string());
    }
    return def;
}

Result<std::vector<Definition>> loadDefinitionsFromDir(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return Status::error(ErrorCode::Io, "cannot read questionnaire folder " + dir.string() +
                                                ": " + (ec ? ec.message() : "not a folder"));
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    if (ec) {
        return Status::error(ErrorCode::Io, "cannot list questionnaire folder " + dir.string() +
                                                ": " + ec.message());
    }
    // Sorted so that the same broken folder always reports the same file first.
    std::sort(files.begin(), files.end());

    std::vector<Definition> defs;
    std::map<std::string, fs::path> fileById;
    for (const auto& file : files) {
        Result<Definition> def = loadDefinitionFile(file);
        if (!def) {
            return def.status();
        }
        auto [it, inserted] = fileById.emplace(def->id, file);
        if (!inserted) {
            return Status::error(ErrorCode::AlreadyExists, "questionnaire id \"" + def->id +
                                                               "\" is defined twice: in " +
                                                               it->second.filename().string() +
                                                               " and " + file.filename().string());
        }
        defs.push_back(std::move(def).value());
    }
    std::sort(defs.begin(), defs.end(),
              [](const Definition& a, const Definition& b) { return a.id < b.id; });
    return defs;
}

}  // namespace rtw::questionnaire
