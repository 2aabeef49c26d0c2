// PouchDB's side of the sync benchmark (bench/sync): the same three
// measures as bench_sync, with pouchdb-node replicating to and from an
// express-pouchdb server on loopback, both in this process as PouchDB is
// usually run. Prints one JSON object. Run by scripts/bench-sync, which
// installs the packages into build/pouchdb-bench (ignored by git).
'use strict';
const os = require('os');
const fs = require('fs');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rtw-pouch-'));
const PouchDB = require('pouchdb-node');
const ServerPouch = PouchDB.defaults({ prefix: path.join(root, 'server-') });
const express = require('express');
const app = express();
app.use('/', require('express-pouchdb')(ServerPouch, { logPath: path.join(root, 'log.txt'), mode: 'minimumForPouchDB' }));

function doc(i) {
  // About the size of one of our records: a case note with its envelope.
  return {
    _id: `rec-${String(i).padStart(6, '0')}`,
    type: 'case_note',
    caseId: `case-${Math.floor(i / 10)}`,
    fields: {
      kind: 'note', text: `Discussed a phased return; agreed to review in two weeks. #${i}`,
      authorId: '6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11', deviceId: 'bench',
      writtenAt: '2026-03-02T10:15:00.000Z', sharedWithPatient: false,
    },
  };
}

async function main() {
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const url = `http://127.0.0.1:${server.address().port}/caseload`;
  const out = {};
  const local = (name) => new PouchDB(path.join(root, name));

  // Push of 10,000 local changes.
  const a = local('a');
  const docs = [];
  for (let i = 0; i < 10000; ++i) docs.push(doc(i));
  for (let i = 0; i < docs.length; i += 1000) await a.bulkDocs(docs.slice(i, i + 1000));
  let t = process.hrtime.bigint();
  await a.replicate.to(url, { batch_size: 500 });
  out.push10k_ms = Number(process.hrtime.bigint() - t) / 1e6;

  // Initial sync of the 10,000 records into an empty device.
  const b = local('b');
  t = process.hrtime.bigint();
  await b.replicate.from(url, { batch_size: 500 });
  out.initial10k_ms = Number(process.hrtime.bigint() - t) / 1e6;
  out.initial10k_records = (await b.info()).doc_count;

  // 100 edits on one device visible on a second (push + pull), median of 5.
  const runs = [];
  for (let rep = 0; rep < 5; ++rep) {
    const edited = [];
    for (let i = 0; i < 100; ++i) {
      const d = await a.get(`rec-${String(i).padStart(6, '0')}`);
      d.fields.text = `edited ${rep} ${i}`;
      edited.push(d);
    }
    await a.bulkDocs(edited);
    t = process.hrtime.bigint();
    await a.replicate.to(url);
    await b.replicate.from(url);
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  runs.sort((x, y) => x - y);
  out.edits100_ms = runs[2];
  out.edits100_ms_all = runs;

  console.log(JSON.stringify(out));
  server.close();
  await a.close(); await b.close();
  fs.rmSync(root, { recursive: true, force: true });
  process.exit(0);
}

main().catch((e) => { console.error(e); process.exit(1); });
