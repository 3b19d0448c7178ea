import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAction, updateAction } from '../../../renderer/db/repositories/actions';
import { addAgendaItem, updateAgendaItem } from '../../../renderer/db/repositories/agenda';
import { recordDeclaration, updateDeclaration } from '../../../renderer/db/repositories/declarations';
import { recordEvent, updateEvent } from '../../../renderer/db/repositories/events';
import { saveMinuteText, saveResolution, takeItem } from '../../../renderer/db/repositories/minutes';
import { recordMotion, updateMotion } from '../../../renderer/db/repositories/motions';
import { saveTypedMinute } from '../../../renderer/db/repositories/revisions';
import { exportFile, planExport } from '../../../renderer/sync/export';
import { joinParts } from '../../../renderer/sync/format/file-parts';
import { currentKnowledge } from '../../../renderer/sync/knowledge-store';
import { forgetLaptops } from './support/laptops';
import { attachPaper, paragraph, seedMeeting } from './support/meeting';

/**
 * Clerks' report (issue #26): a "changes since my last exchange" file holding only an edited Part B
 * resolution, or only a vote on a Part B motion, went out unencrypted with the words in clear. Whatever of a
 * Part B item a file holds, and however far it sits from the item, the file is encrypted by default.
 */
beforeEach(forgetLaptops);

async function partBMeeting() {
  const { meeting, exempt } = await seedMeeting({ partB: true });
  const item = exempt!;
  const minute = await takeItem(meeting.id, item.id);
  await saveMinuteText(minute.id, paragraph('Members discussed the offers received.'));
  const resolution = await saveResolution(minute.id, { text: 'That the highest offer be accepted.' });
  const motion = await recordMotion(minute.id, { text: 'That the land be sold to the highest bidder.' });
  const action = await addAction(meeting.id, minute.id, { text: 'Write to the bidders.' });
  const person = (await db.people.toArray())[0]!;
  const declaration = await recordDeclaration(meeting.id, {
    agendaItemId: item.id,
    personId: person.id,
    kind: 'otherRegistrable',
    nature: 'Lives next to the site',
    conduct: 'leftRoom',
  });
  const event = await recordEvent(meeting.id, {
    kind: 'publicExcluded',
    at: '19:05',
    exemptParagraph: 3,
    agendaItemId: item.id,
    note: 'For the land disposal',
  });
  const subItem = await addAgendaItem(meeting.id, { title: 'Valuation', parentId: item.id });
  await attachPaper(
    { id: 'valuation-report', agendaItemId: item.id, meetingId: meeting.id, name: 'Valuation.docx' },
    new Uint8Array([80, 75, 3, 4, 9, 9]),
  );
  return { meeting, item, minute, resolution, motion, action, declaration, event, subItem };
}

type Seeded = Awaited<ReturnType<typeof partBMeeting>>;

const edits: [string, string, (seeded: Seeded) => Promise<unknown>][] = [
  ['an edited resolution', 'resolutions', (s) => saveResolution(s.minute.id, { text: 'Sold for £2.1m.' })],
  [
    'a vote on a motion',
    'motions',
    (s) =>
      updateMotion(s.motion.id, {
        vote: { kind: 'counts', for: 6, against: 2, abstentions: 0 },
        result: 'carried',
      }),
  ],
  ['an edited action', 'actions', (s) => updateAction(s.action.id, { text: 'Write to the £2.1m bidder.' })],
  [
    'an edited declaration',
    'declarations',
    (s) => updateDeclaration(s.declaration.id, { nature: 'Owns a plot' }),
  ],
  ['an edited minute', 'minutes', (s) => saveMinuteText(s.minute.id, paragraph('Offers of £2.1m.'))],
  [
    'an earlier minute text kept',
    'minuteRevisions',
    (s) => saveTypedMinute(s.minute.id, paragraph('Offers of £2.1m.'), paragraph('Offers were received.')),
  ],
  ['an edited sub-item', 'agendaItems', (s) => updateAgendaItem(s.subItem.id, { description: 'At £2.1m' })],
  ['an edited event', 'meetingEvents', (s) => updateEvent(s.event.id, { note: 'Land at £2.1m' })],
  [
    'a replaced paper',
    'documents',
    (s) =>
      attachPaper(
        {
          id: 'valuation-report',
          agendaItemId: s.item.id,
          meetingId: s.meeting.id,
          name: 'Valuation v2.docx',
        },
        new Uint8Array([80, 75, 3, 4, 2, 1]),
      ),
  ],
  ['an edited item title', 'agendaItems', (s) => updateAgendaItem(s.item.id, { title: 'Sale at £2.1m' })],
];

describe('a “changes since my last exchange” file with Part B business', () => {
  it.each(edits)('holding only %s is encrypted by default', async (_kind, table, edit) => {
    const seeded = await partBMeeting();
    const since = await currentKnowledge();
    await edit(seeded);
    const request = { scope: { kind: 'meeting' as const, meetingId: seeded.meeting.id }, changes: { since } };
    const plan = await planExport(request);
    expect(plan.recordCounts[table as keyof typeof plan.recordCounts]).toBeGreaterThan(0);
    expect(plan.recordCounts.agendaItems ?? 0).toBe(table === 'agendaItems' ? 1 : 0);
    expect(plan.encryptionReason).toContain('Part B (exempt) business');
    await expect(exportFile(request)).rejects.toMatchObject({ code: 'encryption-needed' });
    const file = await exportFile(request, { passphrase: 'Harrow' });
    expect(file.encrypted).toBe(true);
    expect(new TextDecoder().decode(joinParts(file))).not.toContain('2.1m');
  });

  it('names the Part B item when only a resolution on it changed', async () => {
    const seeded = await partBMeeting();
    const since = await currentKnowledge();
    await saveResolution(seeded.minute.id, { text: 'Sold for £2.1m.' });
    const plan = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(plan.recordCounts).toEqual({ resolutions: 1 });
    expect(plan.encryptionReason).toContain('“Disposal of land at Wealdstone”');
  });

  it('holding only a conflict on a Part B minute, carried with no record, is encrypted by default', async () => {
    const seeded = await partBMeeting();
    const { minute } = seeded;
    const since = await currentKnowledge();
    // A conflict recorded here on the Part B minute travels in the file's manifest, with both versions.
    await db.transaction('rw', db.conflicts, () =>
      db.conflicts.put({
        id: `minutes/${minute.id}/text/1/2`,
        table: 'minutes',
        recordId: minute.id,
        field: 'text',
        localValue: paragraph('Offers of £2.1m.'),
        remoteValue: paragraph('Offers of £1.9m.'),
        localStamp: '001765000000000-00000-office',
        remoteStamp: '001765000000001-00000-chamber',
        remoteDeviceId: 'chamber',
        resolved: 0,
        detectedAt: new Date().toISOString(),
      }),
    );
    const request = { scope: { kind: 'everything' as const }, changes: { since } };
    const plan = await planExport(request);
    expect(plan.recordCounts).toEqual({});
    expect(plan.encryptionReason).toContain('“Disposal of land at Wealdstone”');
    const file = await exportFile(request, { passphrase: 'Harrow' });
    expect(file.manifest.conflicts).toHaveLength(1);
    expect(new TextDecoder().decode(joinParts(file))).not.toContain('2.1m');
  });

  it('is not asked for when the changes are all on Part A business', async () => {
    const { minute } = await seedMeeting({ partB: true });
    const since = await currentKnowledge();
    await saveResolution(minute.id, { text: 'That the work programme be agreed.' });
    await recordMotion(minute.id, { text: 'That the programme be agreed.' });
    const plan = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(plan.encryptionReason).toBeUndefined();
  });

  it('follows the file’s own copy: an item moved to Part A in the file is no longer exempt', async () => {
    const seeded = await partBMeeting();
    const since = await currentKnowledge();
    await updateAgendaItem(seeded.item.id, { part: 'A' });
    await saveResolution(seeded.minute.id, { text: 'Sold for £2.1m.' });
    const plan = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(plan.encryptionReason).toBeUndefined();
  });
});

describe('an exempt paper of a public item in a file', () => {
  it('encrypts a file whose only change is the bytes of an exempt appendix of a Part A item, naming the paper', async () => {
    const { meeting, minute } = await seedMeeting({ partB: false });
    const publicItemId = minute.agendaItemId;
    await attachPaper(
      {
        id: 'tender-prices',
        agendaItemId: publicItemId,
        meetingId: meeting.id,
        name: 'Tender prices.docx',
        exempt: true,
        exemptParagraph: 3,
      },
      new Uint8Array([80, 75, 3, 4, 9, 9]),
    );
    const since = await currentKnowledge();
    await attachPaper(
      {
        id: 'tender-prices',
        agendaItemId: publicItemId,
        meetingId: meeting.id,
        name: 'Tender prices.docx',
        exempt: true,
        exemptParagraph: 3,
      },
      new Uint8Array([80, 75, 3, 4, 2, 1]),
    );
    const plan = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(plan.encryptionReason).toContain('the exempt paper Tender prices.docx');
  });

  it('leaves a file with only a public paper of a public item unencrypted', async () => {
    const { meeting, minute } = await seedMeeting({ partB: false });
    const since = await currentKnowledge();
    await attachPaper(
      {
        id: 'report',
        agendaItemId: minute.agendaItemId,
        meetingId: meeting.id,
        name: 'Report.docx',
        exempt: false,
      },
      new Uint8Array([80, 75, 3, 4, 9, 9]),
    );
    const plan = await planExport({ scope: { kind: 'everything' }, changes: { since } });
    expect(plan.encryptionReason).toBeUndefined();
  });
});
