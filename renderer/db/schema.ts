/**
 * Every version of the database schema, oldest first. A version is never edited or deleted once shipped:
 * clerks' laptops hold data at every one of them. Data changes go in the version's upgrade (see database.ts).
 */
export const schemaV1 = {
  settings: 'id',
  people: 'id, name, email, status',
  committees: 'id, name, type, parentId',
  memberships: 'id, committeeId, personId, [committeeId+order]',
  meetings: 'id, committeeId, date, status, [committeeId+date]',
  meetingEvents: 'id, meetingId',
  agendaItems: 'id, meetingId, parentId, [meetingId+order]',
  documents: 'id, agendaItemId, meetingId',
  documentContents: 'id',
  attendance: 'id, meetingId, personId',
  minutes: 'id, meetingId, agendaItemId, [meetingId+takenOrder]',
  resolutions: 'id, minuteId, meetingId',
  actions: 'id, committeeId, meetingId, status, due',
  changes: '++seq, hlc, [table+recordId]',
  clocks: 'key',
  meta: 'key',
};

/**
 * Version 2: the register of interests, declarations, motions, per-minute history, organisation phrases,
 * document templates, edited bank holidays, and the sync book-keeping (peers, conflicts, search index).
 */
export const schemaV2 = {
  ...schemaV1,
  interests: 'id, personId, category',
  declarations: 'id, meetingId, agendaItemId, personId',
  motions: 'id, minuteId, meetingId',
  minuteRevisions: 'id, minuteId, savedAt',
  phrases: 'id, order',
  templates: 'id, kind',
  bankHolidays: 'id, date, region',
  syncPeers: 'deviceId',
  conflicts: 'id, table, recordId, resolved',
  searchIndex: 'key',
};

/**
 * Version 3: the same stores; each record's field stamps move from its row in `clocks` into the record's own
 * row (see record-stamps.ts), and `clocks` keeps only the tombstones of deleted records.
 */
export const schemaV3 = schemaV2;

/**
 * Version 4: the same stores; each "Minutes" item names the meetings whose minutes it presents (`minutesOf`),
 * carried over from the one previous meeting it was created with, or, where it was created with none (a meeting
 * keyed before its predecessor), the committee's last meeting before it.
 */
export const schemaV4 = schemaV3;

/**
 * Version 5: the same stores; each paper gets its own status (public, or exempt with its Schedule 12A
 * paragraph), carried over from its item: a paper of a Part B item becomes exempt under the item's paragraph.
 */
export const schemaV5 = schemaV4;

/**
 * Version 6: the same stores; each minute gains its running order (`proceedings`), filled from its motions in
 * the order they printed before, so a paragraph or vote recorded after the upgrade prints after them.
 */
export const schemaV6 = schemaV5;

/**
 * Version 7: agenda items indexed by part and by their executive decision, so the action tracker finds the
 * exempt items and the decisions (with their call-in) without reading every item of a twelve-year archive. The
 * decision's index is its urgency reason: a field every decision has (empty unless urgent), short, and a valid
 * key where `urgent` (a boolean) is not; an item with no decision is left out of the index. No data changes.
 */
export const schemaV7 = {
  ...schemaV6,
  agendaItems: 'id, meetingId, parentId, [meetingId+order], part, executiveDecision.urgencyReason',
};

/**
 * Version 8: the same stores; each phrase gains its kind, plain text or resolution text. A phrase worded
 * "RESOLVED: That ..." (as the standard "Report noted (RESOLVED)" was) becomes a resolution phrase with its verb.
 */
export const schemaV8 = schemaV7;

/**
 * Version 9: executive decisions taken by one person (a cabinet member, or an officer under delegation), not at
 * a meeting, by the day taken; and key decisions entered on the forward plan ahead of any agenda, by their
 * expected date and the agenda item that later stands for them. New stores only: no data changes.
 */
export const schemaV9 = {
  ...schemaV8,
  individualDecisions: 'id, decidedOn',
  plannedDecisions: 'id, expectedDate, agendaItemId',
};

/**
 * Every version's stores, oldest first (version N at index N - 1): what each shipped Chamber declared, so a test
 * can open a database as that version left it. A new version is added here as well as in database.ts.
 */
export const storesByVersion = [
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
  schemaV9,
] as const;

export const currentSchemaVersion = storesByVersion.length;
