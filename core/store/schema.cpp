#include "store/schema.h"

namespace rtw::store {
namespace {

// v1: records (every entity as a JSON object with a per-field HLC), the
// outbox of local changes waiting for the server, and device metadata.
const char* kV1 = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE records (
  rid         INTEGER PRIMARY KEY,        -- stable across VACUUM; the search index keys on it
  id          TEXT NOT NULL UNIQUE,       -- UUID, the same on every device and the server
  type        TEXT NOT NULL,              -- record type name, see core/model/record_types.h
  case_id     TEXT NOT NULL,              -- sync scope: the case this record belongs to
  fields      TEXT NOT NULL,              -- JSON object of the record's fields
  field_hlcs  TEXT NOT NULL,              -- JSON object: field name -> HLC of its last write
  deleted     INTEGER NOT NULL DEFAULT 0, -- tombstone: deletions sync like any other change
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  server_seq  INTEGER                     -- server's sequence number once it has the record
);
CREATE INDEX records_case_type ON records (case_id, type);
CREATE INDEX records_type ON records (type, deleted);
CREATE TABLE outbox (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- push order
  op_id       TEXT NOT NULL UNIQUE,              -- UUID; the server applies each op id once
  record_id   TEXT NOT NULL,
  record_type TEXT NOT NULL,
  case_id     TEXT NOT NULL,
  op          TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
  fields      TEXT NOT NULL,                     -- JSON object of the changed fields only
  hlc         TEXT NOT NULL,                     -- HLC of this change (each changed field's)
  created_ms  INTEGER NOT NULL
);
CREATE INDEX outbox_case ON outbox (case_id);
)sql";

// v2: full-text search over client names (and NHS numbers) and case notes,
// inside the encrypted file. Kept current by triggers, so every write path
// (local edits and, later, remote changes) indexes the same way.
const char* kV2 = R"sql(
CREATE VIRTUAL TABLE search USING fts5 (
  kind UNINDEXED, case_id UNINDEXED, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_ai AFTER INSERT ON records
WHEN new.deleted = 0 AND new.type IN ('client', 'case_note') BEGIN
  INSERT INTO search (rowid, kind, case_id, body) VALUES (new.rid, new.type, new.case_id,
    CASE new.type WHEN 'client' THEN concat_ws(' ', json_extract(new.fields, '$.givenName'),
      json_extract(new.fields, '$.familyName'), json_extract(new.fields, '$.nhsNumber'))
    ELSE json_extract(new.fields, '$.text') END);
END;
CREATE TRIGGER search_au AFTER UPDATE ON records
WHEN old.type IN ('client', 'case_note') BEGIN
  DELETE FROM search WHERE rowid = old.rid;
  INSERT INTO search (rowid, kind, case_id, body) SELECT new.rid, new.type, new.case_id,
    CASE new.type WHEN 'client' THEN concat_ws(' ', json_extract(new.fields, '$.givenName'),
      json_extract(new.fields, '$.familyName'), json_extract(new.fields, '$.nhsNumber'))
    ELSE json_extract(new.fields, '$.text') END
  WHERE new.deleted = 0;
END;
CREATE TRIGGER search_ad AFTER DELETE ON records
WHEN old.type IN ('client', 'case_note') BEGIN
  DELETE FROM search WHERE rowid = old.rid;
END;
INSERT INTO search (rowid, kind, case_id, body)
  SELECT rid, type, case_id,
    CASE type WHEN 'client' THEN concat_ws(' ', json_extract(fields, '$.givenName'),
      json_extract(fields, '$.familyName'), json_extract(fields, '$.nhsNumber'))
    ELSE json_extract(fields, '$.text') END
  FROM records WHERE deleted = 0 AND type IN ('client', 'case_note');
)sql";

// v3: where a concurrent edit that lost a last-writer-wins merge is kept for
// the user to review, so nothing typed is silently dropped.
const char* kV3 = R"sql(
CREATE TABLE conflicts (
  id            INTEGER PRIMARY KEY,
  record_id     TEXT NOT NULL,
  record_type   TEXT NOT NULL,
  case_id       TEXT NOT NULL,
  field         TEXT NOT NULL,
  losing_value  TEXT NOT NULL,  -- JSON
  losing_hlc    TEXT NOT NULL,
  winning_hlc   TEXT NOT NULL,
  resolved      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_open ON conflicts (resolved, case_id);
)sql";

// v4: the caseload is listed in name order; this index lets the list walk
// clients already sorted and stop after the first page instead of sorting
// every case. NAME is our collation (registered on every connection).
const char* kV4 = R"sql(
CREATE INDEX records_client_name ON records (
  json_extract(fields, '$.familyName') COLLATE NAME,
  json_extract(fields, '$.givenName') COLLATE NAME
) WHERE type = 'client' AND deleted = 0;
)sql";

// v5: the caseload list as a small table of its own, kept current by
// triggers on records and outbox (so remote changes update it the same way as
// local ones). Listing every case no longer looks up each case's client,
// referral and outbox entries in a file that may hold 100,000 notes; the
// v4 index that did that walk is dropped.
const char* kV5 = R"sql(
DROP INDEX records_client_name;
CREATE TABLE caseload (
  case_id     TEXT PRIMARY KEY,
  status      TEXT,               -- case.status
  given_name  TEXT,               -- the case's live client, if any
  family_name TEXT,
  work_status TEXT,               -- latest live referral's workStatus
  pending     INTEGER NOT NULL DEFAULT 0  -- outbox entries for the case
);
CREATE INDEX caseload_name ON caseload (family_name COLLATE NAME, given_name COLLATE NAME);
CREATE TRIGGER caseload_case_ai AFTER INSERT ON records WHEN new.type = 'case' AND new.deleted = 0 BEGIN
  INSERT INTO caseload (case_id, status) VALUES (new.id, json_extract(new.fields, '$.status'))
    ON CONFLICT (case_id) DO UPDATE SET status = excluded.status;
END;
CREATE TRIGGER caseload_case_au AFTER UPDATE ON records WHEN new.type = 'case' BEGIN
  DELETE FROM caseload WHERE case_id = new.id AND new.deleted = 1;
  UPDATE caseload SET status = json_extract(new.fields, '$.status') WHERE case_id = new.id;
END;
CREATE TRIGGER caseload_case_ad AFTER DELETE ON records WHEN old.type = 'case' BEGIN
  DELETE FROM caseload WHERE case_id = old.id;
END;
CREATE TRIGGER caseload_client_ai AFTER INSERT ON records WHEN new.type = 'client' AND new.deleted = 0 BEGIN
  UPDATE caseload SET given_name = json_extract(new.fields, '$.givenName'),
                      family_name = json_extract(new.fields, '$.familyName')
  WHERE case_id = new.case_id;
END;
CREATE TRIGGER caseload_client_au AFTER UPDATE ON records WHEN new.type = 'client' BEGIN
  UPDATE caseload SET
    given_name = CASE new.deleted WHEN 0 THEN json_extract(new.fields, '$.givenName') END,
    family_name = CASE new.deleted WHEN 0 THEN json_extract(new.fields, '$.familyName') END
  WHERE case_id = new.case_id;
END;
CREATE TRIGGER caseload_referral_aiu AFTER INSERT ON records WHEN new.type = 'referral' BEGIN
  UPDATE caseload SET work_status = (SELECT json_extract(r.fields, '$.workStatus') FROM records r
      WHERE r.case_id = new.case_id AND r.type = 'referral' AND +r.deleted = 0 ORDER BY r.rid DESC LIMIT 1)
  WHERE case_id = new.case_id;
END;
CREATE TRIGGER caseload_referral_au AFTER UPDATE ON records WHEN new.type = 'referral' BEGIN
  UPDATE caseload SET work_status = (SELECT json_extract(r.fields, '$.workStatus') FROM records r
      WHERE r.case_id = new.case_id AND r.type = 'referral' AND +r.deleted = 0 ORDER BY r.rid DESC LIMIT 1)
  WHERE case_id = new.case_id;
END;
CREATE TRIGGER caseload_outbox_ai AFTER INSERT ON outbox BEGIN
  UPDATE caseload SET pending = pending + 1 WHERE case_id = new.case_id;
END;
CREATE TRIGGER caseload_outbox_ad AFTER DELETE ON outbox BEGIN
  UPDATE caseload SET pending = pending - 1 WHERE case_id = old.case_id;
END;
INSERT INTO caseload (case_id, status, given_name, family_name, work_status, pending)
  SELECT c.id, json_extract(c.fields, '$.status'),
    (SELECT json_extract(cl.fields, '$.givenName') FROM records cl
      WHERE cl.case_id = c.id AND cl.type = 'client' AND +cl.deleted = 0 ORDER BY cl.rid DESC LIMIT 1),
    (SELECT json_extract(cl.fields, '$.familyName') FROM records cl
      WHERE cl.case_id = c.id AND cl.type = 'client' AND +cl.deleted = 0 ORDER BY cl.rid DESC LIMIT 1),
    (SELECT json_extract(r.fields, '$.workStatus') FROM records r
      WHERE r.case_id = c.id AND r.type = 'referral' AND +r.deleted = 0 ORDER BY r.rid DESC LIMIT 1),
    (SELECT count(*) FROM outbox o WHERE o.case_id = c.id)
  FROM records c WHERE c.type = 'case' AND c.deleted = 0;
)sql";

// v6: sync. Outbox entries carry the base HLCs merge needs to tell a
// sequential overwrite from a concurrent one. Records remember how much of
// them this device may see (`view`: a redacted view from the server is not
// editable). The session (tokens) and pull cursor live in `sync_state`,
// inside the encrypted file; changes the server refused are kept in
// `rejected` for the user. Losing concurrent edits are now server-written
// `conflict` records, so the v3 table (never written) goes. The caseload
// row of a case that arrives after its client or referral (pull order is
// the server's, not creation order) is filled from the rows already there.
const char* kV6 = R"sql(
ALTER TABLE outbox ADD COLUMN base_hlcs TEXT NOT NULL DEFAULT '{}';
CREATE INDEX outbox_record ON outbox (record_id);
ALTER TABLE records ADD COLUMN view TEXT NOT NULL DEFAULT 'full';
DROP TABLE conflicts;
CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE rejected (
  id           INTEGER PRIMARY KEY,
  op_id        TEXT NOT NULL UNIQUE,
  record_id    TEXT NOT NULL,
  record_type  TEXT NOT NULL,
  case_id      TEXT NOT NULL,
  op           TEXT NOT NULL,
  fields       TEXT NOT NULL,               -- what the user typed (JSON)
  hlc          TEXT NOT NULL,
  code         TEXT NOT NULL,               -- the server's rejection code
  message      TEXT NOT NULL,               -- plain English, shown to the user
  field_errors TEXT NOT NULL DEFAULT '[]',  -- JSON [{field, message}]
  rejected_ms  INTEGER NOT NULL,
  dismissed    INTEGER NOT NULL DEFAULT 0   -- the user has read it
);
DROP TRIGGER caseload_case_ai;
CREATE TRIGGER caseload_case_ai AFTER INSERT ON records WHEN new.type = 'case' AND new.deleted = 0 BEGIN
  INSERT INTO caseload (case_id, status, given_name, family_name, work_status, pending)
  VALUES (new.id, json_extract(new.fields, '$.status'),
    (SELECT json_extract(cl.fields, '$.givenName') FROM records cl
      WHERE cl.case_id = new.id AND cl.type = 'client' AND +cl.deleted = 0 ORDER BY cl.rid DESC LIMIT 1),
    (SELECT json_extract(cl.fields, '$.familyName') FROM records cl
      WHERE cl.case_id = new.id AND cl.type = 'client' AND +cl.deleted = 0 ORDER BY cl.rid DESC LIMIT 1),
    (SELECT json_extract(r.fields, '$.workStatus') FROM records r
      WHERE r.case_id = new.id AND r.type = 'referral' AND +r.deleted = 0 ORDER BY r.rid DESC LIMIT 1),
    (SELECT count(*) FROM outbox o WHERE o.case_id = new.id))
  ON CONFLICT (case_id) DO UPDATE SET status = excluded.status;
END;
)sql";

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = {
        {1, "records, outbox and metadata", kV1},
        {2, "full-text search over client names and case notes", kV2},
        {3, "conflict records for concurrent edits", kV3},
        {4, "caseload name-order index", kV4},
        {5, "caseload summary table kept by triggers", kV5},
        {6, "sync: base HLCs, record views, session, rejected changes", kV6},
    };
    return list;
}

int currentSchemaVersion() {
    return migrations().back().version;
}

Status migrate(Database& db, int targetVersion) {
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) return version.status();
    if (*version > currentSchemaVersion())
        return Status::error(ErrorCode::Unsupported,
                             "this data was written by a newer version of the app (schema " +
                                 std::to_string(*version) + "); update the app to open it");
    for (const auto& m : migrations()) {
        if (m.version <= *version || m.version > targetVersion) continue;
        Transaction tx(db);
        if (!tx.begun()) return tx.begun();
        if (Status s = db.exec(m.sql); !s)
            return s.withContext("upgrading the data to version " + std::to_string(m.version));
        if (Status s = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !s) return s;
        if (Status s = tx.commit(); !s) return s;
    }
    return Status::ok();
}

}  // namespace rtw::store
