#include "server/web/referral_links.h"

#include <sodium.h>

#include "model/contact.h"
#include "model/first_contact.h"
#include "model/gp_feedback.h"
#include "server/auth/tokens.h"
#include "server/sync/push_transaction.h"
#include "util/random_id.h"

namespace rtw::server::web {

using db::SqlTx;
using db::TxMode;
using nlohmann::json;

namespace {

const char* kindName(ReferralKind kind) {
    return kind == ReferralKind::Self ? "self" : "gp";
}

/// The columns linkFrom reads.
constexpr const char* kLinkSelect =
    "SELECT l.id, l.kind, l.practice_id, p.name, p.service_id, l.adviser_id, u.display_name, "
    "l.created_ms, l.revoked_ms, l.csrf FROM referral_links l "
    "JOIN practices p ON p.id = l.practice_id JOIN users u ON u.id = l.adviser_id ";

ReferralLink linkFrom(const db::SqlRow& row) {
    ReferralLink l;
    l.id = row.text(0);
    l.kind = row.text(1) == "self" ? ReferralKind::Self : ReferralKind::Gp;
    l.practiceId = row.text(2);
    l.practiceName = row.text(3);
    l.serviceId = row.text(4);
    l.adviserId = row.text(5);
    l.adviserName = row.text(6);
    l.createdMs = row.integer(7);
    if (!row.isNull(8)) l.revokedMs = row.integer(8);
    return l;
}

/// The link of a form token: Unknown, Ended (revoked) or Open with its csrf.
Result<ReferralFormOpen> resolve(SqlTx& tx, std::string_view token) {
    ReferralFormOpen out;
    if (!tokenShaped(token)) return out;
    auto row =
        tx.queryOne(std::string(kLinkSelect) + "WHERE l.token_hash = $1", {sha256Hex(token)});
    if (!row) return row.status();
    if (!*row) return out;
    out.link = linkFrom(**row);
    out.state = out.link.revokedMs ? LinkState::Ended : LinkState::Open;
    if (out.state == LinkState::Open) out.csrf = (*row)->text(9);
    return out;
}

/// The server acting for a referral link: the actor of its records' audit
/// events is the link (a GP link has no account behind it).
Caller linkCaller(const ReferralLink& link) {
    Caller c;
    c.account.id = link.id;
    c.account.serviceId = link.serviceId;
    c.account.role = model::UserRole::Referrer;
    c.principal = {link.id, model::UserRole::Referrer, link.serviceId, {}};
    return c;
}

std::string text(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// The live records of a case by type, oldest change first.
Result<std::map<std::string, std::vector<json>>> caseRecords(SqlTx& tx, const std::string& caseId) {
    auto rows = tx.query(
        "SELECT type, fields FROM records WHERE case_id = $1 AND deleted = 0 AND type IN "
        "('case', 'client', 'referral', 'contact', 'discharge', 'consent_event') ORDER BY seq",
        {caseId});
    if (!rows) return rows.status();
    std::map<std::string, std::vector<json>> out;
    for (const auto& row : *rows) {
        json f = json::parse(row.text(1), nullptr, false);
        if (f.is_object()) out[row.text(0)].push_back(std::move(f));
    }
    return out;
}

/// Fills the progress from the case's records (the referral by its id).
Status fillProgress(SqlTx& tx, ReferralProgress& p, const std::string& caseId,
                    const std::string& referralId, const std::string& adviserName) {
    auto records = caseRecords(tx, caseId);
    if (!records) return records.status();
    auto& byType = *records;
    auto referralRow = tx.queryOne("SELECT fields FROM records WHERE id = $1", {referralId});
    if (!referralRow) return referralRow.status();
    const json referral =
        *referralRow ? json::parse((*referralRow)->text(0), nullptr, false) : json::object();
    const json client = byType["client"].empty() ? json::object() : byType["client"].back();
    const json theCase = byType["case"].empty() ? json::object() : byType["case"].back();
    p.patientName = text(client, "givenName") + " " + text(client, "familyName");

    std::vector<model::Contact> contacts;
    for (const auto& f : byType["contact"])
        if (auto c = model::Contact::fromJson(f)) contacts.push_back(*c);
    p.firstContactAt = model::firstContactAt(contacts);
    if (p.firstContactAt) p.stage = ReferralStage::Contacted;
    if (text(referral, "status") == "declined" || text(theCase, "status") == "declined") {
        p.stage = ReferralStage::Declined;
        p.declineReason = text(referral, "declineReason");
    }
    if (byType["discharge"].empty()) return Status::ok();
    auto discharge = model::Discharge::fromJson(byType["discharge"].back());
    if (!discharge) return Status::ok();
    p.stage = ReferralStage::Discharged;
    p.dischargedOn = model::formatIsoDate(discharge->dischargedOn);
    // The letter's content is core's, as the app's PDF letter has it, and
    // only where the app would write it (checkMayWriteGpLetter).
    auto feedback = model::composeGpFeedback(client, referral, byType["contact"],
                                             byType["discharge"].back(), byType["consent_event"]);
    if (!feedback) return Status::ok();
    p.letter = FeedbackLetter{std::move(*feedback), adviserName};
    return Status::ok();
}

}  // namespace

ReferralLinkStore::ReferralLinkStore(db::SqlDatabase& db, SyncStore& sync, const Clock& clock)
    : db_(db), sync_(sync), clock_(clock) {}

Result<IssuedReferralLink> ReferralLinkStore::create(ReferralKind kind,
                                                     const std::string& practiceId,
                                                     const std::string& adviserId) {
    IssuedReferralLink out;
    const std::int64_t now = clock_.nowMs();
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        auto practice =
            tx.queryOne("SELECT service_id, name FROM practices WHERE id = $1", {practiceId});
        if (!practice) return practice.status();
        if (!*practice) return Status::invalid({{"practice", "is not the id of a practice"}});
        auto adviser =
            tx.queryOne("SELECT role, service_id, disabled FROM users WHERE id = $1", {adviserId});
        if (!adviser) return adviser.status();
        if (!*adviser || (*adviser)->text(0) != "adviser" ||
            (*adviser)->text(1) != (*practice)->text(0) || (*adviser)->integer(2) != 0)
            return Status::invalid(
                {{"adviser", "must be the id of an active adviser in the practice's service"}});
        out.token = newToken();
        const std::string id = newUuid();
        if (Status i = tx.exec(
                "INSERT INTO referral_links (id, token_hash, kind, practice_id, adviser_id, csrf, "
                "created_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                {id, sha256Hex(out.token), kindName(kind), practiceId, adviserId, newToken(), now});
            !i)
            return i;
        auto row = tx.queryOne(std::string(kLinkSelect) + "WHERE l.id = $1", {id});
        if (!row) return row.status();
        out.link = linkFrom(**row);
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Result<std::vector<ReferralLink>> ReferralLinkStore::list() {
    std::vector<ReferralLink> out;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto rows = tx.query(std::string(kLinkSelect) + "ORDER BY l.created_ms, l.id", {});
        if (!rows) return rows.status();
        for (const auto& row : *rows) out.push_back(linkFrom(row));
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Result<ReferralLink> ReferralLinkStore::revoke(const std::string& linkId) {
    ReferralLink out;
    const std::int64_t now = clock_.nowMs();
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        if (Status u = tx.exec(
                "UPDATE referral_links SET revoked_ms = $1 WHERE id = $2 AND revoked_ms IS NULL",
                {now, linkId});
            !u)
            return u;
        auto row = tx.queryOne(std::string(kLinkSelect) + "WHERE l.id = $1", {linkId});
        if (!row) return row.status();
        if (!*row) return Status::error(ErrorCode::NotFound, "No referral link " + linkId + ".");
        out = linkFrom(**row);
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Result<ReferralFormOpen> ReferralLinkStore::open(std::string_view token) {
    ReferralFormOpen out;
    Status s = db_.transact(TxMode::Read, [&](SqlTx& tx) -> Status {
        auto opened = resolve(tx, token);
        if (!opened) return opened.status();
        out = std::move(*opened);
        return Status::ok();
    });
    if (!s) return s;
    return out;
}

Result<ReferralSubmission> ReferralLinkStore::submit(std::string_view token, std::string_view csrf,
                                                     const Form& form) {
    const std::int64_t now = clock_.nowMs();
    ReferralSubmission out;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        out = ReferralSubmission();
        auto opened = resolve(tx, token);
        if (!opened) return opened.status();
        out.form = std::move(*opened);
        out.state = out.form.state;
        if (out.state != LinkState::Open) return Status::ok();
        const std::string& expected = out.form.csrf;
        if (csrf.size() != expected.size() ||
            sodium_memcmp(csrf.data(), expected.data(), expected.size()) != 0)
            return Status::error(ErrorCode::NotAllowed,
                                 "This form has expired. Open the link again and resend it.");
        const ReferralLink& link = out.form.link;
        WebReferral records =
            readReferralForm(form, link.kind, model::utcDateOf(now), link.practiceName);
        if (!records.ok()) {
            out.errors = std::move(records.errors);
            return Status::ok();  // nothing written: the transaction holds no change
        }
        const Caller caller = linkCaller(link);
        const sync::Actor actor{link.id, model::UserRole::Referrer, ""};
        sync::PushTransaction change(tx, caller, sync_.hlc(), now);
        if (Status b = change.begin({}); !b) return b;
        // What the app's intake writes for a referral saved to decide later:
        // a case awaiting first contact, its client and the referral.
        const json caseFields = {{"practiceId", link.practiceId},
                                 {"adviserId", link.adviserId},
                                 {"status", "awaiting_first_contact"},
                                 {"openedOn", records.referral["referralDate"]}};
        auto caseId = change.serverCreateCase(caseFields, link.serviceId, actor);
        if (!caseId) return caseId.status();
        if (auto c = change.serverCreate("client", *caseId, records.client, actor); !c)
            return c.status();
        auto referralId = change.serverCreate("referral", *caseId, records.referral, actor);
        if (!referralId) return referralId.status();
        if (Status f = change.finish(); !f) return f;
        out.statusToken = newToken();
        out.caseId = *caseId;
        return tx.exec(
            "INSERT INTO referral_receipts (token_hash, link_id, case_id, referral_id, created_ms) "
            "VALUES ($1, $2, $3, $4, $5)",
            {sha256Hex(out.statusToken), link.id, *caseId, *referralId, now});
    });
    if (!s) return s;
    return out;
}

Result<ReferralProgress> ReferralLinkStore::progress(std::string_view statusToken) {
    const std::int64_t now = clock_.nowMs();
    ReferralProgress out;
    Status s = db_.transact(TxMode::Write, [&](SqlTx& tx) -> Status {
        out = ReferralProgress();
        if (!tokenShaped(statusToken)) return Status::ok();
        auto row = tx.queryOne(
            "SELECT r.link_id, r.case_id, r.referral_id, r.created_ms, l.kind FROM "
            "referral_receipts r JOIN referral_links l ON l.id = r.link_id WHERE r.token_hash = $1",
            {sha256Hex(statusToken)});
        if (!row) return row.status();
        if (!*row) return Status::ok();
        const db::SqlRow& receipt = **row;
        const std::string linkId = receipt.text(0), caseId = receipt.text(1),
                          referralId = receipt.text(2);
        out.kind = receipt.text(4) == "self" ? ReferralKind::Self : ReferralKind::Gp;
        out.receivedOn = model::formatIsoDate(model::utcDateOf(receipt.integer(3)));
        auto facts = tx.queryOne(
            "SELECT c.service_id, u.display_name FROM cases c LEFT JOIN users u ON u.id = "
            "c.adviser_id WHERE c.case_id = $1",
            {caseId});
        if (!facts) return facts.status();
        if (!*facts) {  // the case is gone (erased): nothing more to show
            out.state = LinkState::Ended;
            return Status::ok();
        }
        out.state = LinkState::Open;
        if (Status f = fillProgress(tx, out, caseId, referralId,
                                    (*facts)->isNull(1) ? std::string() : (*facts)->text(1));
            !f)
            return f;
        // Every look at the referral's progress is in the case's audit trail.
        Caller reader;
        reader.account.id = linkId;
        reader.account.serviceId = (*facts)->text(0);
        reader.account.role = model::UserRole::Referrer;
        sync::PushTransaction change(tx, reader, sync_.hlc(), now);
        if (Status b = change.begin({}); !b) return b;
        change.serverAudit(caseId, sync::auditFields({linkId, model::UserRole::Referrer, ""},
                                                     "read", "referral", referralId, now));
        return change.finish();
    });
    if (!s) return s;
    return out;
}

}  // namespace rtw::server::web
