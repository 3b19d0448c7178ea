import type { SearchEntry } from './search-entries';
import { Shard, type SavedShard } from './shard';

/** Entries are kept in one shard per calendar year of their meeting: a filter by date skips whole years. */
export function shardKeyOf(date: string): string {
  return date.slice(0, 4) || 'undated';
}

/**
 * The archive's search index: one shard per year, each saved as its own row, so a change rewrites only the
 * years it touched and opening the index reads typed arrays instead of parsing one great JSON string.
 */
export class ArchiveIndex {
  private readonly byKey = new Map<string, Shard>();
  private readonly changed = new Set<string>();

  constructor(saved: readonly SavedShard[] = []) {
    for (const shard of saved) this.open(shard);
  }

  /** The shards, newest year first. */
  shards(): Shard[] {
    return [...this.byKey.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
  }

  get documentCount(): number {
    let count = 0;
    for (const shard of this.byKey.values()) count += shard.size;
    return count;
  }

  has(id: string): boolean {
    return [...this.byKey.values()].some((shard) => shard.has(id));
  }

  /** Put an entry in (replacing any older version of it, in whichever year it was). */
  add(entry: SearchEntry): void {
    this.discard(entry.id);
    const key = shardKeyOf(entry.date);
    let shard = this.byKey.get(key);
    if (!shard) this.byKey.set(key, (shard = new Shard(key)));
    shard.add(entry);
    this.changed.add(key);
  }

  addAll(entries: readonly SearchEntry[]): void {
    for (const entry of entries) this.add(entry);
  }

  discard(id: string): void {
    for (const shard of this.byKey.values()) if (shard.remove(id)) this.changed.add(shard.key);
  }

  /** The years changed since the last save. */
  get unsaved(): string[] {
    return [...this.changed];
  }

  get keys(): string[] {
    return [...this.byKey.keys()];
  }

  /**
   * One shard ready to store, marked saved; it is also swapped for its frozen form, which is quicker to search.
   * A change made after this marks it changed again.
   */
  freeze(key: string): SavedShard | undefined {
    const shard = this.byKey.get(key);
    if (!shard) return undefined;
    this.changed.delete(key);
    const saved = shard.saved();
    this.byKey.set(key, new Shard(key, saved));
    return saved;
  }

  /** Add a shard read back from storage (opening the index a year at a time). */
  open(saved: SavedShard): void {
    this.byKey.set(saved.key, new Shard(saved.key, saved));
  }

  /** The changed shards (`all`: every shard), frozen and ready to store. */
  takeUnsaved(all = false): SavedShard[] {
    return (all ? this.keys : this.unsaved).flatMap((key) => this.freeze(key) ?? []);
  }
}
