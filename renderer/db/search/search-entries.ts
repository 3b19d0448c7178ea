import { db } from '../database';
import type { Meeting } from '../../domain/model';
import { resolutionVerbs } from '../../domain/model';
import { richTextToPlain } from '../../domain/rich-text';
import { docxText } from './docx-text';

/** What the search finds, in the clerk's words. */
export const searchKinds = {
  minute: 'Minutes',
  resolution: 'Resolutions',
  agendaItem: 'Agenda items',
  action: 'Actions',
  document: 'Reports',
} as const;
export type SearchKind = keyof typeof searchKinds;

/** One searchable thing. `id` is "kind:recordId" so a minute and its agenda item never collide. */
export type SearchEntry = {
  id: string;
  kind: SearchKind;
  recordId: string;
  meetingId: string;
  committeeId: string;
  date: string;
  title: string;
  text: string;
};

/** The tables whose changes touch the index, and the kind of entry each holds. */
export const indexedTables = {
  minutes: 'minute',
  resolutions: 'resolution',
  agendaItems: 'agendaItem',
  actions: 'action',
  documents: 'document',
  documentContents: 'document',
} as const satisfies Record<string, SearchKind>;
export type IndexedTable = keyof typeof indexedTables;

export function entryId(kind: SearchKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

type Where = { meeting: Meeting; title: string };

async function where(meetingId: string, agendaItemId?: string): Promise<Where | undefined> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return undefined;
  const item = agendaItemId ? await db.agendaItems.get(agendaItemId) : undefined;
  return { meeting, title: item?.title ?? '' };
}

function entry(kind: SearchKind, recordId: string, at: Where, title: string, text: string): SearchEntry {
  return {
    id: entryId(kind, recordId),
    kind,
    recordId,
    meetingId: at.meeting.id,
    committeeId: at.meeting.committeeId,
    date: at.meeting.date,
    title,
    text,
  };
}

/** The entry a stored record gives, or undefined when the record is gone (or says nothing to search). */
export async function entryFor(kind: SearchKind, recordId: string): Promise<SearchEntry | undefined> {
  switch (kind) {
    case 'minute': {
      const minute = await db.minutes.get(recordId);
      const at = minute && (await where(minute.meetingId, minute.agendaItemId));
      if (!minute || !at) return undefined;
      return entry(kind, recordId, at, `${minute.number}. ${at.title}`, richTextToPlain(minute.text));
    }
    case 'resolution': {
      const resolution = await db.resolutions.get(recordId);
      const minute = resolution && (await db.minutes.get(resolution.minuteId));
      const at = resolution && (await where(resolution.meetingId, minute?.agendaItemId));
      if (!resolution || !at) return undefined;
      const clauses = resolution.clauses.flatMap((clause) => [clause.text, ...clause.subClauses]);
      const text = [`${resolutionVerbs[resolution.verb]}: ${resolution.text}`, ...clauses].join('\n');
      return entry(kind, recordId, at, at.title, text);
    }
    case 'agendaItem': {
      const item = await db.agendaItems.get(recordId);
      const at = item && (await where(item.meetingId));
      if (!item || !at) return undefined;
      const text = [item.description, item.recommendation, item.responsibleOfficer, item.reportAuthor]
        .filter(Boolean)
        .join('\n');
      return entry(kind, recordId, at, item.title, text);
    }
    case 'action': {
      const action = await db.actions.get(recordId);
      const at = action && (await where(action.meetingId));
      if (!action || !at) return undefined;
      const updates = action.updates.map((update) => update.text);
      return entry(
        kind,
        recordId,
        at,
        action.text,
        [action.ownerText, ...updates, action.outcome].join('\n'),
      );
    }
    case 'document': {
      const document = await db.documents.get(recordId);
      const at = document && (await where(document.meetingId, document.agendaItemId));
      if (!document || !at) return undefined;
      const content = document.format === 'docx' ? await db.documentContents.get(recordId) : undefined;
      return entry(kind, recordId, at, document.name, content ? docxText(content.bytes) : '');
    }
  }
}
