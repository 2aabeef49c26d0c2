#include "model/record_types.h"

#include "model/model.h"

namespace rtw::model {
namespace {

template <typename T>
Status validateFields(const nlohmann::json& fields) {
    return T::fromJson(fields).status();
}

template <typename T>
Result<nlohmann::json> normaliseFields(const nlohmann::json& fields) {
    auto parsed = T::fromJson(fields);
    if (!parsed) return parsed.status();
    return toJson(*parsed);
}

template <typename T>
RecordTypeInfo entry(Mutability mutability) {
    return {T::kType, mutability, &validateFields<T>, &normaliseFields<T>};
}

}  // namespace

const std::vector<RecordTypeInfo>& allRecordTypes() {
    using M = Mutability;
    static const std::vector<RecordTypeInfo> types = {
        entry<Case>(M::Mutable),
        entry<Client>(M::Mutable),
        entry<Referral>(M::Mutable),
        entry<Employer>(M::Mutable),
        entry<Employment>(M::Mutable),
        entry<Barrier>(M::Mutable),
        entry<FitNote>(M::Mutable),
        entry<Contact>(M::Mutable),
        entry<CaseNote>(M::AppendOnly),
        entry<CaseAction>(M::Mutable),
        entry<RtwPlan>(M::Mutable),
        entry<RtwPlanVersion>(M::AppendOnly),
        entry<PlanComment>(M::AppendOnly),
        entry<Goal>(M::Mutable),
        entry<GoalProgress>(M::AppendOnly),
        entry<CheckIn>(M::AppendOnly),
        entry<QuestionnaireResponse>(M::AppendOnly),
        entry<ConsentEvent>(M::AppendOnly),
        entry<ShareGrant>(M::Mutable),
        entry<EmployerResponse>(M::AppendOnly),
        entry<Discharge>(M::Mutable),
        entry<AuditEvent>(M::AppendOnly),
        entry<User>(M::Mutable),
        entry<Conflict>(M::Mutable),
    };
    return types;
}

const RecordTypeInfo* findRecordType(std::string_view name) {
    for (const auto& t : allRecordTypes()) {
        if (t.name == name) return &t;
    }
    return nullptr;
}

}  // namespace rtw::model
