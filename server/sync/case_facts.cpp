#include "server/sync/case_facts.h"

#include <algorithm>

#include "policy/access_policy.h"

namespace rtw::server::sync {

using db::SqlParams;
using db::SqlTx;
using nlohmann::json;

namespace {

std::optional<std::string> optionalString(const json& fields, const char* key) {
    const auto it = fields.find(key);
    if (it == fields.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

std::string stringOf(const json& fields, const char* key) {
    return optionalString(fields, key).value_or("");
}

db::SqlParam orNull(const std::optional<std::string>& v) {
    if (v) return *v;
    return nullptr;
}

}  // namespace

policy::CaseFacts CaseFactsCache::factsOfNewCase(const std::string& caseId,
                                                 const std::string& serviceId, const json& fields) {
    policy::CaseFacts f;
    f.caseId = caseId;
    f.serviceId = serviceId;
    f.practiceId = stringOf(fields, "practiceId");
    f.adviserId = stringOf(fields, "adviserId");
    f.patientUserId = optionalString(fields, "patientUserId");
    f.referrerUserId = optionalString(fields, "referrerUserId");
    return f;
}

Status CaseFactsCache::load(SqlTx& tx, const std::vector<std::string>& caseIds, bool withSharing) {
    std::vector<std::string> wanted;
    for (const auto& id : caseIds)
        if (!cases_.count(id)) wanted.push_back(id);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (std::size_t at = 0; at < wanted.size(); at += kChunk) {
        const std::size_t n = std::min(kChunk, wanted.size() - at);
        SqlParams params(wanted.begin() + static_cast<std::ptrdiff_t>(at),
                         wanted.begin() + static_cast<std::ptrdiff_t>(at + n));
        auto rows = tx.query(
            "SELECT case_id, service_id, practice_id, adviser_id, patient_user_id, "
            "referrer_user_id FROM cases WHERE case_id IN (" +
                placeholders(1, n) + ")",
            params);
        if (!rows) return rows.status();
        for (const auto& row : *rows) {
            Entry e;
            e.facts.caseId = row.text(0);
            e.facts.serviceId = row.text(1);
            e.facts.practiceId = row.text(2);
            e.facts.adviserId = row.text(3);
            e.facts.patientUserId = row.optionalText(4);
            e.facts.referrerUserId = row.optionalText(5);
            cases_.emplace(e.facts.caseId, std::move(e));
        }
    }
    if (!withSharing || wanted.empty()) return Status::ok();
    auto sharing = loadSharingRecords(tx, wanted);
    if (!sharing) return sharing.status();
    for (const auto& r : *sharing) noteSharing(r);
    return Status::ok();
}

const policy::CaseFacts* CaseFactsCache::facts(const std::string& caseId) const {
    const auto it = cases_.find(caseId);
    return it == cases_.end() ? nullptr : &it->second.facts;
}

std::vector<const policy::CaseFacts*> CaseFactsCache::all() const {
    std::vector<const policy::CaseFacts*> out;
    out.reserve(cases_.size());
    for (const auto& [id, e] : cases_) out.push_back(&e.facts);
    return out;
}

bool CaseFactsCache::noteCase(const std::string& caseId, const std::string& serviceId,
                              const json& fields, bool isNew) {
    auto [it, fresh] = cases_.try_emplace(caseId);
    Entry& e = it->second;
    policy::CaseFacts next = factsOfNewCase(caseId, fresh ? serviceId : e.facts.serviceId, fields);
    const bool widened =
        !isNew && !fresh &&
        (next.adviserId != e.facts.adviserId || next.practiceId != e.facts.practiceId ||
         (next.patientUserId && next.patientUserId != e.facts.patientUserId) ||
         (next.referrerUserId && next.referrerUserId != e.facts.referrerUserId));
    next.consent = std::move(e.facts.consent);
    next.shares = std::move(e.facts.shares);
    e.facts = std::move(next);
    e.dirty = true;
    return widened;
}

void CaseFactsCache::noteSharing(const StoredRecord& r) {
    auto it = cases_.find(r.caseId);
    if (it == cases_.end()) return;  // not a case the mirror knows: nobody can see it anyway
    Entry& e = it->second;
    if (r.type == "consent_event") {
        auto event = model::ConsentEvent::fromJson(r.state.fields);
        if (!event) return;  // never guess what an odd record grants
        e.consents.push_back(std::move(*event));
    } else if (r.type == "share_grant") {
        auto grant = model::ShareGrant::fromJson(r.state.fields);
        if (r.state.deleted || !grant) {
            e.shares.erase(r.id);
        } else {
            newGrantees_.insert({r.caseId, grant->employerContactId});
            e.shares[r.id] = std::move(*grant);
        }
    } else {
        return;
    }
    refoldSharing(e);
}

void CaseFactsCache::refoldSharing(Entry& e) {
    e.facts.consent = model::currentConsent(e.consents);
    e.facts.shares.clear();
    for (const auto& [id, grant] : e.shares) e.facts.shares.push_back({id, grant});
}

Status CaseFactsCache::save(SqlTx& tx) {
    for (auto& [id, e] : cases_) {
        if (!e.dirty) continue;
        const auto& f = e.facts;
        if (Status s = tx.exec(
                "INSERT INTO cases (case_id, service_id, practice_id, adviser_id, "
                "patient_user_id, referrer_user_id) VALUES ($1, $2, $3, $4, $5, $6) "
                "ON CONFLICT (case_id) DO UPDATE SET practice_id = excluded.practice_id, "
                "adviser_id = excluded.adviser_id, patient_user_id = excluded.patient_user_id, "
                "referrer_user_id = excluded.referrer_user_id",
                {f.caseId, f.serviceId, f.practiceId, f.adviserId, orNull(f.patientUserId),
                 orNull(f.referrerUserId)});
            !s)
            return s;
        e.dirty = false;
    }
    for (const auto& [caseId, userId] : newGrantees_) {
        if (Status s = tx.exec("INSERT INTO case_grants (case_id, user_id) VALUES ($1, $2) "
                               "ON CONFLICT (case_id, user_id) DO NOTHING",
                               {caseId, userId});
            !s)
            return s;
    }
    newGrantees_.clear();
    return Status::ok();
}

}  // namespace rtw::server::sync
