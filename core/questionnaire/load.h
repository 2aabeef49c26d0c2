#pragma once
// Loading questionnaire definitions from disk: the shipped ones in
// assets/questionnaires/ and any a service adds for instruments it licenses.

#include <filesystem>
#include <vector>

#include "questionnaire/definition.h"
#include "util/status.h"

namespace rtw::questionnaire {

/// Reads and checks one JSON file. Errors name the file and are:
///  - Io if it cannot be read;
///  - InvalidArgument if it is not JSON (message gives line, column and byte)
///    or breaks the format (fieldErrors() name each JSON path);
///  - Unsupported if it was written for a newer format.
Result<Definition> loadDefinitionFile(const std::filesystem::path& file);

/// Every *.json file in `dir` (not subfolders; other files are ignored),
/// sorted by id. All or nothing: one bad file fails the lot, naming the file,
/// because a half-loaded set would quietly drop a questionnaire a patient is
/// due to answer. Two files with the same id fail with AlreadyExists.
Result<std::vector<Definition>> loadDefinitionsFromDir(const std::filesystem::path& dir);

}  // namespace rtw::questionnaire
