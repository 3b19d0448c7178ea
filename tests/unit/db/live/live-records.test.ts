import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database';
import { addAction } from '../../../../renderer/db/repositories/actions';
import { addAgendaItem } from '../../../../renderer/db/repositories/agenda';
import {
  openRollCall,
  stampArrival,
  stampDeparture,
  updateAttendance,
} from '../../../../renderer/db/repositories/attendance';
import { createCommittee } from '../../../../renderer/db/repositories/committees';
import { recordDeclaration } from '../../../../renderer/db/repositories/declarations';
import { recordEvent } from '../../../../renderer/db/repositories/events';
import { createMeeting } from '../../../../renderer/db/repositories/meetings';
import { takeItem } from '../../../../renderer/db/repositories/minutes';
import { recordMotion, recordVote } from '../../../../renderer/db/repositories/motions';
import { ensureDefaultPhrases, savePhrase } from '../../../../renderer/db/repositories/phrases';
import { restoreRevision, saveTypedMinute } from '../../../../renderer/db/repositories/revisions';
import { richTextFromPlain, richTextToPlain } from '../../../../renderer/domain/rich-text';
import { freshDatabase } from '../reset';

beforeEach(freshDatabase);

async function board() {
  const committee = await createCommittee({ name: 'Board', type: 'board', quorum: 2, standingItems: [] }, [
    { role: 'chair', person: { title: 'Councillor', name: 'Ann Chair' } },
    { role: 'member', person: { title: 'Councillor', name: 'Ben Member' } },
    { role: 'member', person: { title: 'Councillor', name: 'Cal Member' } },
  ]);
  const meeting = await createMeeting(committee.id, { date: '2012-12-06' });
  const item = await addAgendaItem(meeting.id, { title: 'Leisure Centre contract' });
  await openRollCall(meeting.id);
  const lines = await db.attendance.where('meetingId').equals(meeting.id).sortBy('order');
  const minute = await takeItem(meeting.id, item.id);
  return { meeting, item, lines, minute };
}

describe('attendance stamps', () => {
  it('stamps a late arrival and an early departure at a time, during an item', async () => {
    const { item, lines } = await board();
    const late = lines[1]!;
    await stampArrival(late.id, '18:15', item.id);
    expect(await db.attendance.get(late.id)).toMatchObject({
      status: 'present',
      arrivedAt: '18:15',
      arrivedDuringItemId: item.id,
    });
    await stampDeparture(late.id, '19:40', item.id);
    expect(await db.attendance.get(late.id)).toMatchObject({ leftAt: '19:40', leftDuringItemId: item.id });
  });

  it('refuses a departure for someone never marked present, saying what to do', async () => {
    const { lines } = await board();
    await expect(stampDeparture(lines[0]!.id, '19:00')).rejects.toThrow(/mark them present first/);
  });
});

describe('votes', () => {
  it('refuses to count a member with a DPI in the item, or more votes than members present, storing nothing', async () => {
    const { meeting, item, lines, minute } = await board();
    for (const line of lines) await updateAttendance(line.id, { status: 'present' });
    await recordDeclaration(meeting.id, {
      agendaItemId: item.id,
      personId: lines[2]!.personId!,
      kind: 'dpi',
      nature: 'Director of the contractor',
      conduct: 'leftRoom',
    });
    const motion = await recordMotion(minute.id, {
      text: 'That the contract be awarded.',
      moverId: lines[0]!.personId!,
    });
    await expect(
      recordVote(motion.id, {
        kind: 'recorded',
        choices: [{ personId: lines[2]!.personId!, choice: 'for' }],
      }),
    ).rejects.toThrow(
      /Councillor Cal Member cannot be counted: left the room for this item after declaring a disclosable pecuniary interest/,
    );
    await expect(
      recordVote(motion.id, { kind: 'counts', for: 2, against: 1, abstentions: 0 }),
    ).rejects.toThrow(/3 votes are counted but only 2 members can vote/);
    expect((await db.motions.get(motion.id))?.vote).toBeUndefined();
    const carried = await recordVote(
      motion.id,
      { kind: 'counts', for: 1, against: 1, abstentions: 0 },
      'for',
    );
    expect(carried).toMatchObject({ result: 'carried', castingVote: 'for' });
  });
});

describe('events', () => {
  it('needs the Schedule 12A paragraph to exclude the press and public, and marks the meeting held on closing', async () => {
    const { meeting } = await board();
    await expect(recordEvent(meeting.id, { kind: 'publicExcluded', at: '18:40' })).rejects.toThrow(
      /paragraph of Schedule 12A/,
    );
    await expect(recordEvent(meeting.id, { kind: 'started', at: '6pm' })).rejects.toThrow(
      /for example 18:02/,
    );
    await recordEvent(meeting.id, { kind: 'publicExcluded', at: '18:40', exemptParagraph: 3 });
    await recordEvent(meeting.id, { kind: 'closed', at: '18:52' });
    expect((await db.meetings.get(meeting.id))?.status).toBe('held');
  });
});

describe('minute text and its history', () => {
  it('stores typed text and keeps the earlier version, which can be restored without losing the current one', async () => {
    const { minute } = await board();
    const first = richTextFromPlain('Members asked about the contract length.');
    await saveTypedMinute(minute.id, first);
    await saveTypedMinute(minute.id, richTextFromPlain('Overwritten.'), first);
    const [revision] = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(richTextToPlain(revision!.text)).toBe('Members asked about the contract length.');
    await restoreRevision(revision!.id);
    expect(richTextToPlain((await db.minutes.get(minute.id))!.text)).toBe(
      'Members asked about the contract length.',
    );
    const kept = await db.minuteRevisions.where('minuteId').equals(minute.id).toArray();
    expect(kept.map((r) => richTextToPlain(r.text)).sort()).toEqual([
      'Members asked about the contract length.',
      'Overwritten.',
    ]);
  });
});

describe('phrases and actions', () => {
  it('starts with the standard phrases once, and lets the organisation change them', async () => {
    await ensureDefaultPhrases();
    await ensureDefaultPhrases();
    const phrases = await db.phrases.orderBy('order').toArray();
    expect(phrases.map(({ kind, verb, text }) => [kind, verb, text])).toEqual([
      ['resolution', 'resolved', 'That the report be noted.'],
      ['text', undefined, 'Members asked '],
      ['text', undefined, 'Officers advised '],
      ['resolution', 'agreed', 'That the report be noted.'],
    ]);
    // Typed as the wording of a resolution phrase, the verb is kept apart from what was resolved.
    await savePhrase({
      label: 'Deferred',
      kind: 'resolution',
      text: 'AGREED: That the item be deferred.',
      order: 1,
    });
    const after = await db.phrases.orderBy('order').toArray();
    expect(after.find((phrase) => phrase.order === 1)).toMatchObject({
      label: 'Deferred',
      kind: 'resolution',
      verb: 'agreed',
      text: 'That the item be deferred.',
    });
    await savePhrase({
      label: 'Asked',
      kind: 'text',
      verb: 'resolved',
      text: 'Members asked about ',
      order: 5,
    });
    expect((await db.phrases.toArray()).find((phrase) => phrase.order === 5)).toMatchObject({ kind: 'text' });
    expect((await db.phrases.toArray()).find((phrase) => phrase.order === 5)?.verb).toBeUndefined();
    expect(after.filter((phrase) => phrase.order === 1)).toHaveLength(1);
    await expect(savePhrase({ label: 'x', text: '', order: 0 })).rejects.toThrow(/Type the wording/);
  });

  it('adds an action with an owner in words and a due date, refusing a date that is not one', async () => {
    const { meeting, minute } = await board();
    const action = await addAction(meeting.id, minute.id, {
      text: 'Circulate the charter',
      ownerText: 'All',
      due: '2013-01-31',
    });
    expect(action).toMatchObject({ status: 'open', ownerText: 'All', due: '2013-01-31' });
    await expect(addAction(meeting.id, minute.id, { text: 'x', due: '31/01/2013' })).rejects.toThrow(
      /not a date/,
    );
  });
});
