import { db } from '../database';
import { deleteRecord, putRecord, updateRecord } from '../gate';
import type { AgendaItem, StandingItemKind } from '../../domain/model';
import { newId, writeTransaction } from './transaction';

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
    for (const later of siblings.slice(position)) {
      await updateRecord<AgendaItem>(db, 'agendaItems', later.id, { order: later.order + 1 });
    }
    await putRecord(db, 'agendaItems', item);
    return item;
  });
}

export async function updateAgendaItem(id: string, changes: Partial<Omit<AgendaItem, 'id'>>): Promise<void> {
  await writeTransaction([db.agendaItems], () => updateRecord<AgendaItem>(db, 'agendaItems', id, changes));
}

export async function removeAgendaItem(id: string): Promise<void> {
  await writeTransaction([db.agendaItems], async () => {
    for (const child of await db.agendaItems.where('parentId').equals(id).toArray()) {
      await deleteRecord(db, 'agendaItems', child.id);
    }
    await deleteRecord(db, 'agendaItems', id);
  });
}
