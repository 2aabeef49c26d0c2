#include "qml/components/case_records.h"

#include "model/record_types.h"

namespace rtw::app {

const std::vector<store::Record>& CaseRecords::of(const std::string& type) const {
    static const std::vector<store::Record> none;
    auto it = byType.find(type);
    return it == byType.end() ? none : it->second;
}

const store::Record* CaseRecords::latest(const std::string& type) const {
    const auto& list = of(type);
    return list.empty() ? nullptr : &list.back();
}

Result<CaseRecords> loadCaseRecords(store::Store& s, const std::string& caseId, bool partial) {
    const Status missing = Status::error(ErrorCode::NotFound, "this case is not on this device");
    auto theCase = s.records().get(caseId);
    const bool hasCase = theCase && theCase->type == "case";
    if (!hasCase && !partial) return missing;
    CaseRecords out;
    out.caseId = caseId;
    if (hasCase) out.byType["case"] = {*theCase};
    for (const auto& info : model::allRecordTypes()) {
        const std::string type(info.name);
        if (type == "case" || type == "user") continue;
        auto list = s.records().list(type, caseId);
        if (!list) return list.status();
        if (!list->empty()) out.byType[type] = std::move(*list);
    }
    return out;
}

}  // namespace rtw::app
