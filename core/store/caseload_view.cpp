#include "store/caseload_view.h"

#include <mutex>

#include "store/record_store.h"

namespace rtw::store {
namespace {

// Open actions per case: the earliest due (undated sorts after any date) and
// what it is. SQLite returns the bare column `what` from the row that gave
// MIN(due), which is exactly "the next action".
constexpr const char* kOpenActions = R"sql(
  act AS (
    SELECT case_id, MIN(COALESCE(json_extract(fields, '$.dueDate'), '9999-12-31')) AS due,
           json_extract(fields, '$.description') AS what, COUNT(*) AS n
    FROM records WHERE type = 'case_action' AND deleted = 0
      AND json_extract(fields, '$.status') = 'open'
    GROUP BY case_id),
  ref AS (
    SELECT case_id, MAX(json_extract(fields, '$.referralDate')) AS referred
    FROM records WHERE type = 'referral' AND deleted = 0 GROUP BY case_id))sql";

// A case awaiting first contact is due from its referral date: the first
// contact is its next action, and the longest-waiting comes first.
constexpr const char* kNextDue = R"sql(
  CASE WHEN c.status = 'awaiting_first_contact' AND r.referred IS NOT NULL
            AND r.referred < COALESCE(a.due, '9999-12-31')
       THEN r.referred ELSE COALESCE(a.due, '9999-12-31') END)sql";

std::string listSql(bool withText, CaseloadSort sort) {
    std::string sql = "WITH ";
    if (withText)
        sql +=
            "hits AS (SELECT case_id, MAX(kind = 'client') AS by_name FROM search "
            "WHERE search MATCH ?3 GROUP BY case_id), ";
    sql += kOpenActions;
    sql += R"sql(
SELECT c.case_id, c.status, c.given_name, c.family_name, c.work_status, c.pending,
       NULLIF(a.due, '9999-12-31'), a.what, COALESCE(a.n, 0), r.referred, )sql";
    sql += withText ? "h.by_name" : "1";
    sql += "\nFROM caseload c LEFT JOIN act a USING (case_id) LEFT JOIN ref r USING (case_id)";
    if (withText) sql += " JOIN hits h USING (case_id)";
    sql += R"sql(
WHERE (?1 IS NULL OR c.status = ?1)
  AND (?2 IS NULL OR COALESCE(a.due, '9999-12-31') <= ?2)
ORDER BY )sql";
    if (sort == CaseloadSort::NextAction) sql += std::string(kNextDue) + ", ";
    sql += "c.family_name COLLATE NAME, c.given_name COLLATE NAME, c.case_id";
    return sql;
}

const char* statusFor(CaseloadFilter f) {
    switch (f) {
        case CaseloadFilter::AwaitingFirstContact:
            return "awaiting_first_contact";
        case CaseloadFilter::Active:
        case CaseloadFilter::ReviewDue:
            return "active";
        case CaseloadFilter::Discharged:
            return "discharged";
        case CaseloadFilter::All:
            break;
    }
    return nullptr;
}

}  // namespace

CaseloadView::CaseloadView(Database& db) : db_(db) {}

Result<std::vector<CaseloadEntry>> CaseloadView::list(const CaseloadListQuery& query) {
    std::vector<CaseloadEntry> out;
    std::string fts;
    if (!query.text.empty()) {
        fts = toFtsQuery(query.text);
        if (fts.empty()) return out;  // nothing searchable typed: nothing matches
    }
    std::lock_guard lock(db_.mutex());  // shared with the sync engine's thread
    auto st = db_.cached(listSql(!fts.empty(), query.sort));
    if (!st) return st.status();
    Statement& q = **st;
    if (const char* status = statusFor(query.filter)) {
        q.bind(1, status);
    } else {
        q.bindNull(1);
    }
    if (query.filter == CaseloadFilter::ReviewDue) {
        q.bind(2, model::formatIsoDate(query.today));
    } else {
        q.bindNull(2);
    }
    if (!fts.empty()) q.bind(3, fts);
    for (;;) {
        auto row = q.step();
        if (!row) {
            q.reset();
            return row.status();
        }
        if (!*row) break;
        CaseloadEntry e;
        e.caseId = q.text(0);
        e.status = q.text(1);
        e.givenName = q.text(2);
        e.familyName = q.text(3);
        e.workStatus = q.text(4);
        e.pendingChanges = q.integer(5);
        if (!q.isNull(6)) e.nextActionDue = q.text(6);
        e.nextAction = q.text(7);
        e.openActions = static_cast<int>(q.integer(8));
        if (!q.isNull(9)) e.referralDate = q.text(9);
        e.matchedByName = q.integer(10) != 0;
        out.push_back(std::move(e));
    }
    q.reset();
    return out;
}

Result<CaseloadCounts> CaseloadView::counts(model::Date today) {
    std::lock_guard lock(db_.mutex());
    auto st = db_.cached(R"sql(
SELECT COUNT(*), COALESCE(SUM(status = 'awaiting_first_contact'), 0),
       COALESCE(SUM(status = 'active'), 0), COALESCE(SUM(status = 'discharged'), 0),
       COALESCE(SUM(status = 'active' AND case_id IN (
         SELECT case_id FROM records WHERE type = 'case_action' AND deleted = 0
           AND json_extract(fields, '$.status') = 'open'
           AND json_extract(fields, '$.dueDate') <= ?1)), 0)
FROM caseload)sql");
    if (!st) return st.status();
    Statement& q = **st;
    q.bind(1, model::formatIsoDate(today));
    auto row = q.step();
    if (!row) {
        q.reset();
        return row.status();
    }
    CaseloadCounts c;
    if (*row) {
        c.all = static_cast<int>(q.integer(0));
        c.awaitingFirstContact = static_cast<int>(q.integer(1));
        c.active = static_cast<int>(q.integer(2));
        c.discharged = static_cast<int>(q.integer(3));
        c.reviewDue = static_cast<int>(q.integer(4));
    }
    q.reset();
    return c;
}

}  // namespace rtw::store
