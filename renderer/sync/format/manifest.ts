import { z } from 'zod';
import { recordSchemas } from './record-schemas';

/**
 * The envelope of a .chamber file (STYLE.md example 9). A zip holding:
 *   manifest.json            this manifest
 *   records/<table>.json     ExportedRecord[] for each table with records in the export
 *   documents/<n>            the bytes of each document (and any other binary field), referenced from records
 * Every entry but the manifest is listed with its SHA-256 and size, so a file damaged or cut short in copying
 * is refused whole.
 */
export const bundleFormat = 'chamber-export';
export const bundleFormatVersion = 1;
export const manifestEntry = 'manifest.json';

const stamp = z.string().regex(/^\d{15}-\d{5}-.{1,100}$/);
export const knowledgeSchema = z.record(z.string().min(1).max(100), stamp);

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everything') }),
  z.object({ kind: z.literal('committee'), committeeId: z.string().min(1) }),
  z.object({ kind: z.literal('meeting'), meetingId: z.string().min(1) }),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

/** The synced tables (db/database.ts syncedTables; a test keeps the two lists the same). */
export const bundleTables = Object.keys(recordSchemas) as (keyof typeof recordSchemas)[];
export type BundleTable = keyof typeof recordSchemas;
const tableName = z.enum(bundleTables as [BundleTable, ...BundleTable[]]);

/**
 * A conflict the sending laptop holds (sync/merge/conflicts.ts CarriedConflict): both versions and whether a
 * person has settled it, so the other laptops show it too and learn of the choice. The values are checked as
 * record fields only when a clerk chooses one (sync/conflicts.ts).
 */
export const carriedConflictSchema = z.object({
  id: z.string().min(1).max(1000),
  // Any name: a conflict is taken up only with its record, which the file's own table lists check.
  table: z.string().min(1).max(100),
  recordId: z.string().min(1).max(200),
  field: z.string().min(1).max(200),
  localValue: z.unknown(),
  remoteValue: z.unknown(),
  localStamp: stamp,
  remoteStamp: stamp,
  resolved: z.boolean(),
});

export const manifestSchema = z.object({
  format: z.literal(bundleFormat),
  formatVersion: z.literal(bundleFormatVersion),
  appVersion: z.string().max(50),
  deviceId: z.string().min(1).max(100),
  deviceName: z.string().max(200),
  exportedAt: z.iso.datetime(),
  scope: exportScopeSchema,
  /** For an incremental export: what the receiver was known to hold; null for a full export. */
  since: knowledgeSchema.nullable(),
  /** What the sender had merged when it wrote the file (see merge/types.ts Knowledge). */
  knowledge: knowledgeSchema,
  recordCounts: z.partialRecord(tableName, z.number().int().nonnegative()),
  /** Absent from files made before conflicts travelled. */
  conflicts: z.array(carriedConflictSchema).optional(),
  entries: z.record(
    z.string().min(1).max(300),
    z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Read first, loosely, so a newer file is told "update Chamber" rather than "damaged". */
export const envelopeSchema = z.looseObject({ format: z.string(), formatVersion: z.number() });

/** A binary value inside a record, stored as its own entry. */
export const binaryReferenceSchema = z.object({ $binary: z.string().startsWith('documents/') });

export const exportedRecordSchema = z.object({
  id: z.string().min(1).max(200),
  values: z.record(z.string(), z.unknown()).optional(),
  stamps: z.record(z.string().max(200), stamp),
  deletedAt: stamp.optional(),
});
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;
export const recordsEntrySchema = z.array(exportedRecordSchema);

export function recordsEntry(table: string): string {
  return `records/${table}.json`;
}
