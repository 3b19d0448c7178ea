import type { RecordState } from './merge/types';

/** The tables whose records sit on an agenda item, and so are exempt when it is. */
const onAnItem = new Set(['documents', 'minutes', 'declarations', 'resolutions', 'motions']);

/**
 * Whether an export holds Part B (exempt) business: an agenda item in Part B, or a paper, minute, resolution or
 * declaration on one. Exempt information is circulated to members only (LGA 1972 Sch 12A), so such a file is
 * encrypted unless the clerk deliberately turns encryption off.
 *
 * An export is read a piece at a time, so the scan is fed each piece as it goes by and judges at the end: an
 * item's part is the file's copy where the file carries the item, the stored one otherwise.
 *
 * @example
 *   const scan = new PartBScan(storedPartBItems);
 *   for (const piece of pieces) scan.add(piece.table, piece.states);
 *   const why = scan.reason(); // undefined when nothing exempt is in the file
 */
export class PartBScan {
  private readonly items: Map<string, string>;
  /** Items the file carries, or that something in the file sits on. */
  private readonly touched = new Set<string>();
  /** A paper's item, for its contents (which name only the paper). */
  private readonly documentItems = new Map<string, string>();
  private readonly contents: string[] = [];

  /** `storedPartBItems`: the Part B items this laptop holds, id to title. */
  constructor(storedPartBItems: Map<string, string>) {
    this.items = new Map(storedPartBItems);
  }

  add(table: string, states: RecordState[]): void {
    for (const state of states) {
      if (table === 'agendaItems') {
        if (state.values?.part === 'B')
          this.items.set(state.id, typeof state.values.title === 'string' ? state.values.title : '');
        else this.items.delete(state.id);
        this.touched.add(state.id);
      } else if (onAnItem.has(table)) {
        const itemId = state.values?.agendaItemId;
        if (typeof itemId !== 'string') continue;
        this.touched.add(itemId);
        if (table === 'documents') this.documentItems.set(state.id, itemId);
      } else if (table === 'documentContents') this.contents.push(state.id);
    }
  }

  /** The reason to show the clerk, or undefined when the file holds nothing exempt. */
  reason(): string | undefined {
    const exempt = new Set<string>();
    for (const itemId of this.touched) if (this.items.has(itemId)) exempt.add(itemId);
    for (const contentId of this.contents) {
      const itemId = this.documentItems.get(contentId);
      if (itemId && this.items.has(itemId)) exempt.add(itemId);
    }
    if (exempt.size === 0) return undefined;
    const first = this.items.get([...exempt][0] ?? '') || 'an exempt item';
    const others = exempt.size - 1;
    const also = others > 0 ? ` and ${others} other Part B item${others === 1 ? '' : 's'}` : '';
    return (
      `This file holds Part B (exempt) business: “${first}”${also}. Exempt information is for members only, ` +
      'so Chamber encrypts the file with a passphrase. Give the passphrase to the recipient separately.'
    );
  }
}
