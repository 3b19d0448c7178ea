import { zipSync, type Zippable } from 'fflate';
import type { RecordState } from '../merge/types';
import { extractBinaries, tablesWithBinaries } from './binary-fields';
import { encodeRecordList } from './record-list';
import { sha256Hex } from './checksum';
import { encryptBytes, payloadEntry, wrapperEntry } from './encryption';
import {
  bundleFormat,
  bundleFormatVersion,
  manifestEntry,
  recordsEntry,
  type BundleTable,
  type ExportedRecord,
  type Manifest,
} from './manifest';

/** What goes into a file: who made it, what it covers, and the records of each table. */
export type BundleSource = Pick<
  Manifest,
  'appVersion' | 'deviceId' | 'deviceName' | 'scope' | 'since' | 'knowledge' | 'exportedAt'
> & {
  tables: Partial<Record<BundleTable, RecordState[]>>;
};

const encoder = new TextEncoder();

/**
 * Pack records into a .chamber file. Record JSON is deflated; documents are stored as they are (Word and PDF
 * files are already compressed, and deflating them again would only cost time).
 *
 * @example
 *   const { bytes } = await writeBundle({ ...who, scope: { kind: 'everything' }, since: null, tables });
 */
export async function writeBundle(source: BundleSource): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const files: Zippable = {};
  const entries: Manifest['entries'] = {};
  const recordCounts: Manifest['recordCounts'] = {};
  let documentCount = 0;
  const pending: Promise<void>[] = [];
  const add = (path: string, bytes: Uint8Array, level: 0 | 6) => {
    files[path] = [bytes, { level }];
    pending.push(sha256Hex(bytes).then((sha256) => void (entries[path] = { sha256, size: bytes.length })));
  };
  for (const [table, states] of Object.entries(source.tables) as [BundleTable, RecordState[]][]) {
    if (states.length === 0) continue;
    const binaries = tablesWithBinaries.has(table);
    const exported = (state: RecordState): ExportedRecord => {
      const record: ExportedRecord = { id: state.id, stamps: state.stamps };
      if (state.deletedAt) record.deletedAt = state.deletedAt;
      else if (state.values && !binaries) record.values = state.values;
      else if (state.values) {
        record.values = extractBinaries(state.values, (bytes) => {
          const path = `documents/${String((documentCount += 1)).padStart(6, '0')}`;
          add(path, bytes, 0);
          return path;
        }) as Record<string, unknown>;
      }
      return record;
    };
    recordCounts[table] = states.length;
    add(recordsEntry(table), encodeRecordList(states, exported), 6);
  }
  await Promise.all(pending);
  const manifest: Manifest = {
    format: bundleFormat,
    formatVersion: bundleFormatVersion,
    appVersion: source.appVersion,
    deviceId: source.deviceId,
    deviceName: source.deviceName,
    exportedAt: source.exportedAt,
    scope: source.scope,
    since: source.since,
    knowledge: source.knowledge,
    recordCounts,
    entries,
  };
  files[manifestEntry] = [encoder.encode(JSON.stringify(manifest, null, 1)), { level: 6 }];
  return { bytes: zipSync(files), manifest };
}

/** Wrap a finished file in passphrase encryption (see encryption.ts). */
export async function encryptBundle(
  bytes: Uint8Array,
  passphrase: string,
  iterations?: number,
): Promise<Uint8Array> {
  const { wrapper, payload } = await encryptBytes(bytes, passphrase, iterations);
  return zipSync({
    [wrapperEntry]: [encoder.encode(JSON.stringify(wrapper, null, 1)), { level: 6 }],
    [payloadEntry]: [payload, { level: 0 }],
  });
}
