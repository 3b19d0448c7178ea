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
 */
export class ArchiveIndex {
  private readonly byKey = new Map<string, SearchPiece>();
  /** Which piece holds each entry, so an edit finds the old version wherever it was. */
  private readonly pieceOf = new Map<string, string>();
  private readonly changed = new Set<string>();

  constructor(saved: readonly SavedPiece[] = []) {
    for (const piece of saved) this.open(piece);
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

  get keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** One piece exported and ready to store, marked saved. A change made after this marks it changed again. */
  freeze(key: string): SavedPiece | undefined {
    const piece = this.byKey.get(key);
    if (!piece) return undefined;
    this.changed.delete(key);
    return piece.saved();
  }

  /** Add a piece read back from storage. */
  open(saved: SavedPiece): void {
    const piece = new SearchPiece(saved.key, saved);
    this.byKey.set(saved.key, piece);
    for (const id of saved.ids) if (id) this.pieceOf.set(id, saved.key);
  }

  /** The changed pieces (`all`: every piece), exported and ready to store. */
  takeUnsaved(all = false): SavedPiece[] {
    return (all ? this.keys : this.unsaved).flatMap((key) => this.freeze(key) ?? []);
  }
}
