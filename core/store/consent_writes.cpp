#include "store/consent_writes.h"

#include "model/share_grant.h"

namespace rtw::store {

Status recordConsentEvent(RecordStore& records, const std::string& caseId,
                          const nlohmann::json& event, const std::string& stopSharesWith,
                          model::Timestamp now) {
    return records.inTransaction([&](RecordStore& r) -> Status {
        if (auto made = r.create("consent_event", caseId, event); !made) return made.status();
        if (stopSharesWith.empty()) return Status::ok();
        auto grants = r.list("share_grant", caseId);
        if (!grants) return grants.status();
        for (const auto& g : *grants) {
            if (g.view != "full") continue;  // a read-only view (see the header)
            auto grant = model::ShareGrant::fromJson(g.fields);
            if (grant && grant->employerContactId == stopSharesWith &&
                model::isShareActive(*grant, now))
                if (Status st = r.update(g.id, {{"revoked", true}}); !st) return st;
        }
        return Status::ok();
    });
}

}  // namespace rtw::store
