import { db } from '../../../db/database';
import type { SyncConflict } from '../../../domain/model';
import { tableWords } from './sync-words';

const fieldNames: Record<string, string> = {
  text: 'text',
  conclusions: 'conclusions',
  clauses: 'clauses',
  description: 'description',
  recommendation: 'recommendation',
  outcome: 'outcome',
  updates: 'updates',
  nature: 'nature of interest',
  note: 'note',
  publicInterestReason: 'public interest reason',
  specialCircumstances: 'special circumstances',
  '*': 'whole record (edited on one laptop, deleted on the other)',
};

export function fieldWords(field: string): string {
  return fieldNames[field] ?? field;
}

async function itemTitle(agendaItemId: unknown): Promise<string | undefined> {
  return typeof agendaItemId === 'string' ? (await db.agendaItems.get(agendaItemId))?.title : undefined;
}

/** Which record a conflict is about, by the words a clerk knows it by ("Minute 101: Work Programme"). */
export async function conflictLabel(conflict: SyncConflict): Promise<string> {
  const stored = (await db.table(conflict.table).get(conflict.recordId)) as
    Record<string, unknown> | undefined;
  const record =
    stored ?? [conflict.localValue, conflict.remoteValue].find((value) => value && typeof value === 'object');
  const values = (record ?? {}) as Record<string, unknown>;
  if (conflict.table === 'minutes') {
    const title = await itemTitle(values.agendaItemId);
    const number = typeof values.number === 'string' ? ` ${values.number}` : '';
    return `Minute${number}${title ? `: ${title}` : ''}`;
  }
  if (conflict.table === 'resolutions') {
    const minute = typeof values.minuteId === 'string' ? await db.minutes.get(values.minuteId) : undefined;
    const title = await itemTitle(minute?.agendaItemId);
    return `Resolution${minute ? ` of minute ${minute.number}` : ''}${title ? `: ${title}` : ''}`;
  }
  for (const key of ['title', 'name', 'text']) {
    const value = values[key];
    if (typeof value === 'string' && value.trim()) {
      return `${tableWords(conflict.table)}: ${value.length > 80 ? `${value.slice(0, 77)}...` : value}`;
    }
  }
  return tableWords(conflict.table);
}
