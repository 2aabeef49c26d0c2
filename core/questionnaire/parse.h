#pragma once
// Turning questionnaire JSON into a Definition, checking everything a person
// writing the file could get wrong. The format is in docs/questionnaires.md.

#include <nlohmann/json.hpp>

#include "questionnaire/definition.h"
#include "util/status.h"

namespace rtw::questionnaire {

/// A checked Definition, or:
///  - InvalidArgument with one FieldError per problem, each naming its JSON
///    path ("items[3].options[1].value") — all problems, not just the first;
///  - Unsupported if formatVersion is newer than this build (kFormatVersion).
Result<Definition> parseDefinition(const nlohmann::json& json);

}  // namespace rtw::questionnaire
