// Writes a store at an OLD schema version, exactly as that version's app left
// it, for the migration tests (tests/data/store-vN). Run once per released
// schema version and commit the output; never regenerate an old fixture.
//
//   make_store_fixture <out-dir> <schema-version>
#include <filesystem>
#include <iostream>

#include "crypto/key_vault.h"
#include "store/database.h"
#include "store/schema.h"

using namespace rtw;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_store_fixture <out-dir> <schema-version>\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int version = std::stoi(argv[2]);
    std::filesystem::create_directories(dir);
    SystemClock clock;
    crypto::KeyVault vault(dir / "rtw.key", clock, crypto::KdfParams::minimumForTests());
    auto key = vault.create("fixture passcode");
    if (!key) {
        std::cerr << key.status().message() << "\n";
        return 1;
    }
    auto db = store::Database::open(dir / "rtw.db", &*key, true);
    if (!db) return 1;
    Status s = (*db)->exec("PRAGMA journal_mode = WAL");
    if (s) s = store::migrate(**db, version);
    // Rows as the v1..v3 write path stores them (the records/outbox layout is v1's).
    if (s)
        s = (*db)->exec(R"sql(
INSERT INTO meta VALUES ('device_id', '0b6f3c2e-1111-4aaa-8bbb-000000000001');
INSERT INTO records (id, type, case_id, fields, field_hlcs, created_hlc, updated_hlc) VALUES
 ('c0000000-0000-4000-8000-000000000001', 'case', 'c0000000-0000-4000-8000-000000000001',
  '{"adviserId":"6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11","openedOn":"2026-03-02","practiceId":"P81001","status":"active"}',
  '{"adviserId":"019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001","openedOn":"019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001","practiceId":"019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001","status":"019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001"}',
  '019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001', '019c8a000000-0000-0b6f3c2e-1111-4aaa-8bbb-000000000001'),
 ('c1000000-0000-4000-8000-000000000001', 'client', 'c0000000-0000-4000-8000-000000000001',
  '{"dateOfBirth":"1984-07-19","familyName":"Okafor","givenName":"Amira","nhsNumber":"9434765919"}',
  '{"dateOfBirth":"019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001","familyName":"019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001","givenName":"019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001","nhsNumber":"019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001"}',
  '019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001', '019c8a000000-0001-0b6f3c2e-1111-4aaa-8bbb-000000000001'),
 ('c2000000-0000-4000-8000-000000000001', 'case_note', 'c0000000-0000-4000-8000-000000000001',
  '{"authorId":"6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11","deviceId":"0b6f3c2e-1111-4aaa-8bbb-000000000001","kind":"note","sharedWithPatient":false,"text":"Agreed a phased return over four weeks.","writtenAt":"2026-03-02T10:15:00Z"}',
  '{}', '019c8a000000-0002-0b6f3c2e-1111-4aaa-8bbb-000000000001', '019c8a000000-0002-0b6f3c2e-1111-4aaa-8bbb-000000000001');
INSERT INTO outbox (op_id, record_id, record_type, case_id, op, fields, hlc, created_ms) VALUES
 ('0e000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001', 'case_note',
  'c0000000-0000-4000-8000-000000000001', 'create',
  '{"authorId":"6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11","deviceId":"0b6f3c2e-1111-4aaa-8bbb-000000000001","kind":"note","sharedWithPatient":false,"text":"Agreed a phased return over four weeks.","writtenAt":"2026-03-02T10:15:00Z"}',
  '019c8a000000-0002-0b6f3c2e-1111-4aaa-8bbb-000000000001', 1772446500000);
)sql");
    if (!s) {
        std::cerr << s.message() << "\n";
        return 1;
    }
    std::cout << "wrote schema v" << version << " fixture to " << dir << "\n";
    return 0;
}
