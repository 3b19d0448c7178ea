import type { SearchEntry } from './search-entries';
import { SearchPiece, type SavedPiece } from './search-piece';

/** Entries are kept in one piece per committee per calendar year of their meeting: "2024:committee-id". */
export function pieceKeyOf(entry: Pick<SearchEntry, 'date' | 'committeeId'>): string {
  return `${entry.date.slice(0, 4) || 'undated'}:${entry.committeeId}`;
}

/** The year of a piece, from its key. */
export function yearOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/**
 * The archive's search index: a FlexSearch index per committee per year, each saved as its own row, so a
 * change rewrites only the small piece it touched, a committee filter searches only that committee's pieces,
 * and a search can stop after the newest years once it has enough.
 *
 * Saved pieces open one at a time, newest first, while the index is already searched: the pieces not yet
 * open are `waiting`, and a search says which years it could not look in. Changes applied meanwhile are
 * remembered (`settled`) and win over the saved copy of a piece that opens after them, so an edit or a
 * removal made while the archive was still opening is never undone by it.
 */
export class ArchiveIndex {
  private readonly byKey = new Map<string, SearchPiece>();
  /** Which piece holds each entry, so an edit finds the old version wherever it was. */
  private readonly pieceOf = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Saved pieces not yet opened. */
  private readonly pending = new Set<string>();
  /** While pieces wait: each entry added (or removed: null) since, newer than any saved copy of it. */
  private readonly settled = new Map<string, SearchEntry | null>();

  constructor(saved: readonly SavedPiece[] = [], waiting: readonly string[] = []) {
    for (const key of waiting) this.pending.add(key);
    for (const piece of saved) this.open(piece);
  }

  /** The saved pieces still to open, newest year first. */
  get waiting(): string[] {
    return [...this.pending].sort().reverse();
  }

  /** The pieces, newest year first. */
  shards(): SearchPiece[] {
    return [...this.byKey.values()].sort((a, b) => (a.key < b.key ? 1 : -1));
  }

  get documentCount(): number {
    return this.pieceOf.size;
  }

  has(id: string): boolean {
    return this.pieceOf.has(id);
  }

  /** Put an entry in (replacing any older version of it, in whichever piece it was). */
  add(entry: SearchEntry): void {
    const key = pieceKeyOf(entry);
    if (this.pieceOf.get(entry.id) !== key) this.discard(entry.id);
    if (this.pending.size > 0) this.settled.set(entry.id, entry);
    // Its piece is still to open: it goes in when the piece does.
    if (this.pending.has(key)) return;
    let piece = this.byKey.get(key);
    if (!piece) this.byKey.set(key, (piece = new SearchPiece(key)));
    piece.add(entry);
    this.pieceOf.set(entry.id, key);
    this.changed.add(key);
  }

  addAll(entries: readonly SearchEntry[]): void {
    for (const entry of entries) this.add(entry);
  }

  discard(id: string): void {
    if (this.pending.size > 0) this.settled.set(id, null);
    const key = this.pieceOf.get(id);
    if (key === undefined) return;
    this.byKey.get(key)?.remove(id);
    this.pieceOf.delete(id);
    this.changed.add(key);
  }

  /** The pieces changed since the last save. */
  get unsaved(): string[] {
    return [...this.changed];
  }

  /** Every piece, open or still waiting (the saved list names them all). */
  get keys(): string[] {
    return [...this.byKey.keys(), ...this.pending];
  }

  /** One piece exported and ready to store, marked saved. A change made after this marks it changed again. */
  freeze(key: string): SavedPiece | undefined {
    const piece = this.byKey.get(key);
    if (!piece) return undefined;
    this.changed.delete(key);
    return piece.saved();
  }

  /** Add a piece read back from storage (the changes applied while it waited win over its saved entries). */
  open(saved: SavedPiece): void {
    const { key } = saved;
    const piece = new SearchPiece(key, saved);
    this.byKey.set(key, piece);
    this.pending.delete(key);
    for (const id of piece.ids()) {
      if (this.settled.has(id)) {
        piece.remove(id);
        this.changed.add(key);
      } else this.pieceOf.set(id, key);
    }
    for (const [id, entry] of this.settled) {
      if (!entry || pieceKeyOf(entry) !== key) continue;
      piece.add(entry);
      this.pieceOf.set(id, key);
      this.changed.add(key);
    }
    if (this.pending.size === 0) this.settled.clear();
  }

  /** The changed pieces (`all`: every piece), exported and ready to store. */
  takeUnsaved(all = false): SavedPiece[] {
    return (all ? this.keys : this.unsaved).flatMap((key) => this.freeze(key) ?? []);
  }
}
