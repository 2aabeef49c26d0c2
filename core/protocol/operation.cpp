#include "protocol/operation.h"

#include "hlc/hlc.h"
#include "model/record_types.h"
#include "model/uuid.h"

namespace rtw::protocol {

using nlohmann::json;

json encode(const Operation& op) {
    json out = {{"opId", op.opId},     {"recordId", op.recordId},        {"type", op.type},
                {"caseId", op.caseId}, {"op", store::opKindName(op.op)}, {"fields", op.fields},
                {"hlc", op.hlc}};
    if (!op.baseHlcs.empty()) out["baseHlcs"] = op.baseHlcs;
    return out;
}

Result<Operation> decode(const json& in) {
    if (!in.is_object()) return Status::invalid({{"operation", "must be a JSON object"}});
    std::vector<FieldError> errors;
    Operation op;
    auto text = [&](const char* key, std::string& out) {
        auto it = in.find(key);
        if (it == in.end())
            errors.push_back({key, "is required"});
        else if (!it->is_string())
            errors.push_back({key, "must be a string"});
        else
            out = it->get<std::string>();
    };
    for (const auto& item : in.items()) {
        const std::string& key = item.key();
        static const char* known[] = {"opId", "recordId", "type", "caseId",
                                      "op",   "fields",   "hlc",  "baseHlcs"};
        if (std::find_if(std::begin(known), std::end(known),
                         [&](const char* k) { return key == k; }) == std::end(known))
            errors.push_back({key, "is not part of an operation"});
    }
    text("opId", op.opId);
    text("recordId", op.recordId);
    text("type", op.type);
    text("caseId", op.caseId);
    text("hlc", op.hlc);
    std::string kind;
    text("op", kind);
    if (!op.opId.empty() && !model::isUuid(op.opId)) errors.push_back({"opId", "must be a UUID"});
    if (!op.recordId.empty() && !model::isUuid(op.recordId))
        errors.push_back({"recordId", "must be a UUID"});
    if (!op.caseId.empty() && !model::isUuid(op.caseId))
        errors.push_back({"caseId", "must be a UUID"});
    if (!op.type.empty() && model::findRecordType(op.type) == nullptr)
        errors.push_back({"type", "is not a record type this server knows"});
    if (!op.hlc.empty() && !Hlc::parse(op.hlc))
        errors.push_back({"hlc", "must be a hybrid logical clock value"});
    if (in.contains("op") && in["op"].is_string()) {
        if (kind == "create")
            op.op = store::OpKind::Create;
        else if (kind == "update")
            op.op = store::OpKind::Update;
        else if (kind == "delete")
            op.op = store::OpKind::Delete;
        else
            errors.push_back({"op", "must be one of: create, update, delete"});
    }
    if (auto it = in.find("fields"); it == in.end())
        errors.push_back({"fields", "is required"});
    else if (!it->is_object())
        errors.push_back({"fields", "must be an object"});
    else
        op.fields = *it;
    if (auto it = in.find("baseHlcs"); it != in.end()) {
        if (!it->is_object()) {
            errors.push_back({"baseHlcs", "must be an object"});
        } else {
            for (const auto& [field, value] : it->items())
                if (!value.is_string() || !Hlc::parse(value.get<std::string>()))
                    errors.push_back({"baseHlcs." + field, "must be a hybrid logical clock value"});
            op.baseHlcs = *it;
        }
    }
    if (!errors.empty()) return Status::invalid(std::move(errors));
    return op;
}

}  // namespace rtw::protocol
