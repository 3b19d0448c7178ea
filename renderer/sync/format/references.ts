import type { RecordState } from '../merge/types';
import { SyncError } from './errors';
import type { BundleTable, ExportScope } from './manifest';
import { recordName } from './record-names';

/** A table another record points at, as a clerk calls one of its records. */
const nouns = {
  committees: 'committee',
  people: 'person',
  meetings: 'meeting',
  agendaItems: 'agenda item',
  minutes: 'minute',
  motions: 'motion',
  documents: 'paper',
} as const;
type Target = keyof typeof nouns;

/**
 * Every field that names another record (domain/model), by table. A paper's bytes are the paper's own (same
 * id); a recorded vote names each member who voted.
 */
const links: Partial<Record<BundleTable, Readonly<Record<string, Target>>>> = {
  interests: { personId: 'people' },
  committees: { parentId: 'committees', contactOfficerId: 'people' },
  memberships: { committeeId: 'committees', personId: 'people' },
  meetings: { committeeId: 'committees' },
  meetingEvents: { meetingId: 'meetings', agendaItemId: 'agendaItems' },
  agendaItems: { meetingId: 'meetings', parentId: 'agendaItems', previousMeetingId: 'meetings' },
  documents: { agendaItemId: 'agendaItems', meetingId: 'meetings' },
  documentContents: { id: 'documents' },
  attendance: {
    meetingId: 'meetings',
    personId: 'people',
    substituteForPersonId: 'people',
    arrivedDuringItemId: 'agendaItems',
    leftDuringItemId: 'agendaItems',
  },
  minutes: { meetingId: 'meetings', agendaItemId: 'agendaItems' },
  minuteRevisions: { minuteId: 'minutes' },
  resolutions: { minuteId: 'minutes', meetingId: 'meetings' },
  declarations: { meetingId: 'meetings', agendaItemId: 'agendaItems', personId: 'people' },
  motions: {
    meetingId: 'meetings',
    minuteId: 'minutes',
    amendsMotionId: 'motions',
    moverId: 'people',
    seconderId: 'people',
  },
  actions: { committeeId: 'committees', meetingId: 'meetings', minuteId: 'minutes', ownerPersonId: 'people' },
  plannedDecisions: { agendaItemId: 'agendaItems' },
};

/**
 * Records a clerk can remove (repositories call deleteRecord on them). What pointed at one may still do so:
 * removing an agenda item keeps its minute, declarations and the events stamped during it (restore relinks
 * them, db/repositories/restore.ts), and a paper or sub-item added on another laptop meanwhile arrives
 * pointing at it. So a link to one of these may find it deleted, here or in the file; refusing that would
 * refuse a laptop's own backup. A meeting not yet minuted can be deleted too (db/repositories/meeting-delete.ts),
 * and an item or paper added to it on another laptop meanwhile arrives pointing at it. Committees, people and
 * minutes are never deleted: a link to one must find it living.
 */
const removable = new Set<Target>(['agendaItems', 'motions', 'documents', 'meetings']);

/**
 * Links a file of one meeting or one committee does not carry the far end of (db/sync-read.ts scopeIds): the
 * previous meeting whose minutes an item approves, the parent committee, the committee's contact officer, an
 * action's owner, a motion's mover and seconder who are not on the file's rolls. In such a file they may name
 * a record neither in it nor here, as the screens say ("Someone no longer on record"); a file of everything
 * carries them all, so there they must resolve.
 */
const outsideOneMeeting = new Set([
  'agendaItems.previousMeetingId',
  'agendaItems.minutesOf',
  'committees.parentId',
  'committees.contactOfficerId',
  'actions.ownerPersonId',
  'motions.moverId',
  'motions.seconderId',
  'minutes.proceedings.personId',
]);

/** The fields of a minute's running order that name a person (domain/model/proceedings.ts). */
const proceedingPeople = ['personId', 'moverId', 'seconderId', 'candidateId'] as const;

/** A link a file's records make that the file itself does not settle: the laptop must hold its target. */
export type OpenLink = {
  target: Target;
  targetId: string;
  /** The first record that names it, as the clerk knows it. */
  from: { table: string; id: string; name: string; field: string };
};

const keyOf = (table: string, id: string) => `${table}/${id}`;

/**
 * Follows every link the records of a file make, as its tables are checked (`see`), then (`open`) refuses a
 * link to a record the file deletes or leaves out where it must carry it, and returns those the laptop must
 * settle. Only the ids of linked-to tables are kept, and one entry per target, not per link. Ids are kept a
 * set per table, so the common case (a link to a record already seen) looks up the id as it is, without
 * making a key string for every record and every link.
 */
export class LinkCheck {
  private readonly living = new Map<Target, Set<string>>();
  private readonly deleted = new Map<Target, Set<string>>();
  private readonly wanted = new Map<string, OpenLink>();

  constructor(private readonly scope: ExportScope) {}

  see(state: RecordState): void {
    const { table, values } = state;
    if (table in nouns) idsOf(values ? this.living : this.deleted, table as Target).add(state.id);
    if (!values) return;
    eachLink(table as BundleTable, values, (field, target, targetId) => {
      if (this.living.get(target)?.has(targetId)) return;
      const key = keyOf(target, targetId);
      if (this.wanted.has(key)) return;
      // A running order's people (movers, candidates, a member raising a point of order) are checked as a
      // motion's mover is: a file of one meeting may not carry them.
      const rule =
        target === 'people' && field.startsWith('proceedings.')
          ? `${table}.proceedings.personId`
          : `${table}.${field}`;
      if (this.scope.kind !== 'everything' && outsideOneMeeting.has(rule)) return;
      const name = recordName(table, values);
      this.wanted.set(key, { target, targetId, from: { table, id: state.id, name, field } });
    });
  }

  /** The links the laptop must settle; throws for one the file itself breaks. */
  open(): OpenLink[] {
    const open: OpenLink[] = [];
    for (const link of this.wanted.values()) {
      if (this.living.get(link.target)?.has(link.targetId)) continue;
      const deleted = this.deleted.get(link.target)?.has(link.targetId) ?? false;
      if (deleted && !removable.has(link.target)) throw missing(link, 'is deleted in this file');
      if (!deleted) open.push(link);
    }
    return open;
  }
}

function idsOf(byTable: Map<Target, Set<string>>, table: Target): Set<string> {
  let ids = byTable.get(table);
  if (!ids) byTable.set(table, (ids = new Set()));
  return ids;
}

/** Whether a link may find its target deleted (see `removable`). */
export function mayBeDeleted(link: OpenLink): boolean {
  return removable.has(link.target);
}

/** The refusal of a record for a link that finds nothing. */
export function missing(link: OpenLink, why = 'is neither in this file nor on this laptop'): SyncError {
  const noun = nouns[link.target];
  const problem = `it names ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} that ${why}`;
  return new SyncError(
    'record-invalid',
    `${link.from.table} ${link.from.id} at ${link.from.field}: ${problem}`,
    {
      ...link.from,
      problem,
    },
  );
}

/** A link: the field that makes it (a path into the values), the table it points at, and the id it names. */
type LinkVisit = (field: string, target: Target, targetId: string) => void;

/** Each table's plain link fields as a list, made once rather than for every record. */
const linkFields = new Map<string, [string, Target][]>(
  Object.entries(links).map(([table, fields]) => [table, Object.entries(fields)]),
);

/** Every link a record's values make, in the order of `links`, then those inside its lists. */
function eachLink(table: BundleTable, values: Record<string, unknown>, visit: LinkVisit): void {
  for (const [field, target] of linkFields.get(table) ?? []) {
    const id = values[field];
    if (typeof id === 'string') visit(field, target, id);
  }
  if (table === 'agendaItems') {
    // A "Minutes" item names every meeting whose minutes it presents.
    const presented = values.minutesOf;
    if (Array.isArray(presented)) {
      for (const meetingId of presented as unknown[])
        if (typeof meetingId === 'string') visit('minutesOf', 'meetings', meetingId);
    }
  }
  if (table === 'minutes') proceedingLinks(values.proceedings, visit);
  if (table !== 'motions') return;
  const exclusion = values.exclusion as { agendaItemIds?: unknown } | undefined;
  if (Array.isArray(exclusion?.agendaItemIds))
    for (const [index, itemId] of (exclusion.agendaItemIds as unknown[]).entries())
      if (typeof itemId === 'string') visit(`exclusion.agendaItemIds.${index}`, 'agendaItems', itemId);
  const vote = values.vote as { choices?: unknown } | undefined;
  if (Array.isArray(vote?.choices)) {
    for (const [index, choice] of (vote.choices as { personId?: unknown }[]).entries()) {
      if (typeof choice?.personId === 'string')
        visit(`vote.choices.${index}.personId`, 'people', choice.personId);
    }
  }
}

/** The motions and people a minute's running order names, each with the field that names it. */
function proceedingLinks(proceedings: unknown, visit: LinkVisit): void {
  if (!Array.isArray(proceedings)) return;
  for (const [index, step] of (proceedings as Record<string, unknown>[]).entries()) {
    if (!step || typeof step !== 'object') continue;
    if (typeof step.motionId === 'string') visit(`proceedings.${index}.motionId`, 'motions', step.motionId);
    for (const field of proceedingPeople)
      if (typeof step[field] === 'string') visit(`proceedings.${index}.${field}`, 'people', step[field]);
    for (const key of ['counts', 'choices'] as const) {
      const lines = step[key];
      if (!Array.isArray(lines)) continue;
      for (const [line, entry] of (lines as Record<string, unknown>[]).entries())
        for (const field of ['personId', 'candidateId'] as const)
          if (typeof entry?.[field] === 'string')
            visit(`proceedings.${index}.${key}.${line}.${field}`, 'people', entry[field]);
    }
  }
}
