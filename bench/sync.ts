/**
 * `npm run bench sync`: export and import time and peak memory for a committee archive, each beside a raw
 * baseline measured in the same run: a raw bulk write of the same rows (import), and a raw read plus zip of the
 * same bytes (export). Targets (issue 6): import within 1.3x its baseline, export within 1.5x, memory under
 * twice the file size. Runs on fake-indexeddb in Node; SYNC_BENCH_SCALE=1 is the full 12 years
 * (3,000 meetings, 45,000 items, 10,000 actions, 200 MB of papers); the default is a quarter of that.
 */
import 'fake-indexeddb/auto';
import { zipSync, type Zippable } from 'fflate';
import { db, syncedTables } from '../renderer/db/database';
import { forgetDevice } from '../renderer/db/device';
import { exportFile } from '../renderer/sync/export';
import { importFile } from '../renderer/sync/import';

const scale = Number(process.env.SYNC_BENCH_SCALE ?? 0.25);
const counts = {
  meetings: Math.round(3000 * scale),
  agendaItems: Math.round(45000 * scale),
  actions: Math.round(10000 * scale),
  documentBytes: Math.round(200 * 1024 * 1024 * scale),
};
const documentSize = 100 * 1024;

type Row = { id: string } & Record<string, unknown>;

function archiveRows(): Map<string, Row[]> {
  const rows = new Map<string, Row[]>(syncedTables.map((table) => [table, []]));
  const push = (table: string, row: Row) => rows.get(table)?.push(row);
  push('committees', {
    id: 'c1',
    name: 'Planning Committee',
    shortName: '',
    type: 'committee',
    quorum: 3,
    defaultVenue: 'Council Chamber',
    defaultStartTime: '18:00',
    minuteNumbering: 'continuous',
    firstMinuteNumber: 1,
    standingItems: [],
    allowsRemoteAttendance: false,
  });
  const perMeeting = Math.ceil(counts.agendaItems / counts.meetings);
  let documents = Math.ceil(counts.documentBytes / documentSize);
  for (let m = 0; m < counts.meetings; m += 1) {
    const meetingId = `meeting-${m}`;
    const date = new Date(Date.UTC(2013, 0, 1) + m * 1.4 * 86400000).toISOString().slice(0, 10);
    push('meetings', {
      id: meetingId,
      committeeId: 'c1',
      date,
      startTime: '18:00',
      venue: 'Council Chamber',
      type: 'ordinary',
      status: 'minutesApproved',
    });
    for (let i = 0; i < perMeeting; i += 1) {
      const itemId = `${meetingId}-item-${i}`;
      push('agendaItems', {
        id: itemId,
        meetingId,
        order: i,
        title: `Planning application ${m}/${i}`,
        description: 'Erection of a two storey rear extension. '.repeat(6),
        recommendation: 'That permission be granted subject to conditions.',
        responsibleOfficer: 'Head of Planning',
        reportAuthor: 'Case officer',
        wards: ['Wealdstone'],
        keyDecision: false,
        part: 'A',
        publicInterestReason: '',
        urgent: false,
        specialCircumstances: '',
      });
      push('minutes', {
        id: `${itemId}-minute`,
        meetingId,
        agendaItemId: itemId,
        takenOrder: i + 1,
        number: String(m * perMeeting + i + 1),
        text: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'Members asked about parking and officers advised that the highways authority had raised no objection. '.repeat(
                    3,
                  ),
                },
              ],
            },
          ],
        },
        conclusions: [],
      });
      if (documents > 0 && i === 0) {
        documents -= 1;
        const bytes = new Uint8Array(documentSize);
        for (let at = 0; at < bytes.length; at += 65536)
          crypto.getRandomValues(bytes.subarray(at, Math.min(bytes.length, at + 65536)));
        push('documents', {
          id: `${itemId}-report`,
          agendaItemId: itemId,
          meetingId,
          name: 'Report.pdf',
          format: 'pdf',
          role: 'report',
          sizeBytes: bytes.length,
          order: 0,
          toFollow: false,
          supplementary: false,
          version: 1,
          sha256: '',
        });
        push('documentContents', { id: `${itemId}-report`, bytes });
      }
    }
  }
  for (let a = 0; a < counts.actions; a += 1) {
    push('actions', {
      id: `action-${a}`,
      committeeId: 'c1',
      meetingId: `meeting-${a % counts.meetings}`,
      text: 'Officers to report back on the parking survey.',
      ownerText: 'Head of Planning',
      status: 'done',
      updates: [],
      outcome: 'Reported.',
      order: a,
    });
  }
  return rows;
}

async function freshDatabase(): Promise<void> {
  db.close();
  await db.delete();
  forgetDevice(db);
  await db.open();
}

async function bulkWrite(rows: Map<string, Row[]>, withClocks: boolean): Promise<void> {
  const stamp = `${String(Date.now()).padStart(15, '0')}-00000-archive`;
  for (const [table, list] of rows) {
    if (list.length === 0) continue;
    await db.transaction('rw', [db.table(table), db.clocks], async () => {
      await db.table(table).bulkPut(list);
      if (!withClocks) return;
      await db.clocks.bulkPut(
        list.map((row) => ({
          key: `${table}/${row.id}`,
          table,
          recordId: row.id,
          fields: Object.fromEntries(
            Object.keys(row)
              .filter((field) => field !== 'id')
              .map((field) => [field, stamp]),
          ),
        })),
      );
    });
  }
}

async function rawReadAndZip(): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const table of syncedTables) {
    const list = (await db.table(table).toArray()) as Row[];
    if (list.length === 0) continue;
    if (table === 'documentContents') {
      for (const row of list) files[`documents/${row.id}`] = [row.bytes as Uint8Array, { level: 0 }];
      files[`records/${table}.json`] = [
        new TextEncoder().encode(JSON.stringify(list.map((row) => ({ id: row.id })))),
        { level: 6 },
      ];
    } else files[`records/${table}.json`] = [new TextEncoder().encode(JSON.stringify(list)), { level: 6 }];
  }
  return zipSync(files);
}

/** Time a step and the highest resident memory seen while it ran, above what was in use when it started. */
async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  globalThis.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const began = performance.now();
  const value = await work();
  const ms = performance.now() - began;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: (peak - start) / 1024 ** 2, value };
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const row = (
  label: string,
  ours: { ms: number; peakMb: number },
  base: { ms: number; peakMb: number },
  target: number,
) =>
  console.log(
    `${label.padEnd(8)} ${ours.ms.toFixed(0).padStart(7)} ms (+${ours.peakMb.toFixed(0)} MB)   baseline ${base.ms.toFixed(0).padStart(7)} ms (+${base.peakMb.toFixed(0)} MB)   ratio ${(ours.ms / base.ms).toFixed(2)}x (target ${target}x)`,
  );

const rows = archiveRows();
const total = [...rows.values()].reduce((sum, list) => sum + list.length, 0);
console.log(
  `Archive at scale ${scale}: ${total} records, ${counts.meetings} meetings, ${counts.agendaItems} items, ${counts.actions} actions, ${mb(counts.documentBytes)} of papers`,
);

await freshDatabase();
await bulkWrite(rows, true);
const rawExport = await measure(rawReadAndZip);
const ourExport = await measure(() => exportFile({ scope: { kind: 'everything' } }, 'none'));
const file = ourExport.value.bytes;

await freshDatabase();
const rawImport = await measure(() => bulkWrite(rows, false));
await freshDatabase();
const ourImport = await measure(() => importFile(file));

console.log(`File: ${mb(file.length)} (raw zip ${mb(rawExport.value.length)})`);
row('export', ourExport, rawExport, 1.5);
row('import', ourImport, rawImport, 1.3);
const peak = Math.max(ourExport.peakMb, ourImport.peakMb);
console.log(
  `Peak memory ${peak.toFixed(0)} MB over the start of each step; twice the file is ${((2 * file.length) / 1024 ** 2).toFixed(0)} MB`,
);
