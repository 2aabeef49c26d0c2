// The read-side queries of RecordStore: full-text search and the caseload list.
#include <cctype>

#include "store/record_store.h"

namespace rtw::store {

std::string toFtsQuery(std::string_view typed) {
    // Keep letters and digits (and any non-ASCII byte, so accented names
    // survive); everything else separates terms. Each term becomes a quoted
    // prefix query, so FTS5 operators in the input have no effect.
    std::string out;
    std::string term;
    auto flush = [&] {
        if (term.empty()) return;
        if (!out.empty()) out += ' ';
        out += '"' + term + "\"*";
        term.clear();
    };
    for (char c : typed) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            term += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

// Newest first: FTS5 walks its index in rowid order and stops at the limit,
// where ordering by relevance would score every match first (too slow for
// search-as-you-type over 100,000 notes).
Result<std::vector<SearchHit>> RecordStore::search(std::string_view query,
                                                   std::optional<std::string_view> kind,
                                                   int limit) {
    std::vector<SearchHit> out;
    const std::string fts = toFtsQuery(query);
    if (fts.empty()) return out;
    auto st = db_.cached(
        "SELECT r.id, s.kind, s.case_id, snippet(search, 2, '[', ']', '…', 10) "
        "FROM search s JOIN records r ON r.rid = s.rowid "
        "WHERE search MATCH ?1 AND (?2 IS NULL OR s.kind = ?2) ORDER BY s.rowid DESC LIMIT ?3");
    if (!st) return st.status();
    (*st)->bind(1, fts).bind(3, std::int64_t{limit});
    if (kind) {
        (*st)->bind(2, *kind);
    } else {
        (*st)->bindNull(2);
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        out.push_back({(*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3)});
    }
    (*st)->reset();
    return out;
}

Result<std::vector<CaseloadRow>> RecordStore::caseload(const CaseloadQuery& query) {
    std::vector<CaseloadRow> out;
    std::string fts;
    if (query.text) {
        fts = toFtsQuery(*query.text);
        if (fts.empty()) return out;
    }
    // One row per live case with its client's name and latest referral's work
    // status; the outbox count says whether anything waits to sync. It walks
    // the client name index (schema v4) so a page of 50 stops after 50 rows;
    // the unary "+" keeps SQLite from using the (type, deleted) index for the
    // per-case lookups, which would scan every record of that type per case.
    // A case is listed once its client exists (intake writes both together).
    auto st = db_.cached(R"sql(
        SELECT c.case_id, json_extract(c.fields, '$.status'),
               json_extract(cl.fields, '$.givenName'), json_extract(cl.fields, '$.familyName'),
               (SELECT json_extract(r.fields, '$.workStatus') FROM records r
                 WHERE r.case_id = c.case_id AND r.type = 'referral' AND +r.deleted = 0
                 ORDER BY r.rid DESC LIMIT 1),
               (SELECT count(*) FROM outbox o WHERE o.case_id = c.case_id)
        FROM records cl INDEXED BY records_client_name
        JOIN records c ON c.id = cl.case_id AND c.type = 'case' AND +c.deleted = 0
        WHERE cl.type = 'client' AND cl.deleted = 0
          AND (?1 IS NULL OR json_extract(c.fields, '$.status') = ?1)
          AND (?2 IS NULL OR cl.rid IN (SELECT rowid FROM search WHERE search MATCH ?2 AND kind = 'client'))
        ORDER BY json_extract(cl.fields, '$.familyName') COLLATE NAME,
                 json_extract(cl.fields, '$.givenName') COLLATE NAME
        LIMIT ?3)sql");
    if (!st) return st.status();
    if (query.status) {
        (*st)->bind(1, *query.status);
    } else {
        (*st)->bindNull(1);
    }
    if (query.text) {
        (*st)->bind(2, fts);
    } else {
        (*st)->bindNull(2);
    }
    (*st)->bind(3, std::int64_t{query.limit});
    for (;;) {
        auto row = (*st)->step();
        if (!row) return row.status();
        if (!*row) break;
        const Statement& s = **st;
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.integer(5)});
    }
    (*st)->reset();
    return out;
}

}  // namespace rtw::store
