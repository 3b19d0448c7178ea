/**
 * Records hold binary values (a document's bytes, a template, the organisation's logo) that JSON cannot carry.
 * On export each is replaced by `{ $binary: 'documents/<n>' }` and stored as its own zip entry; on import the
 * reference is replaced by the entry's bytes.
 */
/**
 * The tables whose records hold binary values (record-schemas.ts `bytes`): only their records are walked for
 * them, so the other 99% of an archive is written as it is. A binary value in any other table would come out
 * as a JSON object of numbers and be refused on import, never silently accepted.
 */
export const tablesWithBinaries: ReadonlySet<string> = new Set(['settings', 'documentContents', 'templates']);

export type BinarySink = (bytes: Uint8Array) => string;

export function extractBinaries(value: unknown, sink: BinarySink): unknown {
  if (value instanceof Uint8Array) return { $binary: sink(value) };
  if (value instanceof ArrayBuffer) return { $binary: sink(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map((item) => extractBinaries(item, sink));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = extractBinaries(item, sink);
    return copy;
  }
  return value;
}

/** Replace references with bytes; `source` throws when an entry is missing. */
export function restoreBinaries(value: unknown, source: (path: string) => Uint8Array): unknown {
  if (Array.isArray(value)) return value.map((item) => restoreBinaries(item, source));
  if (value && typeof value === 'object') {
    const reference = (value as { $binary?: unknown }).$binary;
    if (typeof reference === 'string' && Object.keys(value).length === 1) return source(reference);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = restoreBinaries(item, source);
    return copy;
  }
  return value;
}
