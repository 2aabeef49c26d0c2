#include "qml/employer/employer_plans.h"

#include <algorithm>
#include <map>

#include <QDateTime>

#include "model/share_grant.h"

namespace rtw::app {

std::vector<EmployerPlan> employerPlansOf(const std::vector<store::Record>& versions,
                                          const std::vector<store::Record>& grants,
                                          const std::vector<store::Record>& answers,
                                          const std::string& userId, model::Timestamp now) {
    std::map<std::string, const store::Record*> versionById;
    for (const auto& v : versions) versionById[v.id] = &v;
    std::vector<EmployerPlan> out;
    for (const auto& g : grants) {
        auto grant = model::ShareGrant::fromJson(g.fields);
        if (!grant || grant->employerContactId != userId || !model::isShareActive(*grant, now))
            continue;
        const auto v = versionById.find(grant->planVersionId);
        if (v == versionById.end() || v->second->caseId != g.caseId) continue;
        EmployerPlan plan;
        plan.grantId = g.id;
        plan.caseId = g.caseId;
        plan.planVersionId = grant->planVersionId;
        plan.view = v->second->fields;
        plan.version = plan.view.value("version", 0);
        plan.sharedUntil = grant->expiresAt;
        out.push_back(std::move(plan));
    }
    // Answers arrive oldest first (the store's order): the first
    // acknowledgement stays the one shown.
    for (const auto& a : answers) {
        auto answer = model::EmployerResponse::fromJson(a.fields);
        if (!answer || answer->employerContactId != userId) continue;
        for (auto& plan : out) {
            if (plan.grantId != answer->shareGrantId) continue;
            if (answer->kind == model::EmployerResponseKind::Acknowledge) {
                if (!plan.acknowledgedAt) plan.acknowledgedAt = answer->at;
            } else {
                plan.comments.push_back(*answer);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const EmployerPlan& a, const EmployerPlan& b) {
        return a.version > b.version;
    });
    return out;
}

nlohmann::json employerAnswer(const EmployerPlan& plan, const std::string& userId,
                              const std::optional<std::string>& comment, model::Timestamp now) {
    nlohmann::json f = {{"kind", comment ? "comment" : "acknowledge"},
                        {"shareGrantId", plan.grantId},
                        {"planVersionId", plan.planVersionId},
                        {"employerContactId", userId},
                        {"at", model::formatTimestamp(now)}};
    if (comment) f["comment"] = *comment;
    return f;
}

QString ukDay(model::Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("dd/MM/yyyy"));
}

}  // namespace rtw::app
