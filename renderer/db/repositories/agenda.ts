import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { AgendaItem, StandingItemKind } from '../../domain/model';
import { agendaItemProblems, type AgendaItemDetails } from '../../domain/agenda-item-problems';
import { defaultStandingItems } from '../../domain/standing-items';
import { partWords, recordExemptChange } from './exempt-history';
import type { RemovedRecord } from './restore';
import { newId, writeTransaction } from './transaction';

// The screens read an item's problems from here, beside the functions that save it.
export { agendaItemProblems, type AgendaItemDetails };

export type NewAgendaItem = Partial<Omit<AgendaItem, 'id' | 'meetingId'>>;

export function agendaItemRecord(meetingId: string, fields: NewAgendaItem): AgendaItem {
  return {
    id: newId(),
    meetingId,
    order: 0,
    title: '',
    description: '',
    recommendation: '',
    responsibleOfficer: '',
    reportAuthor: '',
    wards: [],
    keyDecision: false,
    part: 'A',
    publicInterestReason: '',
    urgent: false,
    specialCircumstances: '',
    ...fields,
  };
}

/** Standing items that close the agenda: new business goes before them. */
const closingKinds: readonly StandingItemKind[] = ['urgentBusiness', 'exclusion', 'nextMeeting'];

/**
 * Add an item to a meeting's agenda. Part A business goes before the closing standing items (urgent business,
 * exclusion of the press and public, date of next meeting); Part B business after the exclusion item.
 */
export async function addAgendaItem(meetingId: string, fields: NewAgendaItem): Promise<AgendaItem> {
  if (!fields.title?.trim()) throw new Error('An agenda item needs a title.');
  return writeTransaction([db.agendaItems], async () => {
    const siblings = (await db.agendaItems.where('meetingId').equals(meetingId).toArray())
      .filter((item) => item.parentId === fields.parentId)
      .sort((a, b) => a.order - b.order);
    const part = fields.part ?? 'A';
    const anchorKinds: readonly StandingItemKind[] = part === 'B' ? ['nextMeeting'] : closingKinds;
    const anchor = fields.parentId
      ? -1
      : siblings.findIndex((item) => anchorKinds.includes(item.standingKind ?? 'other'));
    const position = anchor === -1 ? siblings.length : anchor;
    const item = agendaItemRecord(meetingId, {
      ...fields,
      title: fields.title?.trim() ?? '',
      part,
      order: position,
    });
    // Orders are rewritten densely (0, 1, 2...): removals leave gaps, and a gap must not let two items tie.
    await putRecord(db, 'agendaItems', item);
    await storeOrder([...siblings.slice(0, position), item, ...siblings.slice(position)]);
    return (await db.agendaItems.get(item.id)) ?? item;
  });
}

export async function updateAgendaItem(id: string, changes: Partial<Omit<AgendaItem, 'id'>>): Promise<void> {
  await writeTransaction([db.agendaItems], () => updateRecord<AgendaItem>(db, 'agendaItems', id, changes));
}

export async function removeAgendaItem(id: string): Promise<RemovedRecord[]> {
  return writeTransaction([db.agendaItems, db.documents, db.documentContents], async () => {
    const removed: RemovedRecord[] = [];
    const item = await db.agendaItems.get(id);
    if (!item) return removed;
    const children = await db.agendaItems.where('parentId').equals(id).toArray();
    // The item first, so an undo makes it before the sub-items and papers that point at it.
    for (const gone of [item, ...children]) {
      removed.push({ table: 'agendaItems', id: gone.id, values: { ...gone } });
      await deleteRecord(db, 'agendaItems', gone.id);
    }
    // Papers go with their item and its sub-items; the others close up so the numbering has no gap.
    for (const owner of [item, ...children]) {
      for (const paper of await db.documents.where('agendaItemId').equals(owner.id).toArray()) {
        const contents = await db.documentContents.get(paper.id);
        removed.push({ table: 'documents', id: paper.id, values: { ...paper } });
        if (contents) removed.push({ table: 'documentContents', id: paper.id, values: { ...contents } });
        await deleteRecord(db, 'documentContents', paper.id);
        await deleteRecord(db, 'documents', paper.id);
      }
    }
    await storeOrder(await siblingsOf(item));
    return removed;
  });
}

/**
 * Where a Part B item is out of place: every Part B (exempt) item must follow the exclusion of the press and
 * public, or the meeting would discuss exempt business in public. Takes top-level items in agenda order.
 */
export function partBOrderProblem(
  items: readonly Pick<AgendaItem, 'part' | 'standingKind' | 'title'>[],
): string | undefined {
  const firstPartB = items.findIndex((item) => item.part === 'B');
  if (firstPartB === -1) return undefined;
  const exclusion = items.findIndex((item) => item.standingKind === 'exclusion');
  if (exclusion === -1) {
    return 'Part B items need an "Exclusion of the Press and Public" item before them: add it first.';
  }
  if (firstPartB < exclusion) {
    return `"${items[firstPartB]?.title}" is Part B, so it must stay after "${items[exclusion]?.title}". Make it Part A first if it can be taken in public.`;
  }
  return undefined;
}

/** A list with one entry moved from one position to another. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  if (entry !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, entry);
  return next;
}

export async function siblingsOf(item: AgendaItem): Promise<AgendaItem[]> {
  return (await db.agendaItems.where('meetingId').equals(item.meetingId).toArray())
    .filter((other) => other.parentId === item.parentId)
    .sort((a, b) => a.order - b.order);
}

export async function storeOrder(ordered: readonly AgendaItem[]): Promise<void> {
  for (const [order, item] of ordered.entries()) {
    if (item.order !== order) await updateRecord<AgendaItem>(db, 'agendaItems', item.id, { order });
  }
}

/**
 * Move an item to a new position among its siblings (sub-items stay under their parent); numbers are computed
 * from the order, so they follow. Refused, with nothing changed, if it would put Part B before the exclusion.
 */
export async function moveAgendaItem(id: string, toIndex: number): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new Error('That agenda item no longer exists.');
    const siblings = await siblingsOf(item);
    const next = moved(
      siblings,
      siblings.findIndex((sibling) => sibling.id === id),
      toIndex,
    );
    if (!item.parentId) {
      const problem = partBOrderProblem(next);
      if (problem) throw new Error(problem);
    }
    await storeOrder(next);
  });
}

function firstProblem(details: AgendaItemDetails): void {
  const problem = Object.values(agendaItemProblems(details))[0];
  if (problem) throw new Error(problem);
}

/**
 * Save an item's details after checking them. An item made Part B moves to the end of the exempt business
 * (after the exclusion item, which is added if the agenda has none); one made Part A moves before the exclusion.
 */
export async function saveAgendaItem(id: string, details: AgendaItemDetails): Promise<void> {
  await writeTransaction([db.agendaItems, db.committees, db.meetings, db.minutes], async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new Error('That agenda item no longer exists.');
    const next = { ...item, ...details };
    firstProblem(next);
    await refuseNumberingOfMinutedItem(item, next);
    if (next.part === 'A') {
      delete next.exemptParagraph;
      next.publicInterestReason = '';
    }
    await putRecord(db, 'agendaItems', next);
    const was = partWords(item.part, item.exemptParagraph);
    const now = partWords(next.part, next.exemptParagraph);
    // Its papers keep their own status: an exempt paper stays exempt when its item moves to Part A.
    if (was !== now) await recordExemptChange(id, `Moved from ${was} to ${now}.`);
    if (item.parentId || item.part === next.part) return;
    const siblings = await siblingsOf(next);
    const from = siblings.findIndex((sibling) => sibling.id === id);
    const rest = siblings.filter((sibling) => sibling.id !== id);
    let exclusion = rest.findIndex((sibling) => sibling.standingKind === 'exclusion');
    if (exclusion === -1 && next.part === 'B') {
      rest.splice(closingIndex(rest), 0, exclusionItem(item.meetingId));
      exclusion = rest.findIndex((sibling) => sibling.standingKind === 'exclusion');
      await putRecord(db, 'agendaItems', rest[exclusion] as AgendaItem);
    }
    const lastPartB = rest.findLastIndex((sibling) => sibling.part === 'B');
    const to = next.part === 'B' ? Math.max(exclusion, lastPartB) + 1 : Math.max(0, exclusion);
    await storeOrder(moved([...rest.slice(0, from), next, ...rest.slice(from)], from, to));
  });
}

/**
 * A minute's number is fixed when its item is taken, and later minutes are numbered from it: an item already
 * minuted cannot become (or stop being) an unnumbered section without renumbering minutes that may be printed.
 */
async function refuseNumberingOfMinutedItem(item: AgendaItem, next: AgendaItem): Promise<void> {
  if (Boolean(item.unnumbered) === Boolean(next.unnumbered)) return;
  const minute = await db.minutes.where('agendaItemId').equals(item.id).first();
  if (!minute) return;
  throw new Error(
    next.unnumbered
      ? `“${item.title}” has been minuted already, as minute ${minute.number}: it can no longer become an unnumbered section. Mark a section unnumbered before its item is taken.`
      : `“${item.title}” has been minuted already as an unnumbered section: it can no longer take a minute number.`,
  );
}

function closingIndex(items: readonly AgendaItem[]): number {
  const index = items.findIndex((item) => item.standingKind === 'nextMeeting');
  return index === -1 ? items.length : index;
}

function exclusionItem(meetingId: string): AgendaItem {
  const standing = defaultStandingItems.find((item) => item.kind === 'exclusion');
  return agendaItemRecord(meetingId, {
    title: standing?.title ?? 'Exclusion of the Press and Public',
    description: standing?.description ?? '',
    standingKind: 'exclusion',
    order: 0,
  });
}

/**
 * Add an item with all its details, checked first. A sub-item goes last under its parent and takes its part.
 * Part B business goes after the exclusion item (added if missing).
 */
export async function addCheckedAgendaItem(
  meetingId: string,
  details: AgendaItemDetails & { parentId?: string },
): Promise<AgendaItem> {
  firstProblem({ title: details.title ?? '', ...details });
  return writeTransaction([db.agendaItems, db.committees, db.meetings, db.minutes], async () => {
    if (details.parentId) {
      const parent = await db.agendaItems.get(details.parentId);
      if (!parent) throw new Error('The item this was to go under no longer exists.');
      const { exemptParagraph, publicInterestReason, part } = parent;
      return addAgendaItem(meetingId, { ...details, part, exemptParagraph, publicInterestReason });
    }
    if (details.part !== 'B') return addAgendaItem(meetingId, details);
    const added = await addAgendaItem(meetingId, { ...details, part: 'A' });
    const { exemptParagraph, publicInterestReason } = details;
    await saveAgendaItem(added.id, { part: 'B', exemptParagraph, publicInterestReason });
    return (await db.agendaItems.get(added.id)) ?? added;
  });
}
