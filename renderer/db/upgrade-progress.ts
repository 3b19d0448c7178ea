/**
 * How far the stored records are through an upgrade to this version of the schema, for the shell's notice.
 * The upgrade runs inside Dexie's open, so it cannot return anything until it is done: it reports here as it
 * goes, and whoever shows the progress listens. Undefined when no upgrade has reported yet.
 */
export type UpgradeProgress = { done: number; total: number };

let latest: UpgradeProgress | undefined;
const listeners = new Set<() => void>();

export function reportUpgradeProgress(progress: UpgradeProgress): void {
  latest = progress;
  for (const listener of listeners) listener();
}

export function upgradeProgress(): UpgradeProgress | undefined {
  return latest;
}

export function onUpgradeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
