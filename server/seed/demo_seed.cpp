#include "server/seed/demo_seed.h"

#include "demo/demo_caseload.h"
#include "hlc/hlc.h"
#include "server/accounts/password.h"
#include "server/auth/auth_service.h"
#include "server/storage/sql_account_store.h"
#include "server/sync/sync_store.h"
#include "server/web/referral_links.h"
#include "util/random_id.h"

namespace rtw::server {

using nlohmann::json;

Result<DemoSeed> seedDemo(db::SqlDatabase& db, const Clock& clock, std::string password,
                          PasswordCost cost, int cases) {
    SqlAccountStore accounts(db, clock, cost);
    DemoSeed out;
    out.adviserEmail = kDemoAdviserEmail;
    auto existing = accounts.findUserByEmail(kDemoAdviserEmail);
    if (existing) {
        out.alreadySeeded = true;
        out.serviceId = existing->serviceId;
        out.practiceId = existing->practiceId.value_or("");
        return out;
    }
    if (existing.status().code() != ErrorCode::NotFound) return existing.status();
    if (password.empty()) password = generatePassword();
    if (Status s = checkPasswordRules(password); !s) return s;

    auto service = accounts.createService("Riverside Work and Health Service (demo)");
    if (!service) return service.status();
    auto practice =
        accounts.createPractice(service->id, "Riverside Medical Centre (demo)", "DEMO01");
    if (!practice) return practice.status();
    auto adviser = accounts.createUser(
        {service->id, practice->id, "adviser", kDemoAdviserEmail, "Ann Adviser", password});
    if (!adviser) return adviser.status();

    // The cases are pushed as Ann from a "seed-demo" device, through the
    // same checks as any device's changes.
    Caller ann;
    ann.account = *adviser;
    ann.deviceId = "seed-demo";
    ann.principal = {adviser->id, model::UserRole::Adviser, service->id, {}};
    HlcClock hlc("seed-demo", clock);
    std::vector<json> ops;
    demo::DemoOptions options;
    options.cases = cases;
    options.adviserId = adviser->id;
    options.practiceId = practice->id;
    options.deviceId = "seed-demo";
    auto written = demo::writeDemoCaseload(
        [&](const std::string& type, const std::string& caseId,
            const json& fields) -> Result<std::string> {
            const std::string id = newUuid();
            ops.push_back({{"opId", newUuid()},
                           {"recordId", id},
                           {"type", type},
                           {"caseId", caseId.empty() ? id : caseId},
                           {"op", "create"},
                           {"fields", fields},
                           {"hlc", hlc.now().toString()}});
            return id;
        },
        options);
    if (!written) return written.status();
    SyncStore sync(db, clock);
    for (std::size_t at = 0; at < ops.size(); at += kMaxPushOperations) {
        const std::vector<json> batch(ops.begin() + static_cast<std::ptrdiff_t>(at),
                                      ops.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                        ops.size(), at + kMaxPushOperations)));
        auto results = sync.push(ann, batch);
        if (!results) return results.status();
        for (const auto& r : *results)
            if (!r.accepted)
                return Status::error(ErrorCode::Internal,
                                     "a demo record was refused: " + r.code + " " + r.message);
    }
    web::ReferralLinkStore links(db, sync, clock);
    auto gp = links.create(web::ReferralKind::Gp, practice->id, adviser->id);
    if (!gp) return gp.status();
    auto self = links.create(web::ReferralKind::Self, practice->id, adviser->id);
    if (!self) return self.status();
    out.gpReferralPath = "/r/" + gp->token;
    out.selfReferralPath = "/r/" + self->token;
    out.adviserPassword = password;
    out.serviceId = service->id;
    out.practiceId = practice->id;
    out.cases = *written;
    return out;
}

}  // namespace rtw::server
