#pragma once
// What both fuzz targets do with a decoded operation: everything the server
// does to one before it touches the database (the model's validation and
// canonical form, and merge of the change into nothing and into itself).

#include <nlohmann/json.hpp>

#include "merge/merge.h"
#include "model/record_types.h"
#include "protocol/operation.h"

namespace rtw::fuzz {

inline void exerciseOperation(const nlohmann::json& raw) {
    auto op = protocol::decode(raw);
    if (!op) return;
    (void)protocol::encode(*op).dump();
    const auto* info = model::findRecordType(op->type);
    if (!info) return;
    auto normal = info->normalise(op->fields);
    merge::Change change{op->op, normal ? *normal : op->fields, op->hlc, op->baseHlcs};
    auto created = merge::apply(std::nullopt, change, info->mutability);
    if (!created) return;
    merge::Change again = change;
    again.op = store::OpKind::Update;
    (void)merge::apply(created->state, again, info->mutability);
    again.op = store::OpKind::Delete;
    (void)merge::apply(created->state, again, info->mutability);
}

}  // namespace rtw::fuzz
