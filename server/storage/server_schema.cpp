#include "server/storage/server_schema.h"

namespace rtw::server {
namespace {

// v1: services with their practices, user accounts and registered devices.
const char* kV1 = R"sql(
CREATE TABLE services (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_ms BIGINT NOT NULL
);
CREATE TABLE practices (
  id         TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services (id),
  name       TEXT NOT NULL,
  ods_code   TEXT UNIQUE          -- NHS ODS code, upper-case; NULL when not known
);
CREATE INDEX practices_service ON practices (service_id);
CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  service_id    TEXT NOT NULL REFERENCES services (id),
  practice_id   TEXT REFERENCES practices (id),
  email         TEXT NOT NULL UNIQUE,   -- stored lower-case
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,          -- model::UserRole name
  password_hash TEXT,                   -- Argon2id string; NULL: no password yet
  created_ms    BIGINT NOT NULL,
  disabled      BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE devices (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id),
  name         TEXT NOT NULL,
  created_ms   BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL,
  revoked_ms   BIGINT                -- NULL while the device may sync
);
CREATE INDEX devices_user ON devices (user_id);
)sql";

// v2: sign-in. Tokens and invite codes are stored only as SHA-256 hashes, so
// a copy of the database cannot be used to sign in.
const char* kV2 = R"sql(
CREATE TABLE tokens (
  token_hash  TEXT PRIMARY KEY,
  kind        TEXT NOT NULL,          -- 'access' or 'refresh'
  device_id   TEXT NOT NULL REFERENCES devices (id),
  user_id     TEXT NOT NULL REFERENCES users (id),
  created_ms  BIGINT NOT NULL,
  expires_ms  BIGINT NOT NULL,
  used_ms     BIGINT                  -- refresh token already exchanged (rotation)
);
CREATE INDEX tokens_device ON tokens (device_id);
CREATE TABLE sign_in_failures (
  subject TEXT NOT NULL,              -- 'account:' + SHA-256 of the email, or 'address:' + the IP
  at_ms   BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_subject ON sign_in_failures (subject, at_ms);
CREATE TABLE invites (
  code_hash   TEXT PRIMARY KEY,
  case_id     TEXT NOT NULL,
  service_id  TEXT NOT NULL REFERENCES services (id),
  created_by  TEXT NOT NULL REFERENCES users (id),
  created_ms  BIGINT NOT NULL,
  expires_ms  BIGINT NOT NULL,
  used_ms     BIGINT,
  used_by     TEXT REFERENCES users (id)
);
)sql";

// v3: synced records. Each row is a record's current merged state and the
// sequence number of its latest change; pull walks rows in sequence order.
// `cases` mirrors the facts the access policy needs about each case (a
// projection of its case record), kept in the same transaction as the
// records they come from; `case_grants` indexes which employer contacts have
// a share grant in which case, so pull can find their cases coarsely.
const char* kV3 = R"sql(
CREATE TABLE records (
  id          TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  case_id     TEXT NOT NULL,
  fields      TEXT NOT NULL,          -- JSON object
  field_hlcs  TEXT NOT NULL,          -- JSON object: fields written after creation -> HLC
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted     BIGINT NOT NULL DEFAULT 0,
  seq         BIGINT NOT NULL UNIQUE
);
CREATE INDEX records_case_seq ON records (case_id, seq);
-- What the policy needs of a case besides its mirror row: its consent events
-- and share grants. A partial index: only those few rows pay for it.
CREATE INDEX records_sharing ON records (case_id)
  WHERE type IN ('consent_event', 'share_grant');
CREATE TABLE cases (
  case_id          TEXT PRIMARY KEY,
  service_id       TEXT NOT NULL,
  practice_id      TEXT NOT NULL,
  adviser_id       TEXT NOT NULL,
  patient_user_id  TEXT,
  referrer_user_id TEXT
);
CREATE INDEX cases_adviser ON cases (adviser_id);
CREATE INDEX cases_practice ON cases (practice_id);
CREATE INDEX cases_patient ON cases (patient_user_id);
CREATE TABLE case_grants (            -- employer contacts with a share grant in the case
  case_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_grants_user ON case_grants (user_id);
CREATE TABLE applied_ops (            -- idempotency: an op id is applied once
  op_id      TEXT PRIMARY KEY,
  record_id  TEXT NOT NULL,
  user_id    TEXT NOT NULL,
  device_id  TEXT NOT NULL,
  seq        BIGINT NOT NULL,           -- the sequence number it was given
  applied_ms BIGINT NOT NULL,
  op_hash    TEXT NOT NULL              -- SHA-256 of the operation: a reused id with other content is refused
);
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('seq', 0);
)sql";

// The refresh token whose exchange issued a pair, so a retried exchange
// (lost answer) can find and drop exactly the pair that never arrived.
const char* kV4 = R"sql(
ALTER TABLE tokens ADD COLUMN issued_for TEXT;
CREATE INDEX tokens_issued_for ON tokens (issued_for);
)sql";

// v5: links to the employer's page of a shared plan (docs/api.md, "Sharing a
// plan with an employer"). Only the SHA-256 of each link's token is kept;
// whether a link still works is decided on every request from the current
// share grant and consent records, not from this row alone. `csrf` is a
// random value per link for the page's forms (useless without the token).
const char* kV5 = R"sql(
CREATE TABLE share_links (
  token_hash TEXT PRIMARY KEY,
  grant_id   TEXT NOT NULL,          -- the share_grant record
  case_id    TEXT NOT NULL,
  csrf       TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL,
  revoked_ms BIGINT                  -- set when a newer link replaces it
);
CREATE INDEX share_links_grant ON share_links (grant_id);
)sql";

// v6: GP and self-referral links (docs/api.md, "Referral forms"). A link is
// made by an admin for one practice and names the adviser who receives its
// referrals. Each accepted referral gets a status link for the referrer.
// Only SHA-256 hashes of both kinds of token are kept; `csrf` is a random
// value per link for its form (useless without the link's token).
const char* kV6 = R"sql(
CREATE TABLE referral_links (
  id          TEXT PRIMARY KEY,
  token_hash  TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL,             -- 'gp' or 'self'
  practice_id TEXT NOT NULL REFERENCES practices (id),
  adviser_id  TEXT NOT NULL REFERENCES users (id),
  csrf        TEXT NOT NULL,
  created_ms  BIGINT NOT NULL,
  revoked_ms  BIGINT
);
CREATE TABLE referral_receipts (
  token_hash  TEXT PRIMARY KEY,          -- the status link's token
  link_id     TEXT NOT NULL REFERENCES referral_links (id),
  case_id     TEXT NOT NULL,
  referral_id TEXT NOT NULL,
  created_ms  BIGINT NOT NULL
);
CREATE INDEX referral_receipts_link ON referral_receipts (link_id);
)sql";

}  // namespace

const std::vector<db::SqlMigration>& serverMigrations() {
    static const std::vector<db::SqlMigration> list = {
        {1, "services, practices, users and devices", kV1},
        {2, "tokens, sign-in failures and invites", kV2},
        {3, "synced records, case facts and applied operations", kV3},
        {4, "tokens remember the refresh token they were issued for", kV4},
        {5, "links to shared plans for employer contacts", kV5},
        {6, "GP and self-referral links and their status links", kV6},
    };
    return list;
}

}  // namespace rtw::server
