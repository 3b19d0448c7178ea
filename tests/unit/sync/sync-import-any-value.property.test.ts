import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, type SyncedTableName } from '../../../renderer/db/database';
import { loadDeviceClock } from '../../../renderer/db/device';
import { applyImport, exportFile, isSyncError, previewImport } from '../../../renderer/sync';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { recordSchemas } from '../../../renderer/sync/format/record-schemas';
import { importFailureWords, tableWords } from '../../../renderer/ui/features/sync/sync-words';
import { pack, readJson, unpack } from './support/damage';
import { everyTable, storeEveryTable } from './support/every-table';
import { databaseHash, forgetLaptops, newLaptop } from './support/laptops';
import { readAsTheScreensDo } from './support/screen-readers';

/**
 * Issue 25: random values thrown at every field of every table's schema. A file made from a genuine export,
 * with one field of one record replaced by a random value of a random kind, is either refused (naming the
 * table, the record and the field, and changing nothing) or stored as a value the screens can read.
 */
type Exported = { id: string; values?: Record<string, unknown>; stamps: Record<string, string> };

const tables = Object.keys(recordSchemas) as SyncedTableName[];
let genuine: Map<string, Uint8Array>;

beforeAll(async () => {
  await forgetLaptops();
  await storeEveryTable();
  genuine = unpack(joinParts(await exportFile({ scope: { kind: 'everything' } }, 'none')));
});

/** The genuine file with `field` of `table`'s record set to `value` (absent when undefined), checksums made good. */
function withValue(table: SyncedTableName, field: string, value: unknown): Uint8Array {
  const path = `records/${table}.json`;
  const records = JSON.parse(new TextDecoder().decode(genuine.get(path))) as Exported[];
  const [record] = records;
  if (!record?.values) throw new Error(`the genuine file has no ${table}`);
  record.values = { ...record.values, [field]: value };
  const bytes = new TextEncoder().encode(JSON.stringify(records));
  const manifest = readJson(genuine, 'manifest.json') as { entries: Record<string, unknown> };
  manifest.entries[path] = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  return pack(
    new Map(genuine)
      .set(path, bytes)
      .set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest))),
  );
}

/** Whether a record of this id is stored in any table: a link the import wrote finds something. */
async function heldAnywhere(id: string): Promise<boolean> {
  for (const table of tables) if (await db.table(table).get(id)) return true;
  return false;
}

/** Values of every kind, and the near misses a hand-edited file holds. */
const anyValue = fc.oneof(
  fc.anything({ withNullPrototype: false }),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(undefined),
  fc.constantFrom(
    '2013-02-31',
    '2013-02-28',
    '25:99',
    '24:00',
    '18:30',
    '9:30',
    '',
    ' ',
    '2013-03-13T25:00:00Z',
  ),
  fc.constantFrom('meeting-1', 'item-1', 'person-1', 'minute-1', 'committee-1', 'motion-1', 'no-such-record'),
  fc.constantFrom('planned', 'held', 'chair', 'open', 'report', 'A', 'B', 'docx', 'pdf', 'doc'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

const change = fc.constantFrom(...tables).chain((table) =>
  fc.record({
    table: fc.constant(table),
    field: fc.constantFrom(...Object.keys(recordSchemas[table].shape)),
    value: anyValue,
  }),
);

describe('an import given a random value in any field of any table', () => {
  it('refuses it naming the record and field, or stores what the screens can read', async () => {
    await fc.assert(
      fc.asyncProperty(change, async ({ table, field, value }) => {
        const file = withValue(table, field, value);
        await newLaptop();
        // The laptop's own id is made the first time anything asks for it: made here, it is not the import's.
        await loadDeviceClock(db);
        const before = await databaseHash();
        const record = everyTable[table];
        try {
          await applyImport(await previewImport(file));
        } catch (error) {
          if (!isSyncError(error)) throw error;
          expect(await databaseHash()).toBe(before);
          const words = importFailureWords(error);
          expect(words).not.toMatch(/https?:|www\./);
          if (field === 'id') return; // another id is another record: what fails is whatever then does
          // A paper's or template's bytes are checked against what its record says of them.
          const bytesRefused = [
            'paper-unreadable',
            'document-missing',
            'paper-mismatch',
            'template-unusable',
          ];
          if (bytesRefused.includes(error.code)) {
            expect(['documents', 'documentContents', 'templates']).toContain(table);
            return;
          }
          expect(error.code).toBe('record-invalid');
          expect(error.record).toMatchObject({ table, id: record.id });
          const named = error.record?.field.split('.')[0];
          if (named !== field) {
            // A rule over the whole record names the field the clerk must now fill: a Part B item needs its
            // Schedule 12A paragraph, an urgent one its special circumstances.
            const issues = recordSchemas[table].safeParse({ ...record, [field]: value }).error?.issues ?? [];
            expect(
              issues.some((issue) => issue.code === 'custom' && issue.path[0] === named),
              `${String(named)} named for a change to ${field}`,
            ).toBe(true);
          }
          expect(words).toContain(`(${tableWords(table)}`);
          return;
        }
        const stored = (await db.table(table).get(field === 'id' ? (value as string) : record.id)) as
          Record<string, unknown> | undefined;
        expect(stored, 'stored').toBeDefined();
        readAsTheScreensDo(table, stored ?? {}, record);
        for (const [link, id] of Object.entries(stored ?? {}))
          if (link.endsWith('Id') && typeof id === 'string') expect(await heldAnywhere(id), link).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 240_000);

  it('takes the genuine file whole, every table read as the screens do', async () => {
    await newLaptop();
    const file = pack(genuine);
    const result = await applyImport(await previewImport(file));
    expect(result.added).toBe(tables.length);
    for (const table of tables) {
      const record = everyTable[table];
      readAsTheScreensDo(table, (await db.table(table).get(record.id)) as Record<string, unknown>, record);
    }
  });
});
