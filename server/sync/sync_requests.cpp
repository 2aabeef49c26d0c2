#include "server/sync/sync_requests.h"

#include <charconv>

#include "model/uuid.h"
#include "server/sync/sync_store.h"

namespace rtw::server {

using nlohmann::json;

Result<std::vector<json>> parsePushBody(const json& body) {
    std::vector<FieldError> errors;
    for (const auto& [key, value] : body.items())
        if (key != "operations") errors.push_back({key, "is not part of a push"});
    const auto it = body.find("operations");
    if (it == body.end()) {
        errors.push_back({"operations", "is required"});
    } else if (!it->is_array()) {
        errors.push_back({"operations", "must be a list of operations"});
    } else if (it->empty()) {
        errors.push_back({"operations", "must hold at least one operation"});
    } else if (it->size() > kMaxPushOperations) {
        errors.push_back({"operations", "must hold at most " + std::to_string(kMaxPushOperations) +
                                            " operations; send the rest in another request"});
    } else {
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& op = (*it)[i];
            const std::string path = "operations[" + std::to_string(i) + "]";
            if (!op.is_object()) {
                errors.push_back({path, "must be an operation (a JSON object)"});
                continue;
            }
            const auto id = op.find("opId");
            if (id == op.end() || !id->is_string() || !model::isUuid(id->get<std::string>()))
                errors.push_back({path + ".opId", "must be a UUID"});
        }
    }
    if (!errors.empty()) return Status::invalid(std::move(errors));
    return it->get<std::vector<json>>();
}

namespace {

template <typename T>
bool wholeNumber(const std::string& text, T& out) {
    if (text.empty() || text.size() > 18) return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}

}  // namespace

Result<PullQuery> parsePullQuery(const std::map<std::string, std::string>& query) {
    PullQuery q{0, kDefaultPullLimit};
    std::vector<FieldError> errors;
    for (const auto& [key, value] : query) {
        if (key == "cursor") {
            if (!wholeNumber(value, q.cursor) || q.cursor < 0)
                errors.push_back({"cursor", "must be the cursor of the last page (0 to start)"});
        } else if (key == "limit") {
            if (!wholeNumber(value, q.limit) || q.limit < 1 || q.limit > kMaxPullLimit)
                errors.push_back(
                    {"limit", "must be a whole number from 1 to " + std::to_string(kMaxPullLimit)});
        } else {
            errors.push_back({key, "is not a parameter of pull"});
        }
    }
    if (!errors.empty()) return Status::invalid(std::move(errors));
    return q;
}

}  // namespace rtw::server
