import { Dexie, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';

/**
 * Commits that changed nothing of a minute but its text (a stored keystroke, with its log entry and perhaps an
 * earlier version kept). Dexie tells every watcher of the database which records a commit touched, not which
 * fields; a watcher of everything else about a minute (use-minute-facts.ts) asks here to let such a commit
 * pass, instead of reading the minute again at every key: that read was one more transaction per keystroke,
 * queued beside the next key's write. The mark is the very set of changes Dexie hands its watchers, kept
 * weakly, so a commit of another window (which arrives as a copy) or any other write is never taken for one.
 */
const textOnly = new WeakSet<object>();

/**
 * The same mark carried in the set itself, for a commit made in the typing worker: Dexie hands the page a copy
 * of the worker's set (through a BroadcastChannel), never the set. Dexie's watchers read only the parts named
 * idb://database/table/..., so this one wakes nothing.
 */
const textOnlyPart = 'chamber:minute-text-only';

/**
 * Call at the end of a transaction's work (inside it) when every write it made was to a minute's text, its
 * change-log entry or its kept versions.
 */
export function markTextOnlyCommit(): void {
  const parts = (Dexie.currentTransaction?.idbtrans as { mutatedParts?: object } | undefined)?.mutatedParts;
  if (!parts) return;
  textOnly.add(parts);
  (parts as Record<string, unknown>)[textOnlyPart] = new RangeSet(1);
}

/** True when this window's commit changed no minute but for its text (see markTextOnlyCommit). */
export function changedOnlyMinuteText(parts: ObservabilitySet): boolean {
  return textOnly.has(parts) || textOnlyPart in parts;
}

/** True when the commit described by `parts` may have changed (or deleted) the record `key` of `table`. */
export function touchesRecord(
  parts: ObservabilitySet,
  database: string,
  table: string,
  key: string,
): boolean {
  if ((parts as { all?: boolean }).all) return true;
  const record = new RangeSet(key);
  return ['', ':dels'].some((part) => {
    const ranges = parts[`idb://${database}/${table}/${part}`];
    return ranges !== undefined && rangesOverlap(ranges, record);
  });
}
