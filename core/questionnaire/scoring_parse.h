#pragma once
// Parsing one score's rules ("scoring" plus its "bands") — shared by the main
// score and by each subscale. Internal to core/questionnaire.

#include <optional>
#include <string>
#include <vector>

#include "questionnaire/definition.h"
#include "questionnaire/json_fields.h"

namespace rtw::questionnaire::detail {

/// `items` holds every item whose id parsed; `itemsValid` is false if any item
/// had an error, in which case the achievable range is not checked (it would
/// only repeat the item's own error in a more confusing form).
std::optional<Scoring> parseScoring(const Json& scoring, const std::string& path, const Json* bands,
                                    const std::string& bandsPath, const std::vector<Item>& items,
                                    bool itemsValid, FieldErrors& errors);

/// Lower-case letters, digits and '_', starting with a letter: safe in file
/// names, database keys and CSV headers.
bool isValidId(const std::string& id);

}  // namespace rtw::questionnaire::detail
