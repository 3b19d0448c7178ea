import type { RecordState } from './merge/types';

/**
 * How each table's records lead to an agenda item: the field naming the parent, and the parent's table. A
 * resolution, motion (its vote included), action or earlier minute text sits on a minute, which sits on an
 * item; a paper's bytes sit on the paper (same id); a sub-item sits on its parent item.
 */
const parents: Readonly<Record<string, { field: string; table: string }>> = {
  agendaItems: { field: 'parentId', table: 'agendaItems' },
  documents: { field: 'agendaItemId', table: 'agendaItems' },
  documentContents: { field: 'id', table: 'documents' },
  minutes: { field: 'agendaItemId', table: 'agendaItems' },
  minuteRevisions: { field: 'minuteId', table: 'minutes' },
  resolutions: { field: 'minuteId', table: 'minutes' },
  motions: { field: 'minuteId', table: 'minutes' },
  actions: { field: 'minuteId', table: 'minutes' },
  declarations: { field: 'agendaItemId', table: 'agendaItems' },
  meetingEvents: { field: 'agendaItemId', table: 'agendaItems' },
};

/**
 * Tables whose records carry their own part: an agenda item, and a decision taken by one person (which sits on
 * nothing else), exempt when taken in private.
 */
const ownPart = new Set(['agendaItems', 'individualDecisions']);

/** The tables the scan may need to look up among stored records, for parents the file does not carry. */
export type StoredLookup = { table: string; ids: string[] };

type Item = { part: unknown; title: string };

/**
 * Whether an export holds exempt business: a Part B agenda item (or a sub-item of one), a decision taken by one
 * person in private, a paper marked exempt (an exempt appendix of a public item) and its bytes, or anything
 * that sits on one: papers and their bytes, minutes and their earlier texts, resolutions, motions and their
 * votes, actions, declarations, and events such as the exclusion of the public. Exempt information is
 * circulated to members only (LGA 1972 Sch 12A), so such a file is encrypted unless the clerk deliberately
 * turns encryption off.
 *
 * An export is read a piece at a time, so the scan is fed each piece as it goes by and judges at the end. A
 * "changes since my last exchange" file may hold only an edited resolution, without its minute or item: the
 * scan then asks for the stored parents (`missing`), a level at a time, until every chain reaches an item.
 * The file's copy of a record is preferred to the stored one (an item moved to Part A in the file is Part A).
 *
 * @example
 *   const scan = new PartBScan();
 *   for (const piece of pieces) scan.add(piece.table, piece.states);
 *   for (let wanted = scan.missing(); wanted.length > 0; wanted = scan.missing())
 *     for (const { table, ids } of wanted) scan.addStored(table, await db.table(table).bulkGet(ids));
 *   const why = scan.reason(); // undefined when nothing exempt is in the file
 */
export class PartBScan {
  /** "table/id" of each living record the file carries. */
  private readonly carried: string[] = [];
  /** "table/id" to its parent's "table/id", or null when it has none (or it is not stored). */
  private readonly parentOf = new Map<string, string | null>();
  private readonly items = new Map<string, Item>();
  /** "documents/id" of papers marked exempt themselves (an exempt appendix of a public item), with their names. */
  private readonly exemptPapers = new Map<string, string>();

  add(table: string, states: RecordState[]): void {
    for (const state of states) {
      // A tombstone carries no words: nothing exempt travels with it.
      if (!state.values || state.deletedAt || !(table in parents || ownPart.has(table))) continue;
      this.carried.push(`${table}/${state.id}`);
      this.learn(table, state.id, state.values);
    }
  }

  /** Stored records asked for by `missing`; ids not stored come back undefined and end their chain. */
  addStored(table: string, records: readonly unknown[], ids: readonly string[]): void {
    ids.forEach((id, index) => {
      const record = records[index];
      const key = `${table}/${id}`;
      if (this.parentOf.has(key)) return;
      if (record && typeof record === 'object') this.learn(table, id, record as Record<string, unknown>);
      else this.parentOf.set(key, null);
    });
  }

  /** Parents some chain needs that neither the file nor an earlier look-up has given, by table. */
  missing(): StoredLookup[] {
    const wanted = new Map<string, Set<string>>();
    for (const parent of this.parentOf.values()) {
      if (parent === null || this.parentOf.has(parent)) continue;
      const slash = parent.indexOf('/');
      const table = parent.slice(0, slash);
      const ids = wanted.get(table) ?? new Set<string>();
      ids.add(parent.slice(slash + 1));
      wanted.set(table, ids);
    }
    return [...wanted].map(([table, ids]) => ({ table, ids: [...ids] }));
  }

  /** The reason to show the clerk, or undefined when the file holds nothing exempt. */
  reason(): string | undefined {
    const exempt = new Set<string>();
    for (const key of this.carried) {
      const item = this.partBItemOf(key);
      if (item) exempt.add(item);
    }
    if (exempt.size === 0) return undefined;
    const firstKey = [...exempt][0] ?? '';
    const paperName = this.exemptPapers.get(firstKey);
    const first =
      paperName !== undefined
        ? `the exempt paper ${paperName || 'with no name'}`
        : this.items.get(firstKey)?.title || 'an exempt item';
    const others = exempt.size - 1;
    const also =
      others > 0
        ? ` and ${others} other exempt item${others === 1 ? '' : 's'} or paper${others === 1 ? '' : 's'}`
        : '';
    return (
      `This file holds Part B (exempt) business: “${first}”${also}. Exempt information is for members only, ` +
      'so Chamber encrypts the file with a passphrase. Give the passphrase to the recipient separately.'
    );
  }

  private learn(table: string, id: string, values: Record<string, unknown>): void {
    const key = `${table}/${id}`;
    const link = parents[table];
    // A paper's bytes are stored under the paper's own id.
    const parentId = link?.field === 'id' ? id : link ? values[link.field] : undefined;
    this.parentOf.set(key, typeof parentId === 'string' && parentId ? `${link?.table}/${parentId}` : null);
    if (ownPart.has(table))
      this.items.set(key, { part: values.part, title: typeof values.title === 'string' ? values.title : '' });
    if (table === 'documents' && values.exempt === true)
      this.exemptPapers.set(key, typeof values.name === 'string' ? values.name : '');
  }

  /**
   * The Part B item or exempt paper a record sits on, following its chain up (a sub-item of a Part B item is
   * Part B; an exempt paper's bytes are exempt, whatever its item's part).
   */
  private partBItemOf(key: string): string | undefined {
    const seen = new Set<string>();
    for (let at: string | null | undefined = key; at && !seen.has(at); at = this.parentOf.get(at)) {
      seen.add(at);
      if (this.exemptPapers.has(at) || this.items.get(at)?.part === 'B') return at;
    }
    return undefined;
  }
}
