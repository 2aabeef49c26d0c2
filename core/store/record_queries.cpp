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
    std::lock_guard lock(db_.mutex());
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
    std::lock_guard lock(db_.mutex());
    std::vector<CaseloadRow> out;
    std::string fts;
    if (query.text) {
        fts = toFtsQuery(*query.text);
        if (fts.empty()) return out;
    }
    // The caseload table (schema v5) holds one summary row per live case,
    // kept current by triggers; walking its name index lets a page of 50
    // stop after 50 rows. A case with no client yet sorts first.
    auto st = db_.cached(R"sql(
        SELECT case_id, status, given_name, family_name, work_status, pending
        FROM caseload INDEXED BY caseload_name
        WHERE (?1 IS NULL OR status = ?1)
          AND (?2 IS NULL OR case_id IN (SELECT case_id FROM search WHERE search MATCH ?2 AND kind = 'client'))
        ORDER BY family_name COLLATE NAME, given_name COLLATE NAME
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
