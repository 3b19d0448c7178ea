import type {
  Action,
  AgendaItem,
  AttachedDocument,
  Attendance,
  Committee,
  Declaration,
  DocumentContent,
  Meeting,
  Membership,
  Minute,
  Motion,
  OrganisationSettings,
  Person,
  Resolution,
} from '../model';

/** Records ready to store, in the order they can be written (people and committees come first). */
export type ArchiveBatch = {
  settings: OrganisationSettings[];
  people: Person[];
  committees: Committee[];
  memberships: Membership[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  documents: AttachedDocument[];
  documentContents: DocumentContent[];
  attendance: Attendance[];
  minutes: Minute[];
  resolutions: Resolution[];
  declarations: Declaration[];
  motions: Motion[];
  actions: Action[];
};

export type ArchiveTable = keyof ArchiveBatch;

export const archiveTables: readonly ArchiveTable[] = [
  'settings',
  'people',
  'committees',
  'memberships',
  'meetings',
  'agendaItems',
  'documents',
  'documentContents',
  'attendance',
  'minutes',
  'resolutions',
  'declarations',
  'motions',
  'actions',
];

export function emptyBatch(): ArchiveBatch {
  return {
    settings: [],
    people: [],
    committees: [],
    memberships: [],
    meetings: [],
    agendaItems: [],
    documents: [],
    documentContents: [],
    attendance: [],
    minutes: [],
    resolutions: [],
    declarations: [],
    motions: [],
    actions: [],
  };
}

/** How many records of each kind a batch (or a whole archive, summed) holds, and the bytes of its papers. */
export type ArchiveCounts = Record<ArchiveTable, number> & { documentBytes: number };

export function countBatch(batch: ArchiveBatch, into?: ArchiveCounts): ArchiveCounts {
  const counts =
    into ?? ({ ...Object.fromEntries(archiveTables.map((t) => [t, 0])), documentBytes: 0 } as ArchiveCounts);
  for (const table of archiveTables) counts[table] += batch[table].length;
  for (const content of batch.documentContents) counts.documentBytes += content.bytes.length;
  return counts;
}
