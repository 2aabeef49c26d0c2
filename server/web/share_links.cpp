#include "server/web/share_links.h"

#include <algorithm>

#include <sodium.h>

#include "model/dates.h"
#include "model/share_grant.h"
#include "server/auth/tokens.h"
#include "server/sync/case_facts.h"
#include "server/sync/push_transaction.h"
#include "server/sync/record_rows.h"

namespace rtw::server::web {

using db::SqlTx;
using db::TxMode;
using nlohmann::json;

namespace {

using model::UserRole;

/// A live record of `type`, or nullopt.
Result<std::optional<sync::StoredRecord>> liveRecord(SqlTx& tx, const std::string& id,
                                                     std::string_view type) {
    auto loaded = sync::loadRecords(tx, {id});
    if (!loaded) return loaded.status();
    if (loaded->empty() || loaded->front().type != type || loaded->front().state.deleted)
        return std::optional<sync::StoredRecord>();
    return std::optional<sync::StoredRecord>(std::move(loaded->front()));
}

/// The grant's employer view of its plan version, decided by the access
/// policy with only this grant counted (another grant to the same contact
/// does not keep this link open). Ended when the policy says no.
Result<LinkOpen> openGrant(SqlTx& tx, const policy::CaseFacts& facts,
                           const sync::StoredRecord& grantRecord, std::int64_t now) {
    LinkOpen out;
    out.state = LinkState::Ended;
    auto grant = model::ShareGrant::fromJson(grantRecord.state.fields);
    if (!grant) return out;
    auto version = liveRecord(tx, grant->planVersionId, "rtw_plan_version");
    if (!version) return version.status();
    if (!*version || (*version)->caseId != facts.caseId) return out;
    policy::CaseFacts only = facts;
    only.shares = {{grantRecord.id, *grant}};
    const policy::Principal employer{
        grant->employerContactId, UserRole::EmployerContact, facts.serviceId, {}};
    const policy::RecordRef ref{"rtw_plan_version", (*version)->id, (*version)->state.fields};
    if (policy::viewOf(employer, only, ref, now) != policy::View::Employer) return out;
    auto view = policy::redactAs(policy::View::Employer, ref);
    if (!view) return out;
    out.state = LinkState::Open;
    out.plan.caseId = facts.caseId;
    out.plan.grantId = grantRecord.id;
    out.plan.planVersionId = (*version)->id;
    out.plan.employerContactId = grant->employerContactId;
    out.plan.serviceId = facts.serviceId;
    out.plan.view = std::move(*view);
    return out;
}

Result<std::optional<policy::CaseFacts>> loadFacts(SqlTx& tx, const std::string& caseId) {
    sync::CaseFactsCache cache;
    if (Status s = cache.load(tx, {caseId}, /*withSharing=*/true); !s) return s;
    const auto* f = cache.facts(caseId);
    return f ? std::optional<policy::CaseFacts>(*f) : std::nullopt;
}

/// The link row's state and, when it opens, the plan, from current records.
Result<LinkOpen> resolve(SqlTx& tx, std::string_view token, std::int64_t now) {
    LinkOpen out;
    if (!tokenShaped(token)) return out;
    auto row = tx.queryOne(
        "SELECT grant_id, case_id, csrf, expires_ms, revoked_ms FROM share_links "
        "WHERE token_hash = $1",
        {sha256Hex(token)});
    if (!row) return row.status();
    if (!*row) return out;
    out.state = LinkState::Ended;
    const db::SqlRow& link = **row;
    if (!link.isNull(4) || link.integer(3) <= now) return out;
    auto facts = loadFacts(tx, link.text(1));
    if (!facts) return facts.status();
    if (!*facts) return out;
    auto grant = liveRecord(tx, link.text(0), "share_grant");
    if (!grant) return grant.status();
    if (!*grant || (*grant)->caseId != link.text(1)) return out;
    auto opened = openGrant(tx, **facts, **grant, now);
    if (opened && opened->state == LinkState::Open) opened->plan.csrf = link.text(2);
    return opened;
}

/// When the employer acknowledged this grant: the `at` of its first
/// acknowledgement (append-only records, so the first stays first).
Result<std::optional<std::string>> acknowledgedAt(SqlTx& tx, const std::string& caseId,
                                                  const std::string& grantId) {
    auto rows = tx.query(
        "SELECT fields FROM records WHERE case_id = $1 AND type = 'employer_response' AND "
        "deleted = 0 ORDER BY seq",
        {caseId});
    if (!rows) return rows.status();
    for (const auto& row : *rows) {
        const json f = json::parse(row.text(0), nullptr, false);
        if (f.is_object() && f.value("kind", "") == "acknowledge" &&
            f.value("shareGrantId", "") == grantId)
            return std::optional<std::string>(f.value("at", ""));
    }
    return std::optional<std::string>();
}

Caller employerCaller(const SharedPlan& plan) {
    Caller employer;
    employer.account.id = plan.employerContactId;
    employer.account.serviceId = plan.serviceId;
    employer.account.role = UserRole::EmployerContact;
    employer.principal = {plan.employerContactId, UserRole::EmployerContact, plan.serviceId, {}};
    return employer;
}

/// Writes one audit event in the case, numbered like any change.
Status writeAudit(SqlTx& tx, const Caller& caller, sync::ServerHlc& hlc, std::int64_t now,
                  const std::string& caseId, json fields) {
    sync::PushTransaction change(tx, caller, hlc, now);
    if (Status s = change.begin({}); !s) return s;
    change.serverAudit(caseId, std::move(fields));
    return change.finish();
}

}  // namespace

bool tokenShaped(std::string_view token) {
    return token.size() == 43 && std::all_of(token.begin(), token.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

std::string linkTokenIn(std::string_view pasted) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!pasted.empty() && isSpace(pasted.front())) pasted.remove_prefix(1);
    while (!pasted.empty() && isSpace(pasted.back())) pasted.remove_suffix(1);
    if (const auto at = pasted.rfind("/e/"); at != std::string_view::npos) {
        pasted.remove_prefix(at + 3);
        pasted = pasted.substr(0, pasted.find_first_of("?#/"));
    }
    return tokenShaped(pasted) ? std::string(pasted) : std::string();
}

std::optional<AuthService::OpenEmployerLink> ShareLinkStore::enrolmentOpener(
    std::string_view pasted) const {
    std::string token = linkTokenIn(pasted);
    if (token.empty()) return std::nullopt;
    return AuthService::OpenEmployerLink(
        [this, token](SqlTx& tx) -> Result<std::optional<AuthService::EmployerLinkContact>> {
            auto opened = resolve(tx, token, clock_.nowMs());
            if (!opened) return opened.status();
            if (opened->state != LinkState::Open)
                return std::optional<AuthService::EmployerLinkContact>();
            return std::optional<AuthService::EmployerLinkContact>(AuthService::EmployerLinkContact{
                opened->plan.employerContactId, opened->plan.serviceId});
        });
}

ShareLinkStore::ShareLinkStore(db::SqlDatabase& db, SyncStore& sync, const Clock& clock)
    : db_(db), sync_(sync), clock_(clock) {}

Result<IssuedLink> ShareLinkStore::issue(const Caller& caller, const std::string& grantId) {
    const std::int64_t now = clock_.nowMs();
    IssuedLink out;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        const Status noSuchShare = Status::error(ErrorCode::NotFound, "No such share.");
        auto grant = liveRecord(tx, grantId, "share_grant");
        if (!grant) return grant.status();
        if (!*grant) return noSuchShare;
        auto facts = loadFacts(tx, (*grant)->caseId);
        if (!facts) return facts.status();
        if (!*facts) return noSuchShare;
        const policy::RecordRef ref{"share_grant", grantId, (*grant)->state.fields};
        if (policy::viewOf(caller.principal, **facts, ref, now) == policy::View::None)
            return noSuchShare;
        const UserRole role = caller.principal.role;
        if (role != UserRole::Adviser && role != UserRole::Patient)
            return Status::error(ErrorCode::NotAllowed,
                                 "Only the adviser holding the case or the patient can send a "
                                 "link to a shared plan.");
        auto opened = openGrant(tx, **facts, **grant, now);
        if (!opened) return opened.status();
        if (opened->state != LinkState::Open)
            return Status::error(
                ErrorCode::NotAllowed,
                "This share cannot be opened: it is revoked or expired, or the patient's consent "
                "to share the plan with this employer contact is not recorded.");
        auto parsed = model::ShareGrant::fromJson((*grant)->state.fields);
        out.token = newToken();
        out.expiresMs = std::min(parsed->expiresAt, now + kMaxLifetimeMs);
        // One live link per grant: a new one closes the old (a lost or
        // forwarded link is replaced by issuing again).
        if (Status u = tx.exec(
                "UPDATE share_links SET revoked_ms = $1 WHERE grant_id = $2 AND revoked_ms IS NULL",
                {now, grantId});
            !u)
            return u;
        if (Status i =
                tx.exec("INSERT INTO share_links (token_hash, grant_id, case_id, csrf, created_by, "
                        "created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                        {sha256Hex(out.token), grantId, (*grant)->caseId, newToken(),
                         caller.account.id, now, out.expiresMs});
            !i)
            return i;
        const sync::Actor actor{caller.account.id, caller.account.role, caller.deviceId};
        return writeAudit(tx, caller, sync_.hlc(), now, (*grant)->caseId,
                          sync::auditFields(actor, "share", "share_grant", grantId, now));
    });
    if (!s) return s;
    return out;
}

Result<LinkOpen> ShareLinkStore::view(std::string_view token) {
    const std::int64_t now = clock_.nowMs();
    LinkOpen out;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto opened = resolve(tx, token, now);
        if (!opened) return opened.status();
        out = std::move(*opened);
        if (out.state != LinkState::Open) return Status::ok();
        auto acknowledged = acknowledgedAt(tx, out.plan.caseId, out.plan.grantId);
        if (!acknowledged) return acknowledged.status();
        out.plan.acknowledgedAt = *acknowledged;
        const Caller employer = employerCaller(out.plan);
        const sync::Actor actor{employer.account.id, UserRole::EmployerContact, ""};
        return writeAudit(
            tx, employer, sync_.hlc(), now, out.plan.caseId,
            sync::auditFields(actor, "read", "rtw_plan_version", out.plan.planVersionId, now));
    });
    if (!s) return s;
    return out;
}

Result<LinkOpen> ShareLinkStore::respond(std::string_view token, std::string_view csrf,
                                         ResponseKind kind, const std::string& comment) {
    const std::int64_t now = clock_.nowMs();
    LinkOpen out;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto opened = resolve(tx, token, now);
        if (!opened) return opened.status();
        out = std::move(*opened);
        if (out.state != LinkState::Open) return Status::ok();
        const std::string& expected = out.plan.csrf;
        if (csrf.size() != expected.size() ||
            sodium_memcmp(csrf.data(), expected.data(), expected.size()) != 0)
            return Status::error(ErrorCode::NotAllowed,
                                 "This form has expired. Open the link again and resend it.");
        auto acknowledged = acknowledgedAt(tx, out.plan.caseId, out.plan.grantId);
        if (!acknowledged) return acknowledged.status();
        out.plan.acknowledgedAt = *acknowledged;
        if (kind == ResponseKind::Acknowledge && *acknowledged) return Status::ok();
        json fields = {{"kind", kind == ResponseKind::Acknowledge ? "acknowledge" : "comment"},
                       {"shareGrantId", out.plan.grantId},
                       {"planVersionId", out.plan.planVersionId},
                       {"employerContactId", out.plan.employerContactId},
                       {"at", model::formatTimestamp(now)}};
        if (kind == ResponseKind::Comment) fields["comment"] = comment;
        const Caller employer = employerCaller(out.plan);
        sync::PushTransaction change(tx, employer, sync_.hlc(), now);
        if (Status b = change.begin({}); !b) return b;
        const sync::Actor actor{employer.account.id, UserRole::EmployerContact, ""};
        auto created = change.serverCreate("employer_response", out.plan.caseId, fields, actor);
        if (!created) return created.status();
        if (kind == ResponseKind::Acknowledge) out.plan.acknowledgedAt = fields["at"];
        return change.finish();
    });
    if (!s) return s;
    return out;
}

}  // namespace rtw::server::web
